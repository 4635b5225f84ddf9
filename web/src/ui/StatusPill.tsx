import type { CohortStatus, EnrolmentStatus } from '../gql/graphql';

export const COHORT_STATUS_LABEL: Record<CohortStatus, string> = { DRAFT: 'Draft', OPEN: 'Open for enrolment', RUNNING: 'Running', COMPLETED: 'Completed', ARCHIVED: 'Archived' };
export const ENROLMENT_STATUS_LABEL: Record<EnrolmentStatus, string> = { INVITED: 'Invited', ACTIVE: 'Active', WITHDRAWN: 'Withdrawn', COMPLETED: 'Completed' };

export function CohortStatusPill({ status }: { status: CohortStatus }) {
  return <span className={`pill pill-status-${status.toLowerCase()}`}>{COHORT_STATUS_LABEL[status]}</span>;
}

export function EnrolmentStatusPill({ status }: { status: EnrolmentStatus }) {
  return <span className={`pill pill-enrolment-${status.toLowerCase()}`}>{ENROLMENT_STATUS_LABEL[status]}</span>;
}
