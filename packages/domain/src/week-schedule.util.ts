import { DateTime } from 'luxon';

/** A calendar date (YYYY-MM-DD) as the cohort's partner wrote it, in the cohort's zone. */
export type LocalDate = string;

export interface WeekState {
  week: number;
  /** the instant the week opens: local midnight of start + 7·(week−1) days in the cohort's zone */
  opensAt: Date;
  open: boolean;
}

export function assertZone(zone: string): void {
  if (!DateTime.local().setZone(zone).isValid) throw new RangeError(`Unknown time zone: ${zone}`);
}

function startOf(startDate: LocalDate, zone: string): DateTime {
  const d = DateTime.fromISO(startDate, { zone });
  if (!d.isValid) throw new RangeError(`Invalid start date ${startDate} in ${zone}: ${d.invalidExplanation ?? d.invalidReason}`);
  return d.startOf('day');
}

/**
 * Week n opens at the cohort's start + 7·(n−1) days, at local midnight in the cohort's zone:
 * calendar days, so a daylight-saving change inside a week makes that week 167 or 169 hours long.
 */
export function weekOpensAt(startDate: LocalDate, zone: string, week: number): Date {
  if (!Number.isInteger(week) || week < 1) throw new RangeError(`Week must be 1 or more, got ${week}`);
  return startOf(startDate, zone)
    .plus({ days: 7 * (week - 1) })
    .toJSDate();
}

export function weekStates(startDate: LocalDate, zone: string, weeks: number, now: Date): WeekState[] {
  return Array.from({ length: weeks }, (_, i) => {
    const opensAt = weekOpensAt(startDate, zone, i + 1);
    return { week: i + 1, opensAt, open: now.getTime() >= opensAt.getTime() };
  });
}

/**
 * The week the cohort is in at `now`: 0 before the start, `weeks + 1` once the last week
 * has ended (start + 7·weeks days).
 */
export function currentWeek(startDate: LocalDate, zone: string, weeks: number, now: Date): number {
  const open = weekStates(startDate, zone, weeks, now).filter((w) => w.open).length;
  if (open < weeks) return open;
  const end = weekOpensAt(startDate, zone, weeks + 1);
  return now.getTime() >= end.getTime() ? weeks + 1 : weeks;
}

/** The last calendar day of the cohort (start + 7·weeks − 1 days). */
export function cohortEndDate(startDate: LocalDate, zone: string, weeks: number): LocalDate {
  return startOf(startDate, zone)
    .plus({ days: 7 * weeks - 1 })
    .toISODate()!;
}

/**
 * A point relative to a week, e.g. "day 6 at 23:59": day 1 is the week's opening day; the
 * time is wall-clock time in the cohort's zone (so it stays 23:59 across a clock change).
 */
export function pointInWeek(startDate: LocalDate, zone: string, week: number, day: number, time: string): Date {
  if (!Number.isInteger(day) || day < 1 || day > 7) throw new RangeError(`Day must be 1–7, got ${day}`);
  const [h, m] = parseTime(time);
  const date = startOf(startDate, zone).plus({ days: 7 * (week - 1) + (day - 1) });
  return wallClock(date, h, m, zone);
}

/** HH:MM, 24-hour. */
export function parseTime(time: string): [number, number] {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`Time must be HH:MM (24-hour), got ${time}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The instant of a wall-clock time on a date in a zone. A time skipped by a spring-forward
 * change moves forward by the gap (02:30 → 03:30); a repeated one takes the first occurrence.
 */
export function wallClock(date: DateTime, hour: number, minute: number, zone: string): Date {
  const d = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour, minute }, { zone });
  // a fall-back change repeats a wall-clock time; luxon gives the later one, we want the first
  for (const minutes of [60, 30]) {
    const earlier = d.minus({ minutes });
    if (earlier.hour === hour && earlier.minute === minute && earlier.day === d.day) return earlier.toJSDate();
  }
  return d.toJSDate();
}
