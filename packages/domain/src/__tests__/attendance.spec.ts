import { describe, expect, it } from '@jest/globals';
import { attendancePercent, describeAttendance, evaluateEligibility, meetsAttendance, summariseAttendance } from '../index.js';

describe('attendance: one rule for every screen', () => {
  it('leaves excused sessions out of both numerator and denominator (15 attended of 18 held, 1 excused = 15 of 17)', () => {
    expect(summariseAttendance({ held: 18, attended: 15, excused: 1 })).toEqual({
      held: 18,
      attended: 15,
      excused: 1,
      counted: 17,
      percent: 88.2,
    });
    expect(describeAttendance({ held: 18, attended: 15, excused: 1 })).toBe('15 of 17 sessions attended (88.2 %), 1 excused');
  });

  it('rounds down to one decimal, never showing more than the learner has (2 of 3 = 66.6 %, not 66.7 %)', () => {
    expect(attendancePercent({ held: 3, attended: 2, excused: 0 })).toBe(66.6);
    expect(attendancePercent({ held: 6, attended: 5, excused: 0 })).toBe(83.3);
  });

  it('shows whole percentages without a decimal: 100 % for all attended, 0 % for none', () => {
    expect(describeAttendance({ held: 6, attended: 6, excused: 0 })).toBe('6 of 6 sessions attended (100 %)');
    expect(describeAttendance({ held: 1, attended: 0, excused: 0 })).toBe('0 of 1 session attended (0 %)');
  });

  it('has no percent before any session is held (0 held → null, never 0 % or NaN)', () => {
    expect(summariseAttendance({ held: 0, attended: 0, excused: 0 }).percent).toBeNull();
    expect(describeAttendance({ held: 0, attended: 0, excused: 0 })).toBe('No live session has been held yet');
  });

  it('has no percent when every session held was excused (3 held, 3 excused → null, not 0 %)', () => {
    expect(summariseAttendance({ held: 3, attended: 0, excused: 3 })).toMatchObject({ counted: 0, percent: null });
    expect(describeAttendance({ held: 3, attended: 0, excused: 3 })).toBe('All 3 sessions held so far excused');
    expect(meetsAttendance({ held: 3, attended: 0, excused: 3 }, 75)).toBe(false);
  });

  it('clamps impossible counts instead of going above 100 % (attended + excused > held, negatives)', () => {
    expect(summariseAttendance({ held: 4, attended: 4, excused: 1 })).toMatchObject({ counted: 3, attended: 3, percent: 100 });
    expect(summariseAttendance({ held: 2, attended: -1, excused: 5 })).toMatchObject({ held: 2, excused: 2, attended: 0, percent: null });
  });

  it('meets the minimum exactly at the boundary (75 % of 20 = 15) and not a hair below (2,999 of 4,000 = 74.97 %)', () => {
    expect(meetsAttendance({ held: 20, attended: 15, excused: 0 }, 75)).toBe(true);
    expect(meetsAttendance({ held: 20, attended: 14, excused: 0 }, 75)).toBe(false);
    expect(meetsAttendance({ held: 4000, attended: 2999, excused: 0 }, 75)).toBe(false);
    expect(attendancePercent({ held: 4000, attended: 2999, excused: 0 })).toBe(74.9);
  });

  it('an excused session can lift a learner over the minimum (14 of 18 = 77.7 % → with 2 excused 14 of 16 = 87.5 %)', () => {
    expect(meetsAttendance({ held: 19, attended: 14, excused: 0 }, 75)).toBe(false);
    expect(meetsAttendance({ held: 19, attended: 14, excused: 1 }, 75)).toBe(true);
    expect(attendancePercent({ held: 18, attended: 14, excused: 2 })).toBe(87.5);
  });

  it('a minimum of 0 is always met, even before any session', () => {
    expect(meetsAttendance({ held: 0, attended: 0, excused: 0 }, 0)).toBe(true);
  });

  it('eligibility and its evidence say the same sentence and verdict as every other screen', () => {
    const counts = { held: 18, attended: 15, excused: 1 };
    const fact = evaluateEligibility({
      criteria: { allAssignmentsPassed: false, minAttendancePercent: 75, coachingSessionsRequired: 0 },
      assignments: [],
      attendance: counts,
      coachingHeld: [],
    }).facts[0];
    expect(fact).toMatchObject({ kind: 'ATTENDANCE', met: true, detail: describeAttendance(counts) });
  });
});
