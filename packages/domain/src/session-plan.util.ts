import { DateTime } from 'luxon';
import { parseTime, wallClock, weekOpensAt, type LocalDate } from './week-schedule.util.js';

/** One line of a programme's session plan. */
export interface SessionPlanItem {
  title: string;
  week: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday */
  weekday: number;
  /** local time in the cohort's zone, HH:MM */
  time: string;
  durationMinutes: number;
}

export interface PlannedSession {
  planIndex: number;
  title: string;
  week: number;
  startsAt: Date;
  durationMinutes: number;
}

/**
 * Dates a programme's session plan for a cohort: each session falls on the first day of its
 * week (start + 7·(week−1) days onwards, seven days) that is the planned weekday, at the planned
 * wall-clock time in the cohort's zone.
 */
export function planSessions(startDate: LocalDate, zone: string, plan: SessionPlanItem[]): PlannedSession[] {
  return plan
    .map((item, planIndex) => {
      if (!Number.isInteger(item.weekday) || item.weekday < 1 || item.weekday > 7)
        throw new RangeError(`Weekday must be 1–7, got ${item.weekday}`);
      const [h, m] = parseTime(item.time);
      const open = DateTime.fromJSDate(weekOpensAt(startDate, zone, item.week), { zone });
      const date = open.plus({ days: (item.weekday - open.weekday + 7) % 7 });
      return {
        planIndex,
        title: item.title,
        week: item.week,
        startsAt: wallClock(date, h, m, zone),
        durationMinutes: item.durationMinutes,
      };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.planIndex - b.planIndex);
}
