import type { Locale } from './locales';

export type Messages = Record<string, string>;

/**
 * Each language's catalogue files (catalogues/<lang>/<area>.json) as chunks of their own, loaded
 * only when that language is in use: a page in French downloads the French files and no other.
 * English needs none (the code's default messages are English).
 */
const files: Record<Exclude<Locale, 'en'>, Record<string, () => Promise<Messages>>> = {
  fr: import.meta.glob<Messages>('./catalogues/fr/*.json', { import: 'default' }),
  es: import.meta.glob<Messages>('./catalogues/es/*.json', { import: 'default' }),
  pt: import.meta.glob<Messages>('./catalogues/pt/*.json', { import: 'default' }),
  ar: import.meta.glob<Messages>('./catalogues/ar/*.json', { import: 'default' }),
};

const loaded = new Map<Locale, Messages>([['en', {}]]);

export function cachedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const parts = await Promise.all(Object.values(files[locale as Exclude<Locale, 'en'>]).map((load) => load()));
  const messages: Messages = Object.assign({}, ...parts);
  loaded.set(locale, messages);
  return messages;
}
