import { describe, expect, it } from '@jest/globals';
import { assessRisk, attendancePath, credentialPath, median, outcomeRate, weekRanges, type RiskInput } from '../outcome.util.js';

const DAY = 86_400_000;
const start = new Date('2026-11-02T00:00:00Z');
const end = new Date(start.getTime() + 49 * DAY);
/** Day 17 of a seven-week cohort (week 3): weeks 1–2 due, 3–7 to come. */
const now = new Date(start.getTime() + 17 * DAY);
const dueOf = (week: number) => new Date(start.getTime() + ((week - 1) * 7 + 6) * DAY);

const onTrack: RiskInput = {
  criteria: { allAssignmentsPassed: true, minAttendancePercent: 75, coachingSessionsRequired: 2 },
  now,
  startsAt: start,
  endsAt: end,
  currentWeek: 3,
  weeks: [1, 2, 3, 4, 5, 6, 7].map((week) => ({
    week,
    dueAt: dueOf(week),
    standing: week <= 2 ? ('PASSED' as const) : ('NOT_SUBMITTED' as const),
  })),
  attendance: { held: 7, attended: 7, excused: 0, remaining: 11 },
  coaching: { held: 0, upcoming: 1 },
  lastActivityAt: new Date(now.getTime() - DAY),
};

describe('attendance still needed', () => {
  it('exactly at the minimum is enough: 75 % of 20 sessions is 15, and 15 attended need nothing more', () => {
    expect(attendancePath({ held: 20, attended: 15, excused: 0, remaining: 0 }, 75)).toEqual({
      toAttend: 0,
      remaining: 0,
      reachable: true,
    });
  });

  it('rounds the minimum up: 75 % of 18 sessions is 13.5, so 14 are needed', () => {
    expect(attendancePath({ held: 9, attended: 5, excused: 0, remaining: 9 }, 75)).toEqual({ toAttend: 9, remaining: 9, reachable: true });
  });

  it('one session short: needing 10 with 9 remaining is unreachable', () => {
    expect(attendancePath({ held: 9, attended: 4, excused: 0, remaining: 9 }, 75)).toEqual({
      toAttend: 10,
      remaining: 9,
      reachable: false,
    });
  });

  it('excused sessions leave the base: 2 excused of 18 need 12 attended', () => {
    expect(attendancePath({ held: 8, attended: 6, excused: 2, remaining: 10 }, 75).toAttend).toBe(6);
  });

  it('no minimum, nothing to attend', () => {
    expect(attendancePath({ held: 3, attended: 0, excused: 0, remaining: 0 }, 0)).toEqual({ toAttend: 0, remaining: 0, reachable: true });
  });
});

describe('path to the credential', () => {
  it('tells the learner what is left in one sentence', () => {
    const p = credentialPath({ ...onTrack, attendance: { held: 9, attended: 7, excused: 0, remaining: 9 } });
    expect(p.reachable).toBe(true);
    expect(p.summary).toBe(
      'Still reachable: attend 7 of the 9 remaining sessions, pass weeks 3–7 and hold 2 coaching sessions (1 booked).',
    );
  });

  it('a released fail closes the week: unreachable, and says which week', () => {
    const p = credentialPath({ ...onTrack, weeks: onTrack.weeks.map((w) => (w.week === 2 ? { ...w, standing: 'FAILED' as const } : w)) });
    expect(p.reachable).toBe(false);
    expect(p.weeksLost).toEqual([2]);
    expect(p.summary).toMatch(/^No longer reachable: week 2 can no longer pass/);
  });

  it('after the end a week awaiting review can still pass, but a week never submitted cannot', () => {
    const after = new Date(end.getTime() + DAY);
    const weeks = onTrack.weeks.map((w) => ({ ...w, standing: w.week === 7 ? ('AWAITING_REVIEW' as const) : ('PASSED' as const) }));
    const base = {
      ...onTrack,
      now: after,
      weeks,
      attendance: { held: 18, attended: 18, excused: 0, remaining: 0 },
      coaching: { held: 2, upcoming: 0 },
    };
    expect(credentialPath(base).reachable).toBe(true);
    expect(
      credentialPath({ ...base, weeks: weeks.map((w) => (w.week === 7 ? { ...w, standing: 'NOT_SUBMITTED' as const } : w)) }).reachable,
    ).toBe(false);
  });

  it('every requirement met', () => {
    const done = credentialPath({
      ...onTrack,
      weeks: onTrack.weeks.map((w) => ({ ...w, standing: 'PASSED' as const })),
      attendance: { held: 18, attended: 14, excused: 0, remaining: 0 },
      coaching: { held: 2, upcoming: 0 },
    });
    expect(done).toMatchObject({ reachable: true, summary: 'Every requirement is met.' });
  });

  it('names week ranges as people say them', () => {
    expect(weekRanges([4, 5, 6, 7])).toBe('weeks 4–7');
    expect(weekRanges([2, 5])).toBe('weeks 2 and 5');
    expect(weekRanges([3])).toBe('week 3');
    expect(weekRanges([1, 2, 4])).toBe('weeks 1, 2 and 4');
  });
});

