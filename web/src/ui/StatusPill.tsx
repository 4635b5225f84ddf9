import { defineMessages, FormattedMessage, type MessageDescriptor } from 'react-intl';
import type { CohortStatus, EnrolmentStatus } from '../gql/graphql';

/** A cohort's status, to show: `intl.formatMessage(COHORT_STATUS_MESSAGES[status])`. */
export const COHORT_STATUS_MESSAGES: Record<CohortStatus, MessageDescriptor> = defineMessages({
  DRAFT: { id: 'ui.cohortStatus.draft', defaultMessage: 'Draft' },
  OPEN: { id: 'ui.cohortStatus.open', defaultMessage: 'Open for enrolment' },
  RUNNING: { id: 'ui.cohortStatus.running', defaultMessage: 'Running' },
  COMPLETED: { id: 'ui.cohortStatus.completed', defaultMessage: 'Completed' },
  ARCHIVED: { id: 'ui.cohortStatus.archived', defaultMessage: 'Archived' },
});

/** An enrolment's status, to show: `intl.formatMessage(ENROLMENT_STATUS_MESSAGES[status])`. */
export const ENROLMENT_STATUS_MESSAGES: Record<EnrolmentStatus, MessageDescriptor> = defineMessages({
  INVITED: { id: 'ui.enrolmentStatus.invited', defaultMessage: 'Invited' },
  ACTIVE: { id: 'ui.enrolmentStatus.active', defaultMessage: 'Active' },
  WITHDRAWN: { id: 'ui.enrolmentStatus.withdrawn', defaultMessage: 'Withdrawn' },
  COMPLETED: { id: 'ui.enrolmentStatus.completed', defaultMessage: 'Completed' },
});

/** English labels, for code not shown to people (and pages not yet localised); people read the messages above. */
export const COHORT_STATUS_LABEL: Record<CohortStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open for enrolment',
  RUNNING: 'Running',
  COMPLETED: 'Completed',
  ARCHIVED: 'Archived',
};
export const ENROLMENT_STATUS_LABEL: Record<EnrolmentStatus, string> = {
  INVITED: 'Invited',
  ACTIVE: 'Active',
  WITHDRAWN: 'Withdrawn',
  COMPLETED: 'Completed',
};

export function CohortStatusPill({ status }: { status: CohortStatus }) {
  return (
    <span className={`pill pill-status-${status.toLowerCase()}`}>
      <FormattedMessage {...COHORT_STATUS_MESSAGES[status]} />
    </span>
  );
}

export function EnrolmentStatusPill({ status }: { status: EnrolmentStatus }) {
  return (
    <span className={`pill pill-enrolment-${status.toLowerCase()}`}>
      <FormattedMessage {...ENROLMENT_STATUS_MESSAGES[status]} />
    </span>
  );
}
