/** The languages a user may choose (BCP 47 base tags); a database CHECK holds the same list. */
export const LOCALES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
