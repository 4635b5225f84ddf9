import { describe, expect, it } from '@jest/globals';
import {
  COHORT_STATUSES,
  CohortStatus,
  EnrolmentStatus,
  ENROLMENT_STATUSES,
  GRADING_STATES,
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

  it('calls open and running cohorts live, completed and archived ones ended, and a draft neither', () => {
    expect(COHORT_STATUSES.filter(isLiveCohort)).toEqual(['OPEN', 'RUNNING']);
    expect(COHORT_STATUSES.filter(isEndedCohort)).toEqual(['COMPLETED', 'ARCHIVED']);
    expect(isLiveCohort('DRAFT') || isEndedCohort('DRAFT')).toBe(false);
  });
});
