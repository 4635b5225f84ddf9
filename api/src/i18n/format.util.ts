import { intlTag, type Locale } from './i18n.js';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag(locale), options);
    formats.set(key, f);
  }
  return f;
}

/** "Tue 3 Nov, 10:00 GMT+2" (English), "mar. 3 nov., 10:00 UTC+2" (French): a moment in the reader's language and zone, the zone named. */
export function formatDateTime(at: Date, locale: Locale, timeZone: string): string {
  return dateFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(at);
}

/** "Tue 3 Nov": a day with its weekday, as the zone sees it. */
export function formatWeekday(at: Date, locale: Locale, timeZone: string): string {
  return dateFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at);
}

/** "3 November 2026": a day written in full, as the zone sees it (UTC unless told). */
export function formatLongDate(at: Date, locale: Locale, timeZone = 'UTC'): string {
  return dateFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

/** "a, b and c" in the reader's language. */
export function formatList(items: string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type }).format(items);
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}
