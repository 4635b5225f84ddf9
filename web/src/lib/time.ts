import { defineMessages } from 'react-intl';
import { currentIntl } from './intl';

const messages = defineMessages({
  enterDateTime: { id: 'lib.time.enterDateTime', defaultMessage: 'Enter a date and time' },
});

/** The browser's own zone, for pages shown before anyone logs in. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

let displayLocale: string | undefined;
/** The language dates and numbers are written in (set by the I18nProvider; the browser's before). */
export function setDisplayLocale(locale: string): void {
  displayLocale = locale;
}
export const getDisplayLocale = (): string | undefined => displayLocale;

const formats = new Map<string, Intl.DateTimeFormat>();
/** One Intl.DateTimeFormat per language, zone and options, kept: building one costs far more than using it. */
export function dateTimeFormat(
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  locale: string | undefined = displayLocale,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/** "3 sessions", "42 %": numbers in the display language. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(displayLocale, options).format(value);
}

/** A fraction 0–1 as a percentage in the display language ("75 %", "٧٥٪"). */
export function formatPercent(fraction: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(displayLocale, { style: 'percent', maximumFractionDigits }).format(fraction);
}

/** "Kwame, Yaw and Grace": a list in the display language (`unit`: "a, b, c" in English, no "and"). */
export function formatList(items: string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  return new Intl.ListFormat(displayLocale, { style: 'long', type }).format(items);
}

/** "23 Nov 2026, 10:56 GMT+2": a moment in the viewer's zone, with the zone named. */
export function formatDateTime(iso: string | Date, timeZone: string): string {
  return dateTimeFormat(timeZone, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "23 Nov 2026": a day as the viewer's zone sees it. */
export function formatDate(iso: string | Date, timeZone: string): string {
  return dateTimeFormat(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "South Africa Standard Time": the long name of a zone at a moment (names change with DST). */
export function zoneLongName(timeZone: string, at: Date = new Date()): string {
  return (
    dateTimeFormat(timeZone, { timeZoneName: 'long' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** Every IANA zone the browser knows, for pickers. */
export function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [browserTimeZone()];
  }
}

/** "Tue 24 Nov, 17:00 GMT+2": a session's start, weekday first, with the zone named. */
export function formatSessionTime(iso: string | Date, timeZone: string): string {
  return dateTimeFormat(timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "23 Nov 2026" for a calendar day (YYYY-MM-DD) that has no zone of its own. */
export function formatLocalDate(day: string): string {
  return dateTimeFormat('UTC', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));
}

/** The wall-clock fields of a moment in a zone. */
function wallClock(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  // Latin digits whatever the display language: these are read back as numbers
  const parts = dateTimeFormat(
    timeZone,
    {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      numberingSystem: 'latn',
    },
    'en-US',
  ).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** How far the zone's wall clock is ahead of UTC at a moment, in milliseconds. */
function zoneOffset(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at.getTime() / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a `datetime-local` value ("2026-11-24T17:00") on the zone's wall clock. */
export function toZonedInput(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * The moment a `datetime-local` value means on the zone's wall clock. Two passes settle the
 * offset across a DST change; a time skipped by the change moves forward by the gap.
 */
export function fromZonedInput(value: string, timeZone: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) throw new Error(currentIntl().formatMessage(messages.enterDateTime));
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let guess = asUtc - zoneOffset(new Date(asUtc), timeZone);
  guess = asUtc - zoneOffset(new Date(guess), timeZone);
  return new Date(guess).toISOString();
}
