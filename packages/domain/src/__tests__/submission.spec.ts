import { describe, expect, it } from '@jest/globals';
import { submitBlocker, type SubmitContext } from '../submission.util.js';

const base: SubmitContext = { week: 2, enrolmentStatus: 'ACTIVE', cohortStatus: 'RUNNING', weekOpen: true, latest: null };

describe('who may submit (or resubmit)', () => {
  it('lets an active learner submit a first version in an open week', () => {
    expect(submitBlocker(base)).toBeNull();
  });

  it('allows a new version before any review is released (none yet, or a draft)', () => {
    expect(submitBlocker({ ...base, latest: { state: 'SUBMITTED', verdict: null } })).toBeNull();
    expect(submitBlocker({ ...base, latest: { state: 'DRAFT', verdict: 'PASS' } })).toBeNull();
  });

  it('allows a new version after a released REVISE, not after a released PASS or FAIL', () => {
    expect(submitBlocker({ ...base, latest: { state: 'RELEASED', verdict: 'REVISE' } })).toBeNull();
    expect(submitBlocker({ ...base, latest: { state: 'RELEASED', verdict: 'PASS' } })).toMatch(/has passed/);
    expect(submitBlocker({ ...base, latest: { state: 'RELEASED', verdict: 'FAIL' } })).toMatch(/not passed/);
  });

  it('refuses a locked week, a withdrawn or invited learner and an ended cohort', () => {
    expect(submitBlocker({ ...base, weekOpen: false })).toBe('Week 2 is not open yet');
    expect(
      submitBlocker({ ...base, weekOpen: false, opens: { at: new Date('2026-11-15T22:00:00Z'), timeZone: 'Africa/Johannesburg' } }),
    ).toBe('Week 2 is not open yet (it opens Mon 16 Nov, 00:00 GMT+2)');
    expect(submitBlocker({ ...base, enrolmentStatus: 'WITHDRAWN' })).toMatch(/withdrawn/);
    expect(submitBlocker({ ...base, enrolmentStatus: 'INVITED' })).toMatch(/invitation/);
    expect(submitBlocker({ ...base, cohortStatus: 'COMPLETED' })).toMatch(/ended/);
    expect(submitBlocker({ ...base, enrolmentStatus: 'COMPLETED' })).toMatch(/ended/);
  });

  it('names withdrawal before anything else', () => {
    expect(submitBlocker({ ...base, enrolmentStatus: 'WITHDRAWN', weekOpen: false, cohortStatus: 'COMPLETED' })).toMatch(/withdrawn/);
  });
});
