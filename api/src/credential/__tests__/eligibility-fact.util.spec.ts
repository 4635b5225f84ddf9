import { describe, expect, it } from '@jest/globals';
import { evaluateEligibility, type EligibilityInput } from '@beacon/domain';
import { eligibilityFactData } from '../eligibility-fact.util.js';

const criteria = { allAssignmentsPassed: true, minAttendancePercent: 75, coachingSessionsRequired: 2 };
const facts = (input: Partial<EligibilityInput>) =>
  evaluateEligibility({ criteria, assignments: [], attendance: { held: 0, attended: 0, excused: 0 }, coachingHeld: [], ...input }).facts;
const of = (kind: string, input: Partial<EligibilityInput>) => eligibilityFactData(facts(input).find((f) => f.kind === kind)!);

/** The numbers read back from the domain's English wording: every form it writes, and what it does not. */
describe('eligibility facts carry their numbers, read back from the domain’s wording', () => {
  it('an assignment: its week and title, passed or not (titles with quotes and line breaks too)', () => {
    expect(of('ASSIGNMENT', { assignments: [{ week: 12, title: 'The “Outside-In” map\nand more', passedAt: new Date() }] })).toMatchObject({
      week: 12,
      assignmentTitle: 'The “Outside-In” map\nand more',
    });
    expect(of('ASSIGNMENT', { assignments: [{ week: 1, title: 'Intro', passedAt: null }] })).toMatchObject({
      week: 1,
      assignmentTitle: 'Intro',
      coachingRequired: null,
    });
  });

  it('attendance: none held yet, all excused (one and many), counts with and without excused, a decimal percent', () => {
    expect(of('ATTENDANCE', {})).toMatchObject({ minAttendancePercent: 75, sessionsHeld: 0, sessionsCounted: 0, attendancePercent: null });
    expect(of('ATTENDANCE', { attendance: { held: 1, attended: 0, excused: 1 } })).toMatchObject({
      sessionsHeld: 1,
      sessionsExcused: 1,
      sessionsCounted: 0,
    });
    expect(of('ATTENDANCE', { attendance: { held: 3, attended: 0, excused: 3 } })).toMatchObject({
      sessionsHeld: 3,
      sessionsExcused: 3,
      sessionsCounted: 0,
    });
    expect(of('ATTENDANCE', { attendance: { held: 18, attended: 15, excused: 1 } })).toMatchObject({
      sessionsHeld: 18,
      sessionsCounted: 17,
      sessionsAttended: 15,
      sessionsExcused: 1,
      attendancePercent: 88.2,
    });
    expect(of('ATTENDANCE', { attendance: { held: 1, attended: 1, excused: 0 } })).toMatchObject({
      sessionsHeld: 1,
      sessionsCounted: 1,
      sessionsAttended: 1,
      sessionsExcused: 0,
      attendancePercent: 100,
    });
  });

  it('coaching: required and held, one session or several', () => {
    expect(of('COACHING', { coachingHeld: [new Date()] })).toMatchObject({ coachingRequired: 2, coachingHeld: 1 });
    const one = evaluateEligibility({
      criteria: { ...criteria, coachingSessionsRequired: 1 },
      assignments: [],
      attendance: { held: 0, attended: 0, excused: 0 },
      coachingHeld: [],
    }).facts;
    expect(eligibilityFactData(one.find((f) => f.kind === 'COACHING')!)).toMatchObject({ coachingRequired: 1, coachingHeld: 0 });
  });

  it('leaves the numbers null for a wording it does not know, rather than guessing', () => {
    expect(eligibilityFactData({ kind: 'ATTENDANCE', label: 'Something else', detail: 'else' })).toMatchObject({
      minAttendancePercent: null,
      sessionsHeld: null,
      attendancePercent: null,
    });
    expect(eligibilityFactData({ kind: 'ASSIGNMENT', label: 'Week one', detail: 'x' })).toMatchObject({
      week: null,
      assignmentTitle: null,
    });
  });
});
