import type { IntlShape } from 'react-intl';
import { dateTimeFormat, formatSessionTime, toZonedInput } from '../../../lib/time';

/** "09:00": the wall-clock time of a moment in a zone. */
export function formatClock(iso: string, timeZone: string): string {
  return dateTimeFormat(timeZone, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "GMT+2": a zone's short name at a moment. */
export function zoneShortName(timeZone: string, at: string | Date = new Date()): string {
  return (
    dateTimeFormat(timeZone, { timeZoneName: 'short' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** "Tuesday 24 November": a day heading, as the zone sees the moment. */
export function formatDayHeading(iso: string, timeZone: string): string {
  return dateTimeFormat(timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** "Tue": the weekday of a moment in a zone. */
export function formatWeekday(iso: string, timeZone: string): string {
  return dateTimeFormat(timeZone, { weekday: 'short' }).format(new Date(iso));
}

/** "Tue 24 Nov, 09:00–09:45 GMT+2": a booking or slot in the viewer's zone, with the zone named. */
export function formatSlot(startsAt: string, endsAt: string, timeZone: string): string {
  const start = formatSessionTime(startsAt, timeZone);
  // put the end time before the zone: "…, 09:00 GMT+2" → "…, 09:00–09:45 GMT+2"
  const clock = formatClock(startsAt, timeZone);
  const at = start.lastIndexOf(clock);
  return at === -1
    ? `${start} – ${formatClock(endsAt, timeZone)}`
    : `${start.slice(0, at + clock.length)}–${formatClock(endsAt, timeZone)}${start.slice(at + clock.length)}`;
}

/** The calendar day (YYYY-MM-DD) of a moment in a zone, for grouping. */
export function dayKey(iso: string, timeZone: string): string {
  return toZonedInput(iso, timeZone).slice(0, 10);
}

/** "Africa/Johannesburg" → "Johannesburg"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** "45 min", "1 h", "1 h 30 min", "2 days" for durations in minutes, in the display language. */
export function formatDuration(intl: IntlShape, minutes: number): string {
  if (minutes >= 24 * 60 && minutes % (24 * 60) === 0) {
    return intl.formatMessage(
      { id: 'booking.duration.days', defaultMessage: '{days, plural, one {# day} other {# days}}' },
      { days: minutes / (24 * 60) },
    );
  }
  if (minutes < 60) return intl.formatMessage({ id: 'booking.duration.minutes', defaultMessage: '{minutes, number} min' }, { minutes });
  const hours = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m
    ? intl.formatMessage(
        { id: 'booking.duration.hoursMinutes', defaultMessage: '{hours, number} h {minutes, number} min' },
        { hours, minutes: m },
      )
    : intl.formatMessage({ id: 'booking.duration.hours', defaultMessage: '{hours, number} h' }, { hours });
}

/** "24 hours", "3 days", "90 minutes": a rule's length in a sentence (the API's own wording), in the display language. */
export function humanMinutes(intl: IntlShape, minutes: number): string {
  if (minutes >= 72 * 60 && minutes % (24 * 60) === 0) {
    return intl.formatMessage(
      { id: 'booking.ruleLength.days', defaultMessage: '{count, plural, one {# day} other {# days}}' },
      { count: minutes / (24 * 60) },
    );
  }
  if (minutes >= 60 && minutes % 60 === 0) {
    return intl.formatMessage(
      { id: 'booking.ruleLength.hours', defaultMessage: '{count, plural, one {# hour} other {# hours}}' },
      { count: minutes / 60 },
    );
  }
  return intl.formatMessage(
    { id: 'booking.ruleLength.minutes', defaultMessage: '{count, plural, one {# minute} other {# minutes}}' },
    { count: minutes },
  );
}
