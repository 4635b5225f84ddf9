import { describe, expect, it } from '@jest/globals';
import { planSessions } from '../session-plan.util.js';
import { formatInZone } from '../format.util.js';

const plan = [
  { title: 'Kick-off', week: 1, weekday: 2, time: '17:00', durationMinutes: 90 },
  { title: 'Clinic', week: 2, weekday: 2, time: '17:00', durationMinutes: 60 },
  { title: 'Night owl', week: 1, weekday: 7, time: '01:30', durationMinutes: 60 },
];

describe('session generation', () => {
  it('dates sessions on the planned weekday and local time in Johannesburg', () => {
    const s = planSessions('2026-11-09', 'Africa/Johannesburg', plan);
    expect(s.map((x) => [x.title, x.startsAt.toISOString()])).toEqual([
      ['Kick-off', '2026-11-10T15:00:00.000Z'],
      ['Night owl', '2026-11-14T23:30:00.000Z'],
      ['Clinic', '2026-11-17T15:00:00.000Z'],
    ]);
  });

  it('keeps 17:00 New York time across the clock change (EDT then EST)', () => {
    const s = planSessions('2026-10-26', 'America/New_York', plan);
    const byTitle = Object.fromEntries(s.map((x) => [x.title, x.startsAt.toISOString()]));
    expect(byTitle['Kick-off']).toBe('2026-10-27T21:00:00.000Z');
    expect(byTitle['Clinic']).toBe('2026-11-03T22:00:00.000Z');
    // 01:30 on the night the clocks go back happens twice: the first (EDT) is taken
    expect(byTitle['Night owl']).toBe('2026-11-01T05:30:00.000Z');
  });

  it('picks the first matching weekday inside the week when the cohort starts mid-week', () => {
    // a Thursday start: week 1 runs Thu–Wed, so its Tuesday is the sixth day
    const s = planSessions('2026-11-12', 'Africa/Johannesburg', [plan[0]]);
    expect(s[0].startsAt.toISOString()).toBe('2026-11-17T15:00:00.000Z');
  });

  it('shows a learner in Sydney the New York session in their own time, zone named', () => {
    const [, clinic] = planSessions('2026-10-26', 'America/New_York', plan).filter((x) => x.title !== 'Night owl');
    expect(formatInZone(clinic.startsAt, 'Australia/Sydney')).toBe('Wed 4 Nov, 09:00 GMT+11');
    expect(formatInZone(clinic.startsAt, 'America/New_York')).toBe('Tue 3 Nov, 17:00 GMT-5');
  });

  it('refuses a weekday outside 1–7', () => {
    expect(() => planSessions('2026-11-09', 'Africa/Johannesburg', [{ ...plan[0], weekday: 0 }])).toThrow(/Weekday/);
  });
});
