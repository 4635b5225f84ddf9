import { allTimeZones, dateTimeFormat } from '../../lib/time';

/** "GMT+02:00": a zone's offset from UTC now. */
export function zoneOffset(timeZone: string, at: Date = new Date()): string {
  const name =
    dateTimeFormat(timeZone, { timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return name === 'GMT' ? 'GMT+00:00' : name;
}

let cached: { zone: string; label: string; offset: string }[] | null = null;

/** Every IANA zone with its current offset, for the searchable picker. */
export function zoneChoices(): { zone: string; label: string; offset: string }[] {
  if (!cached) {
    const zones = allTimeZones();
    if (!zones.includes('UTC')) zones.unshift('UTC');
    cached = zones.map((zone) => {
      const offset = zoneOffset(zone);
      return { zone, offset, label: `${zone.replaceAll('_', ' ')} (${offset})` };
    });
  }
  return cached;
}
