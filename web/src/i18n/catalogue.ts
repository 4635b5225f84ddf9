import type { Locale } from './locales';

export type Messages = Record<string, string>;

/**
 * Each language's catalogue (all of its files, catalogues/<lang>/<area>.json, merged by
 * languages/<lang>.ts) as one chunk of its own, loaded only when that language is in use: a page
 * in French downloads the French messages and no other. One chunk per language rather than one
 * per file: a page needs every file of its language anyway, and every page carries this table.
 * English needs none (the code's default messages are English).
 */
const languages: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  fr: () => import('./languages/fr'),
  es: () => import('./languages/es'),
  pt: () => import('./languages/pt'),
  ar: () => import('./languages/ar'),
};

const loaded = new Map<Locale, Messages>([['en', {}]]);

export function cachedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = (await languages[locale as Exclude<Locale, 'en'>]()).default;
  loaded.set(locale, messages);
  return messages;
}
