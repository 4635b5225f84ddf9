import { DateTime } from 'luxon';
import { assertZone, wallClock, type LocalDate } from './week-schedule.util.js';

/** Hours a coach is available on a weekday, wall-clock in the coach's zone; `end` may be 24:00. */
export interface WeeklyHours {
  /** ISO weekday, 1 = Monday … 7 = Sunday */
  weekday: number;
  /** HH:MM */
  start: string;
  /** HH:MM, after `start`; 24:00 is the following midnight */
  end: string;
}

/**
 * A change to one date in the coach's zone. DAY_OFF drops that date's weekly hours;
 * EXTRA_HOURS adds a range (both on one date replace the day's hours with the extra ones).
 */
export type AvailabilityException =
  { date: LocalDate; kind: 'DAY_OFF' } | { date: LocalDate; kind: 'EXTRA_HOURS'; start: string; end: string };

export interface SlotRules {
  /** the coach's IANA zone, in which weekly hours and exception dates are read */
  timeZone: string;
  weekly: WeeklyHours[];
  exceptions: AvailabilityException[];
  slotMinutes: number;
  /** free time the coach keeps before and after every booking */
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** a slot must start at least this long after now */
  minNoticeMinutes: number;
  /** a slot must start at most this many (calendar) days after now, in the coach's zone */
  horizonDays: number;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface SlotQuery {
  /** slots starting in [from, to) */
  from: Date;
  to: Date;
  now: Date;
  /** the coach's confirmed bookings: kept clear including the buffers on both sides */
  bookings?: Interval[];
  /** other times to avoid, without buffers (e.g. the learner's own bookings with other coaches) */
  busy?: Interval[];
  /** slots must lie wholly inside this interval (e.g. the cohort's dates) */
  within?: Interval;
}

/** Why a start time is not bookable; `TAKEN` is the only one another booking can cause. */
export type SlotRefusal = 'PAST' | 'TOO_SOON' | 'BEYOND_HORIZON' | 'OUTSIDE_DATES' | 'NOT_A_SLOT' | 'TAKEN' | 'BUSY';

export type SlotCheck = { ok: true; slot: Interval } | { ok: false; reason: SlotRefusal };

const MINUTE = 60_000;
/** a query never walks more days than this, whatever range it is given */
const MAX_DAYS = 400;

/** HH:MM, 24-hour; `24:00` only where `allowMidnight` (the end of a range). */
export function parseClock(time: string, allowMidnight = false): [number, number] {
  if (allowMidnight && time === '24:00') return [24, 0];
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`Time must be HH:MM (24-hour), got ${time}`);
  return [Number(m[1]), Number(m[2])];
}

const minutesOf = (time: string, allowMidnight = false) => {
  const [h, m] = parseClock(time, allowMidnight);
  return h * 60 + m;
};

/** Problems with a set of rules, each in words a coach understands; empty when the rules are usable. */
export function availabilityProblems(rules: SlotRules): string[] {
  const problems: string[] = [];
  try {
    assertZone(rules.timeZone);
  } catch {
    problems.push(`Unknown time zone ${rules.timeZone}`);
  }
  const range = (what: string, start: string, end: string) => {
    try {
      if (minutesOf(end, true) <= minutesOf(start)) problems.push(`${what}: ${start}–${end} must end after it starts`);
    } catch (e) {
      problems.push(`${what}: ${(e as Error).message}`);
    }
  };
  for (const w of rules.weekly) {
    if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7)
      problems.push(`Weekday must be 1 (Monday) to 7 (Sunday), got ${w.weekday}`);
    else range(WEEKDAYS[w.weekday - 1], w.start, w.end);
  }
  for (const e of rules.exceptions) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date) || !DateTime.fromISO(e.date).isValid)
      problems.push(`Exception date must be YYYY-MM-DD, got ${e.date}`);
    else if (e.kind === 'EXTRA_HOURS') range(e.date, e.start, e.end);
  }
  const whole = (name: string, v: number, min: number, max: number, unit: string) => {
    if (!Number.isInteger(v) || v < min || v > max) problems.push(`${name} must be a whole number of ${unit} from ${min} to ${max}`);
  };
  whole('Slot length', rules.slotMinutes, 10, 240, 'minutes');
  whole('Buffer before', rules.bufferBeforeMinutes, 0, 120, 'minutes');
  whole('Buffer after', rules.bufferAfterMinutes, 0, 120, 'minutes');
  whole('Minimum notice', rules.minNoticeMinutes, 0, 30 * 24 * 60, 'minutes');
  whole('Booking horizon', rules.horizonDays, 1, 365, 'days');
  return problems;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The instant of a wall-clock time on a local date; 24:00 is the next day's midnight. */
function instantOn(date: DateTime, time: string, zone: string, allowMidnight: boolean): Date {
  const [h, m] = parseClock(time, allowMidnight);
  if (h === 24) return wallClock(date.plus({ days: 1 }), 0, 0, zone);
  return wallClock(date, h, m, zone);
}

/**
 * The coach's available windows between two instants: weekly hours per local date in the coach's
 * zone (so 09:00 stays 09:00 across a daylight-saving change), minus days off, plus extra hours,
 * merged where they touch or overlap.
 */
