/** The browser's own zone, for pages shown before anyone logs in. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/** "23 Nov 2026, 10:56 GMT+2": a moment in the viewer's zone, with the zone named. */
export function formatDateTime(iso: string | Date, timeZone: string): string {
  return format(timeZone, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}

/** "23 Nov 2026": a day as the viewer's zone sees it. */
export function formatDate(iso: string | Date, timeZone: string): string {
  return format(timeZone, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "South Africa Standard Time": the long name of a zone at a moment (names change with DST). */
export function zoneLongName(timeZone: string, at: Date = new Date()): string {
  return format(timeZone, { timeZoneName: 'long' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Every IANA zone the browser knows, for pickers. */
export function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [browserTimeZone()];
  }
}