describe('risk reasons', () => {
  it('a learner on track has none', () => {
    expect(assessRisk(onTrack).reasons).toEqual([]);
  });

  it('an assignment past its due point and not submitted is overdue; one due later is not', () => {
    const weeks = onTrack.weeks.map((w) => (w.week === 2 ? { ...w, standing: 'NOT_SUBMITTED' as const } : w));
    expect(assessRisk({ ...onTrack, weeks }).reasons).toEqual(['OVERDUE_ASSIGNMENT']);
    // exactly at the due point counts as overdue (the submission would be late)
    expect(assessRisk({ ...onTrack, weeks, now: dueOf(2) }).reasons).toContain('OVERDUE_ASSIGNMENT');
    expect(assessRisk({ ...onTrack, weeks, now: new Date(dueOf(2).getTime() - 1) }).reasons).not.toContain('OVERDUE_ASSIGNMENT');
  });

  it('a revision asked for and a failed week are reasons, the failed one also unreachable', () => {
    const weeks = onTrack.weeks.map((w) =>
      w.week === 1 ? { ...w, standing: 'REVISE' as const } : w.week === 2 ? { ...w, standing: 'FAILED' as const } : w,
    );
    expect(assessRisk({ ...onTrack, weeks }).reasons).toEqual(['REVISION_PENDING', 'FAILED_WEEK', 'CREDENTIAL_UNREACHABLE']);
  });

  it('attendance exactly at the minimum is no risk; one session below it is a trend', () => {
    expect(assessRisk({ ...onTrack, attendance: { held: 8, attended: 6, excused: 0, remaining: 10 } }).reasons).toEqual([]);
    expect(assessRisk({ ...onTrack, attendance: { held: 8, attended: 5, excused: 0, remaining: 10 } }).reasons).toEqual([
      'ATTENDANCE_TREND',
    ]);
  });

  it('attendance one session short of what remains is unreachable', () => {
    // 18 sessions, 14 needed: 4 attended of 9 held, 9 remain → 10 needed
    expect(assessRisk({ ...onTrack, attendance: { held: 9, attended: 4, excused: 0, remaining: 9 } }).reasons).toEqual([
      'ATTENDANCE_TREND',
      'CREDENTIAL_UNREACHABLE',
    ]);
  });

  it('no coaching booked counts from week 3, not before', () => {
    const none = { ...onTrack, coaching: { held: 0, upcoming: 0 } };
    expect(assessRisk(none).reasons).toEqual(['NO_COACHING_BOOKED']);
    expect(assessRisk({ ...none, currentWeek: 2 }).reasons).toEqual([]);
    expect(assessRisk({ ...none, coaching: { held: 2, upcoming: 0 } }).reasons).toEqual([]);
  });

  it('inactive after exactly 14 days without activity, counted from the start when there was none', () => {
    expect(assessRisk({ ...onTrack, lastActivityAt: new Date(now.getTime() - 14 * DAY) }).reasons).toEqual(['INACTIVE']);
    expect(assessRisk({ ...onTrack, lastActivityAt: new Date(now.getTime() - 14 * DAY + 1) }).reasons).toEqual([]);
    expect(assessRisk({ ...onTrack, lastActivityAt: null }).reasons).toEqual(['INACTIVE']);
  });
});

describe('measures', () => {
  it('a rate with nothing to divide by is null, not 0', () => {
    expect(outcomeRate(0, 0)).toBeNull();
    expect(outcomeRate(0, 4)).toBe(0);
    expect(outcomeRate(3, 4)).toBe(0.75);
  });

  it('median of odd and even counts, and of none', () => {
    expect(median([])).toBeNull();
    expect(median([50, 40, 60])).toBe(50);
    expect(median([40, 50, 60, 70])).toBe(55);
  });
});
