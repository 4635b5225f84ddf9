/**
 * The languages Beacon speaks. English is the source language: its messages are the
 * `defaultMessage`s in the code (extracted to catalogues/en.json by `npm run i18n:extract -w web`);
 * every other language is a catalogue file, downloaded only when that language is in use.
 */
export const LOCALES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for the language menus. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  ar: 'العربية',
};

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Right-to-left languages: the page is mirrored (`dir="rtl"` on <html>). */
export const textDirection = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/** The first of the browser's languages Beacon speaks ("pt-BR" → pt), else English. */
export function browserLocale(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/**
 * The tag dates and numbers are formatted with: the browser's own variant of the language when it
 * has one (en-GB writes "Mon 1 Mar, 17:00", pt-BR its own), else the language itself.
 */
export function formattingTag(
  locale: Locale,
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): string {
  return languages.find((tag) => tag.toLowerCase().split('-')[0] === locale) ?? locale;
}

const CHOSEN = 'beacon.locale';

/** The language last chosen on this device (by a person, or their account), if any. */
export function rememberedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(CHOSEN);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(CHOSEN, locale);
  } catch {
    // private mode: the account's language still applies after login
  }
}
