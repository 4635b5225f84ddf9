import { useMutation, useQuery } from '@apollo/client/react';
import {
  AssignCoachDocument,
  CancelLiveSessionDocument,
  CohortDocument,
  CohortsDocument,
  CreateCohortDocument,
  EnrolLearnerDocument,
  EnrolmentsDocument,
  ImportEnrolmentsDocument,
  LiveSessionsDocument,
  SetCohortStatusDocument,
  UnassignCoachDocument,
  UpdateLiveSessionDocument,
  WithdrawEnrolmentDocument,
  type CohortFieldsFragment,
  type CohortStatus,
} from '../../../gql/graphql';

export type CohortView = CohortFieldsFragment;

export const COHORTS_PAGE = 100;

/** The only moves a cohort's status can make (the API refuses the rest). */
export const NEXT_STATUS: Record<CohortStatus, { status: CohortStatus; label: string }[]> = {
  DRAFT: [{ status: 'OPEN', label: 'Open for enrolment' }],
  OPEN: [
    { status: 'RUNNING', label: 'Start running' },
    { status: 'DRAFT', label: 'Back to draft' },
  ],
  RUNNING: [{ status: 'COMPLETED', label: 'Mark completed' }],
  COMPLETED: [{ status: 'ARCHIVED', label: 'Archive' }],
  ARCHIVED: [],
};

export function useCohorts(partnerId?: string) {
  return useQuery(CohortsDocument, { variables: { partnerId, first: COHORTS_PAGE, offset: 0 }, fetchPolicy: 'cache-and-network' });
}

export function useCohort(id: string) {
  return useQuery(CohortDocument, { variables: { id } });
}

export function useLiveSessions(cohortId: string) {
  return useQuery(LiveSessionsDocument, { variables: { cohortId } });
}

export function useEnrolments(cohortId: string) {
  return useQuery(EnrolmentsDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
}

export function useCreateCohort() {
  return useMutation(CreateCohortDocument, { refetchQueries: [CohortsDocument] });
}

export function useSetCohortStatus() {
  return useMutation(SetCohortStatusDocument);
}

export function useAssignCoach() {
  return useMutation(AssignCoachDocument);
}

export function useUnassignCoach() {
  return useMutation(UnassignCoachDocument);
}

export function useUpdateLiveSession() {
  return useMutation(UpdateLiveSessionDocument);
}

export function useCancelLiveSession() {
  return useMutation(CancelLiveSessionDocument);
}

/** Enrolling changes the roster and the seats taken, so both are read again. */
export function useEnrolLearner() {
  return useMutation(EnrolLearnerDocument, { refetchQueries: [EnrolmentsDocument, CohortDocument], awaitRefetchQueries: true });
}

export function useImportEnrolments() {
  return useMutation(ImportEnrolmentsDocument, { refetchQueries: [EnrolmentsDocument, CohortDocument], awaitRefetchQueries: true });
}

export function useWithdrawEnrolment() {
  return useMutation(WithdrawEnrolmentDocument, { refetchQueries: [CohortDocument] });
}

/** "Week 3 of 7", "Starts 14 Dec 2026", "Ended". */
export function cohortWeekLine(c: Pick<CohortView, 'currentWeek' | 'programme' | 'startDate'>, startsOn: string): string {
  if (c.currentWeek === 0) return `Starts ${startsOn}`;
  if (c.currentWeek > c.programme.weeks) return 'Ended';
  return `Week ${c.currentWeek} of ${c.programme.weeks}`;
}
