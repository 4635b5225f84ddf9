import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { intlTag, isLocale, type Locale } from './i18n.js';
import fr from './catalogues/errors/fr.json' with { type: 'json' };
import es from './catalogues/errors/es.json' with { type: 'json' };
import pt from './catalogues/errors/pt.json' with { type: 'json' };
import ar from './catalogues/errors/ar.json' with { type: 'json' };

export type ErrorValues = Record<string, PrimitiveType>;

/**
 * A message of an error that users read: a stable id (also sent as `extensions.messageId`), its
 * English (the source language, written in the code) and the values of its ICU arguments.
 */
export interface ErrorMessage {
  readonly id: string;
  readonly defaultMessage: string;
  readonly values?: ErrorValues;
}

/** A message as `defineErrors` gives it: usable as it is, or `.with(values)` to fill its arguments. */
export interface ErrorMessageDefinition extends ErrorMessage {
  with(values: ErrorValues): ErrorMessage;
}

const defined = new Map<string, string>();

/** Every error message defined so far, id → English (what the catalogue spec checks the translations against). */
export const DEFINED_ERROR_MESSAGES: ReadonlyMap<string, string> = defined;

/**
 * The error messages of one area, in English (ICU syntax): `defineErrors('errors.cohort', { full: '{cohort} is full' })`
 * gives `full` the id `errors.cohort.full`. Translations live in `i18n/catalogues/errors/<lang>.json`.
 */
export function defineErrors<K extends string>(prefix: `errors.${string}`, messages: Record<K, string>): Record<K, ErrorMessageDefinition> {
  const out = {} as Record<K, ErrorMessageDefinition>;
  for (const [key, defaultMessage] of Object.entries(messages) as [K, string][]) {
    const id = `${prefix}.${key}`;
    if (defined.has(id) && defined.get(id) !== defaultMessage) throw new Error(`error message ${id} is defined twice`);
    defined.set(id, defaultMessage);
    out[key] = { id, defaultMessage, with: (values) => ({ id, defaultMessage, values }) };
  }
  return out;
}

/** The translations of the error messages; English is the code's own. */
export const ERROR_CATALOGUES: Record<Exclude<Locale, 'en'>, Record<string, string>> = { fr, es, pt, ar };

// one parsed message per language and id: parsing costs far more than formatting
const compiled = new Map<string, IntlMessageFormat>();

function format(locale: Locale, id: string, source: string, values: ErrorValues | undefined): string {
  const key = `${locale}|${id}|${source}`;
  let f = compiled.get(key);
  if (!f) {
    f = new IntlMessageFormat(source, intlTag(locale), undefined, { ignoreTag: true });
    compiled.set(key, f);
  }
  return String(f.format(values));
}

/** The message in the language, its arguments filled; in English when the language lacks it (or its translation cannot be filled). */
export function translateError(locale: Locale, message: ErrorMessage): string {
  const own = locale === 'en' ? undefined : ERROR_CATALOGUES[locale][message.id];
  if (own !== undefined) {
    try {
      return format(locale, message.id, own, message.values);
    } catch {
      // a translation that does not fit the values must not cost the user the message: English follows
    }
  }
  return format('en', message.id, message.defaultMessage, message.values);
}

/** The first language of an `Accept-Language` header that Beacon speaks (by preference, then order). */
export function acceptedLocale(header: string | string[] | undefined): Locale | undefined {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (!text) return undefined;
  const ranked = text
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { base: tag.trim().split('-')[0].toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((l) => l.quality > 0 && isLocale(l.base))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.base as Locale | undefined;
}

/** What a request carries that tells its language: the signed-in viewer (if the request got that far) and its headers. */
export interface RequestLike {
  viewer?: { locale?: string } | null;
  headers?: Record<string, string | string[] | undefined>;
}

/** The language to answer a request in: the signed-in account's, else the browser's (`Accept-Language`), else English. */
export function requestLocale(req: RequestLike | null | undefined): Locale {
  const own = req?.viewer?.locale;
  if (isLocale(own)) return own;
  return acceptedLocale(req?.headers?.['accept-language']) ?? 'en';
}
