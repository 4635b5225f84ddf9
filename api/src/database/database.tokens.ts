/** The PostgreSQL URL in use (the embedded server's or DATABASE_URL). */
export const DATABASE_URL = Symbol('DATABASE_URL');
