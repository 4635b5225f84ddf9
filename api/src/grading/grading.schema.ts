/**
 * The grading domain's TypeORM entities and migrations, registered by database/data-source.ts.
 * Add entities and migrations (`database/migrations/<timestamp>-<name>.ts`) here.
 */
export const gradingEntities: Function[] = [];
export const gradingMigrations: Function[] = [];
