import { DateTime } from 'luxon';
import type { AssignmentDefinition } from './programme-definition.js';
import { parseTime, pointInWeek, wallClock, type LocalDate } from './week-schedule.util.js';

/** Where the due point that applies to a learner comes from. */
export const DUE_SOURCES = ['PROGRAMME', 'COHORT', 'EXTENSION'] as const;
export type DueSource = (typeof DUE_SOURCES)[number];

export interface DuePoint {
  dueAt: Date;
  source: DueSource;
}

export interface DueInputs {
  cohort: { startDate: LocalDate; timeZone: string };
  week: number;
  assignment: Pick<AssignmentDefinition, 'dueDay' | 'dueTime'>;
  /** the cohort's own due point for the week, set by its coach or partner admin */
  cohortOverride?: Date | null;
  /** this learner's extension for the week */
  extension?: Date | null;
}

/** The programme's due point for a week, e.g. day 6 at 23:59 in the cohort's zone. */
export function programmeDueAt(cohort: DueInputs['cohort'], week: number, assignment: DueInputs['assignment']): Date {
  return pointInWeek(cohort.startDate, cohort.timeZone, week, assignment.dueDay, assignment.dueTime);
}

/**
 * The due point that applies to a learner: their extension, else the cohort's override, else
 * the programme's default. An extension applies even when it is earlier than the others: it is
 * an explicit decision about this learner.
 */
export function applicableDue(i: DueInputs): DuePoint {
  if (i.extension) return { dueAt: i.extension, source: 'EXTENSION' };
  if (i.cohortOverride) return { dueAt: i.cohortOverride, source: 'COHORT' };
  return { dueAt: programmeDueAt(i.cohort, i.week, i.assignment), source: 'PROGRAMME' };
}

/**
 * Late means strictly after the due point: "due 23:59" accepts a submission at 23:59:00.000
 * cohort-local and none a millisecond later.
 */
export function isLate(submittedAt: Date, dueAt: Date): boolean {
  return submittedAt.getTime() > dueAt.getTime();
}

/**
 * The instant of a cohort-local date and time, e.g. "2026-11-07 23:59" in New York: what an
 * override or extension picked in the cohort's calendar means, whatever the clocks do.
 */
export function zonedDueAt(date: LocalDate, time: string, zone: string): Date {
  const d = DateTime.fromISO(date, { zone });
  if (!d.isValid) throw new RangeError(`Invalid date ${date} in ${zone}: ${d.invalidExplanation ?? d.invalidReason}`);
  const [h, m] = parseTime(time);
  return wallClock(d, h, m, zone);
}
