import type { AvailabilityInput } from '../../../gql/graphql';
import { fromZonedInput, toZonedInput } from '../../../lib/time';
import { localDate } from './availabilityForm';

export interface PreviewSlot {
  startsAt: string;
  endsAt: string;
}

const MINUTE = 60_000;
const isoWeekday = (date: string) => {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** The instant of a wall-clock time on a date in the zone; 24:00 is the next day's midnight. */
const instant = (date: string, time: string, zone: string) => new Date(time === '24:00' ? fromZonedInput(`${addDays(date, 1)}T00:00`, zone) : fromZonedInput(`${date}T${time}`, zone)).getTime();

/**
 * The next open slots that availability (as drafted) would offer, for the coach's preview. The
 * same grid as the API's slot maths (packages/domain slots.util.ts): weekly hours per date in the
 * coach's zone, days off dropped, extra hours added, windows merged, one slot every slot length
 * plus both buffers from each window's start, from now + notice up to the horizon, clear of the
 * coach's bookings and their buffers. It leaves out each cohort's dates, which the API adds per
 * learner. Gives the slots of the first `days` dates that have any (dates in the coach's zone);
 * [] for a draft the API would refuse.
 */
export function previewSlots(input: AvailabilityInput, bookings: { startsAt: string; endsAt: string }[], days: number, now = new Date()): PreviewSlot[] {
  const zone = input.timeZone;
  const length = input.slotMinutes;
  const before = input.bufferBeforeMinutes ?? 0;
  const after = input.bufferAfterMinutes ?? 0;
  if (!zone || !(length >= 10 && length <= 240) || !(input.horizonDays >= 1 && input.horizonDays <= 365) || !(input.minNoticeMinutes >= 0)) return [];
  try {
    const earliest = now.getTime() + input.minNoticeMinutes * MINUTE;
    const today = localDate(zone, 0, now);
    const horizon = new Date(fromZonedInput(`${addDays(today, input.horizonDays)}T${new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now)}`, zone)).getTime();
    const off = new Set(input.exceptions?.filter((e) => e.kind === 'DAY_OFF').map((e) => e.date));
    const windows: { start: number; end: number }[] = [];
    for (let n = -1; n <= input.horizonDays + 1; n++) {
      const date = addDays(today, n);
      const ranges = [...(off.has(date) ? [] : input.weeklyHours.filter((w) => w.weekday === isoWeekday(date))), ...(input.exceptions ?? []).filter((e) => e.kind === 'EXTRA_HOURS' && e.date === date && e.start && e.end)];
      for (const r of ranges) {
        const start = instant(date, r.start!, zone);
        const end = instant(date, r.end!, zone);
        if (end > start) windows.push({ start, end });
      }
    }
    windows.sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number }[] = [];
    for (const w of windows) {
      const prev = merged[merged.length - 1];
      if (prev && w.start <= prev.end) prev.end = Math.max(prev.end, w.end);
      else merged.push({ ...w });
    }
    const busy = bookings.map((b) => ({ start: new Date(b.startsAt).getTime() - before * MINUTE, end: new Date(b.endsAt).getTime() + after * MINUTE }));
    const slots: PreviewSlot[] = [];
    const dates = new Set<string>();
    for (const w of merged) {
      for (let s = w.start; s + length * MINUTE <= w.end; s += (length + before + after) * MINUTE) {
        if (s < earliest || s > horizon) continue;
        const padded = { start: s - before * MINUTE, end: s + (length + after) * MINUTE };
        if (busy.some((b) => padded.start < b.end && b.start < padded.end)) continue;
        const startsAt = new Date(s).toISOString();
        dates.add(toZonedInput(startsAt, zone).slice(0, 10));
        if (dates.size > days) return slots;
        slots.push({ startsAt, endsAt: new Date(s + length * MINUTE).toISOString() });
      }
    }
    return slots;
  } catch {
    return [];
  }
}
