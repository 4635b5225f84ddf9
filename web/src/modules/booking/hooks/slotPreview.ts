import { availabilityProblems, horizonEnd, openSlots, type AvailabilityException, type SlotRules } from '@beacon/domain';
import type { AvailabilityInput } from '../../../gql/graphql';
import { dayKey } from './bookingTime';

export interface PreviewSlot {
  startsAt: string;
  endsAt: string;
}

/** The drafted availability as the API reads it (an extra-hours exception still without its hours left out). */
function rulesFrom(input: AvailabilityInput): SlotRules {
  const exceptions: AvailabilityException[] = [];
  for (const e of input.exceptions ?? []) {
    if (e.kind === 'DAY_OFF') exceptions.push({ date: e.date, kind: 'DAY_OFF' });
    else if (e.start && e.end) exceptions.push({ date: e.date, kind: 'EXTRA_HOURS', start: e.start, end: e.end });
  }
  return {
    timeZone: input.timeZone ?? '',
    weekly: input.weeklyHours.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end })),
    exceptions,
    slotMinutes: input.slotMinutes,
    bufferBeforeMinutes: input.bufferBeforeMinutes ?? 0,
    bufferAfterMinutes: input.bufferAfterMinutes ?? 0,
    minNoticeMinutes: input.minNoticeMinutes,
    horizonDays: input.horizonDays,
  };
}

/**
 * The next open slots that availability (as drafted) would offer, for the coach's preview: the
 * API's own slot maths (`openSlots` of @beacon/domain) from now to the horizon, clear of the
 * coach's bookings and their buffers. It leaves out each cohort's dates, which the API adds per
 * learner. Gives the slots of the first `days` dates that have any (dates in the coach's zone);
 * [] while the zone, slot length, buffers, notice or horizon are ones the API would refuse. A
 * range still being typed (ending before it starts) offers nothing, and the other days still show.
 */
export function previewSlots(
  input: AvailabilityInput,
  bookings: { startsAt: string; endsAt: string }[],
  days: number,
  now = new Date(),
): PreviewSlot[] {
  const rules = rulesFrom(input);
  if (availabilityProblems({ ...rules, weekly: [], exceptions: [] }).length > 0) return [];
  try {
    const slots = openSlots(rules, {
      from: now,
      // a slot may start at the horizon itself
      to: new Date(horizonEnd(rules, now).getTime() + 1),
      now,
      bookings: bookings.map((b) => ({ start: new Date(b.startsAt), end: new Date(b.endsAt) })),
    });
    const dates = new Set<string>();
    const preview: PreviewSlot[] = [];
    for (const s of slots) {
      const startsAt = s.start.toISOString();
      dates.add(dayKey(startsAt, rules.timeZone));
      if (dates.size > days) break;
      preview.push({ startsAt, endsAt: s.end.toISOString() });
    }
    return preview;
  } catch {
    // a time that is not HH:MM yet
    return [];
  }
}
