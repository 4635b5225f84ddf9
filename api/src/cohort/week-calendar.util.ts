import {
  applicableDue,
  cohortEndDate,
  pointInWeek,
  weekOpensAt,
  type DueInputs,
  type DuePoint,
  type LocalDate,
  type WeekState,
} from '@beacon/domain';

/**
 * @beacon/domain's week and due-point arithmetic, remembered. Each instant depends only on a
 * cohort's start date and zone and the week (and day and time), yet working it out costs tens of
 * microseconds (luxon asks Intl for the zone's offset); a learner home needs dozens and a
 * 500-learner gradebook thousands per request. Bounded: emptied when it reaches MAX entries.
 */
const MAX = 50_000;
const instants = new Map<string, number>();
const dates = new Map<string, LocalDate>();

function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size >= MAX) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** weekOpensAt, remembered. */
export function opensAt(startDate: LocalDate, zone: string, week: number): Date {
  return new Date(remembered(instants, `o|${startDate}|${zone}|${week}`, () => weekOpensAt(startDate, zone, week).getTime()));
}

/** pointInWeek, remembered. */
export function pointAt(startDate: LocalDate, zone: string, week: number, day: number, time: string): Date {
  return new Date(
    remembered(instants, `p|${startDate}|${zone}|${week}|${day}|${time}`, () => pointInWeek(startDate, zone, week, day, time).getTime()),
  );
}

/** cohortEndDate, remembered. */
export function endDate(startDate: LocalDate, zone: string, weeks: number): LocalDate {
  return remembered(dates, `${startDate}|${zone}|${weeks}`, () => cohortEndDate(startDate, zone, weeks));
}

/** weekStates, from remembered instants. */
export function weekStatesAt(startDate: LocalDate, zone: string, weeks: number, now: Date): WeekState[] {
  return Array.from({ length: weeks }, (_, i) => {
    const at = opensAt(startDate, zone, i + 1);
    return { week: i + 1, opensAt: at, open: now.getTime() >= at.getTime() };
  });
}

/** currentWeek, from remembered instants: 0 before the start, weeks + 1 once the last week has ended. */
export function currentWeekAt(startDate: LocalDate, zone: string, weeks: number, now: Date): number {
  const open = weekStatesAt(startDate, zone, weeks, now).filter((w) => w.open).length;
  if (open < weeks) return open;
  return now.getTime() >= opensAt(startDate, zone, weeks + 1).getTime() ? weeks + 1 : weeks;
}

/** applicableDue; the programme's default (the only branch with zone arithmetic) remembered. */
export function applicableDueAt(i: DueInputs): DuePoint {
  if (i.extension || i.cohortOverride) return applicableDue(i);
  return { dueAt: pointAt(i.cohort.startDate, i.cohort.timeZone, i.week, i.assignment.dueDay, i.assignment.dueTime), source: 'PROGRAMME' };
}
