import { describe, expect, it } from '@jest/globals';
import {
  COHORT_STATUSES,
  CohortStatus,
  CREDENTIAL_STATUSES,
  EnrolmentStatus,
  ENROLMENT_STATUSES,
  GRADING_STATES,
  INVITATION_STATES,
  INVITATION_STATUSES,
  InvitationState,
  OUTBOX_STATUSES,
  isEndedCohort,
  isLiveCohort,
  REVIEW_STATES,
} from '../status.js';

describe('statuses, each defined once', () => {
  it('names every value of a status by itself (what GraphQL enums and the code read)', () => {
    expect(Object.values(EnrolmentStatus)).toEqual([...ENROLMENT_STATUSES]);
    expect(Object.keys(CohortStatus)).toEqual([...COHORT_STATUSES]);
    expect(EnrolmentStatus.WITHDRAWN).toBe('WITHDRAWN');
  });

  it('has a submission awaiting review or in one of its review’s states', () => {
    expect(GRADING_STATES).toEqual(['SUBMITTED', ...REVIEW_STATES]);
  });

  it('keeps the values of the GraphQL enums and the stored columns', () => {
    expect(CREDENTIAL_STATUSES).toEqual(['ACTIVE', 'REVOKED', 'EXPIRED']);
    expect(OUTBOX_STATUSES).toEqual(['QUEUED', 'SENT', 'KEPT', 'FAILED']);
    expect(Object.keys(InvitationState)).toEqual(['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED']);
  });

  it('shows an invitation in its stored status or, pending past its date, EXPIRED', () => {
    expect(INVITATION_STATES).toEqual([...INVITATION_STATUSES, 'EXPIRED']);
  });

  it('calls open and running cohorts live, completed and archived ones ended, and a draft neither', () => {
    expect(COHORT_STATUSES.filter(isLiveCohort)).toEqual(['OPEN', 'RUNNING']);
    expect(COHORT_STATUSES.filter(isEndedCohort)).toEqual(['COMPLETED', 'ARCHIVED']);
    expect(isLiveCohort('DRAFT') || isEndedCohort('DRAFT')).toBe(false);
  });
});
