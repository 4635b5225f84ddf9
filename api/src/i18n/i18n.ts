import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { LOCALES, type Locale } from '../auth/locale.js';
import en from './catalogues/en.json' with { type: 'json' };
import fr from './catalogues/fr.json' with { type: 'json' };
import es from './catalogues/es.json' with { type: 'json' };
import pt from './catalogues/pt.json' with { type: 'json' };
import ar from './catalogues/ar.json' with { type: 'json' };

export { LOCALES, type Locale };

/** The ids of Beacon's own words, as English (the source language) has them. */
export type MessageId = keyof typeof en;
export type MessageValues = Record<string, PrimitiveType>;

/** ICU messages per language; English is complete, the others fall back to it message by message. */
export const CATALOGUES: Record<Locale, Partial<Record<MessageId, string>>> = { en, fr, es, pt, ar };

/**
 * The tag each language is formatted with: British English (what every English email has always
 * used: "Tue 3 Nov, 10:00 GMT+2", "a, b and c"), Brazilian Portuguese, neutral Latin American Spanish.
 */
const INTL_TAG: Record<Locale, string> = { en: 'en-GB', fr: 'fr', es: 'es-419', pt: 'pt-BR', ar: 'ar' };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** A stored language (a user's or a partner's, possibly null) as one Beacon speaks; English otherwise. */
export const toLocale = (value: string | null | undefined): Locale => (isLocale(value) ? value : 'en');

export const intlTag = (locale: Locale): string => INTL_TAG[locale];

/** Right-to-left languages (Arabic): their HTML gets `dir="rtl"`. */
export const textDirection = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

// one parsed message per language and id: parsing costs far more than formatting
const compiled = new Map<string, IntlMessageFormat>();

/** A message in the language, filled with `values`; a message the language lacks comes in English. */
export function translate(locale: string | null | undefined, id: MessageId, values?: MessageValues): string {
  const lang = toLocale(locale);
  const own = CATALOGUES[lang][id];
  const source = own ?? en[id];
  if (source === undefined) throw new Error(`no message ${id}`);
  const tag = own === undefined ? INTL_TAG.en : INTL_TAG[lang];
  const key = `${tag}|${id}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(source, tag, undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  return String(format.format(values));
}

/** `translate` bound to one language. */
export type Translator = (id: MessageId, values?: MessageValues) => string;
export const translator =
  (locale: string | null | undefined): Translator =>
  (id, values) =>
    translate(locale, id, values);