export function availabilityWindows(rules: SlotRules, from: Date, to: Date): Interval[] {
  const zone = rules.timeZone;
  assertZone(zone);
  const off = new Set(rules.exceptions.filter((e) => e.kind === 'DAY_OFF').map((e) => e.date));
  const windows: Interval[] = [];
  // a day earlier and later than asked: a window may start on the previous local date
  let day = DateTime.fromJSDate(from, { zone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromJSDate(to, { zone }).startOf('day').plus({ days: 1 });
  for (let n = 0; day <= last && n < MAX_DAYS; n++, day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    const ranges: { start: string; end: string }[] = [];
    if (!off.has(date)) ranges.push(...rules.weekly.filter((w) => w.weekday === day.weekday));
    for (const e of rules.exceptions) if (e.kind === 'EXTRA_HOURS' && e.date === date) ranges.push(e);
    for (const r of ranges) {
      const start = instantOn(day, r.start, zone, false);
      const end = instantOn(day, r.end, zone, true);
      if (end > start) windows.push({ start, end });
    }
  }
  windows.sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const w of windows) {
    const prev = merged[merged.length - 1];
    if (prev && w.start.getTime() <= prev.end.getTime()) {
      if (w.end > prev.end) prev.end = w.end;
    } else merged.push({ ...w });
  }
  return merged;
}

/**
 * Every slot the weekly hours and exceptions describe, before notice, horizon, dates or bookings:
 * from each window's start, one slot every slot length + both buffers, so that any two of them
 * can be booked side by side without breaking a buffer.
 */
function gridSlots(rules: SlotRules, from: Date, to: Date): Interval[] {
  const length = rules.slotMinutes * MINUTE;
  const step = (rules.slotMinutes + rules.bufferBeforeMinutes + rules.bufferAfterMinutes) * MINUTE;
  const slots: Interval[] = [];
  for (const w of availabilityWindows(rules, from, to)) {
    for (let s = w.start.getTime(); s + length <= w.end.getTime(); s += step) {
      if (s >= from.getTime() && s < to.getTime()) slots.push({ start: new Date(s), end: new Date(s + length) });
    }
  }
  return slots;
}

const overlaps = (a: Interval, b: Interval) => a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();

/** The last instant a slot may start at: now + horizon in calendar days of the coach's zone. */
export function horizonEnd(rules: SlotRules, now: Date): Date {
  return DateTime.fromJSDate(now, { zone: rules.timeZone }).plus({ days: rules.horizonDays }).toJSDate();
}

function refusal(rules: SlotRules, slot: Interval, q: SlotQuery): SlotRefusal | null {
  const start = slot.start.getTime();
  if (start < q.now.getTime()) return 'PAST';
  if (start < q.now.getTime() + rules.minNoticeMinutes * MINUTE) return 'TOO_SOON';
  if (start > horizonEnd(rules, q.now).getTime()) return 'BEYOND_HORIZON';
  if (q.within && (start < q.within.start.getTime() || slot.end.getTime() > q.within.end.getTime())) return 'OUTSIDE_DATES';
  // a booking and a slot both keep their buffers clear: the gap between them is at least after + before
  const padded = {
    start: new Date(start - rules.bufferBeforeMinutes * MINUTE),
    end: new Date(slot.end.getTime() + rules.bufferAfterMinutes * MINUTE),
  };
  for (const b of q.bookings ?? []) {
    const bp = {
      start: new Date(b.start.getTime() - rules.bufferBeforeMinutes * MINUTE),
      end: new Date(b.end.getTime() + rules.bufferAfterMinutes * MINUTE),
    };
    if (overlaps(padded, bp)) return 'TAKEN';
  }
  for (const b of q.busy ?? []) if (overlaps(slot, b)) return 'BUSY';
  return null;
}

/**
 * The open slots of a coach starting in [from, to): on the availability grid, not in the past,
 * with the minimum notice, inside the horizon and `within`, clear of the coach's bookings (with
 * buffers) and of `busy`. Instants: show them in the viewer's zone with the zone named.
 */
export function openSlots(rules: SlotRules, q: SlotQuery): Interval[] {
  if (q.to <= q.from) return [];
  // nothing can start before now + notice or after the horizon: do not walk those days
  const from = new Date(Math.max(q.from.getTime(), q.now.getTime()));
  const to = new Date(Math.min(q.to.getTime(), horizonEnd(rules, q.now).getTime() + 1));
  if (to <= from) return [];
  return gridSlots(rules, from, to).filter((s) => refusal(rules, s, q) === null);
}

/** Whether a booking may start at `startsAt` now; the server asks this again inside its transaction. */
export function checkSlot(rules: SlotRules, startsAt: Date, q: Omit<SlotQuery, 'from' | 'to'>): SlotCheck {
  const length = rules.slotMinutes * MINUTE;
  const slot = { start: startsAt, end: new Date(startsAt.getTime() + length) };
  if (startsAt.getTime() < q.now.getTime()) return { ok: false, reason: 'PAST' };
  const onGrid = gridSlots(rules, startsAt, new Date(startsAt.getTime() + 1)).some((s) => s.start.getTime() === startsAt.getTime());
  const reason = refusal(rules, slot, { ...q, from: startsAt, to: slot.end });
  // timing problems say more than "not a slot"; a slot someone took says the most
  if (reason && reason !== 'TAKEN' && reason !== 'BUSY') return { ok: false, reason };
  if (!onGrid) return { ok: false, reason: 'NOT_A_SLOT' };
  if (reason) return { ok: false, reason };
  return { ok: true, slot };
}
