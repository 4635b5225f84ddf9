/**
 * The booking domain's TypeORM entities and migrations, registered by database/data-source.ts.
 * Add entities and migrations (`database/migrations/<timestamp>-<name>.ts`) here.
 */
export const bookingEntities: Function[] = [];
export const bookingMigrations: Function[] = [];
