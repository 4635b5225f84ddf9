/**
 * The credential domain's TypeORM entities and migrations, registered by database/data-source.ts.
 * Add entities and migrations (`database/migrations/<timestamp>-<name>.ts`) here.
 */
export const credentialEntities: Function[] = [];
export const credentialMigrations: Function[] = [];
