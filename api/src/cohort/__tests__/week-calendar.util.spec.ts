import { describe, expect, it } from '@jest/globals';
import { applicableDue, cohortEndDate, currentWeek, pointInWeek, weekOpensAt, weekStates } from '@beacon/domain';
import { applicableDueAt, currentWeekAt, endDate, opensAt, pointAt, weekStatesAt } from '../week-calendar.util.js';

// cohorts across daylight-saving changes (New York in November, London and Sydney in spring) and a leap day
const cohorts = [
  { startDate: '2026-10-19', zone: 'America/New_York' },
  { startDate: '2027-03-15', zone: 'Europe/London' },
  { startDate: '2026-09-28', zone: 'Australia/Sydney' },
  { startDate: '2028-02-21', zone: 'Africa/Johannesburg' },
  { startDate: '2026-12-28', zone: 'Asia/Kolkata' },
];
const hour = 3600_000;

describe('the remembered week calendar answers as @beacon/domain does', () => {
  it.each(cohorts)(
    'week openings, due points and the end date of a cohort starting $startDate in $zone (asked twice)',
    ({ startDate, zone }) => {
      for (const round of [1, 2]) {
        for (let week = 1; week <= 8; week++) {
          expect([round, opensAt(startDate, zone, week)]).toEqual([round, weekOpensAt(startDate, zone, week)]);
          for (const [day, time] of [
            [6, '23:59'],
            [1, '00:00'],
            [7, '02:30'],
          ] as const) {
            expect(pointAt(startDate, zone, week, day, time)).toEqual(pointInWeek(startDate, zone, week, day, time));
          }
        }
        expect(endDate(startDate, zone, 7)).toBe(cohortEndDate(startDate, zone, 7));
      }
    },
  );

  it.each(cohorts)(
    'week states and the current week at every half day from before to after a cohort starting $startDate in $zone',
    ({ startDate, zone }) => {
      const from = weekOpensAt(startDate, zone, 1).getTime() - 2 * 24 * hour;
      for (let t = from; t < from + 60 * 24 * hour; t += 12 * hour + 1) {
        const now = new Date(t);
        expect(weekStatesAt(startDate, zone, 7, now)).toEqual(weekStates(startDate, zone, 7, now));
        expect(currentWeekAt(startDate, zone, 7, now)).toBe(currentWeek(startDate, zone, 7, now));
      }
    },
  );

  it('the due point that applies: extension, else the cohort’s, else the programme’s', () => {
    const cohort = { startDate: '2026-10-19', timeZone: 'America/New_York' };
    const assignment = { dueDay: 6, dueTime: '23:59' };
    const other = new Date('2026-11-20T12:00:00Z');
    for (const extra of [
      {},
      { cohortOverride: other },
      { extension: other },
      { extension: other, cohortOverride: new Date('2026-11-21T12:00:00Z') },
    ]) {
      for (let week = 1; week <= 7; week++)
        expect(applicableDueAt({ cohort, week, assignment, ...extra })).toEqual(applicableDue({ cohort, week, assignment, ...extra }));
    }
  });

  it('refuses what the domain refuses, every time', () => {
    expect(() => opensAt('2026-10-19', 'Mars/Olympus', 1)).toThrow();
    expect(() => opensAt('2026-10-19', 'Mars/Olympus', 1)).toThrow();
    expect(() => pointAt('2026-10-19', 'Europe/London', 1, 9, '10:00')).toThrow(RangeError);
  });
});
