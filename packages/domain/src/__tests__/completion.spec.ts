import { describe, expect, it } from '@jest/globals';
import { attendancePercent } from '../attendance.util.js';
import { evaluateEligibility, type EligibilityInput } from '../completion.util.js';

const base: EligibilityInput = {
  criteria: { allAssignmentsPassed: true, minAttendancePercent: 75, coachingSessionsRequired: 2 },
  assignments: [1, 2, 3].map((week) => ({ week, title: `A${week}`, passedAt: new Date(`2026-11-0${week}T10:00:00Z`) })),
  attendance: { held: 18, attended: 14, excused: 0 },
  coachingHeld: [new Date('2026-11-02T09:00:00Z'), new Date('2026-11-09T09:00:00Z')],
};

describe('completion criteria', () => {
  it('is eligible when every criterion is met, with a fact for each', () => {
    const r = evaluateEligibility(base);
    expect(r.eligible).toBe(true);
    expect(r.facts.map((f) => [f.kind, f.met])).toEqual([
      ['ASSIGNMENT', true],
      ['ASSIGNMENT', true],
      ['ASSIGNMENT', true],
      ['ATTENDANCE', true],
      ['COACHING', true],
    ]);
    expect(r.facts[4].at).toBe('2026-11-09T09:00:00.000Z');
  });

  it('says what is left: an assignment not passed, too little attendance, one coaching session', () => {
    const r = evaluateEligibility({
      ...base,
      assignments: [...base.assignments.slice(0, 2), { week: 3, title: 'A3', passedAt: null }],
      attendance: { held: 18, attended: 13, excused: 0 },
      coachingHeld: base.coachingHeld.slice(0, 1),
    });
    expect(r.eligible).toBe(false);
    expect(r.facts.filter((f) => !f.met).map((f) => f.detail)).toEqual([
      '“A3” not passed yet',
      '13 of 18 sessions attended (72.2 %)',
      '1 of 2 held',
    ]);
  });

  it('puts the attendance boundary exactly at the minimum (75% of 20 = 15) and discounts excused sessions', () => {
    expect(
      evaluateEligibility({ ...base, attendance: { held: 20, attended: 15, excused: 0 } }).facts.find((f) => f.kind === 'ATTENDANCE')!.met,
    ).toBe(true);
    expect(
      evaluateEligibility({ ...base, attendance: { held: 20, attended: 14, excused: 0 } }).facts.find((f) => f.kind === 'ATTENDANCE')!.met,
    ).toBe(false);
    // 14 of 18 = 77.77… %, rounded down so the shown figure never overstates it
    expect(attendancePercent({ held: 20, attended: 14, excused: 2 })).toBe(77.7);
  });

  it('is not met before any session is held', () => {
    const r = evaluateEligibility({ ...base, attendance: { held: 0, attended: 0, excused: 0 } });
    expect(r.facts.find((f) => f.kind === 'ATTENDANCE')).toMatchObject({ met: false, detail: 'No live session has been held yet' });
  });

  it('leaves out criteria the programme does not set', () => {
    const r = evaluateEligibility({
      ...base,
      criteria: { allAssignmentsPassed: false, minAttendancePercent: 0, coachingSessionsRequired: 0 },
    });
    expect(r).toEqual({ eligible: true, facts: [] });
  });
});
