import { useMutation, useQuery } from '@apollo/client/react';
import { defineMessages, type IntlShape, type MessageDescriptor, type NoMessageValues } from 'react-intl';
import {
  AssignCoachDocument,
  CancelLiveSessionDocument,
  CohortDocument,
  CohortsDocument,
  CreateCohortDocument,
  EnrolLearnerDocument,
  ImportEnrolmentsDocument,
  LiveSessionsDocument,
  RosterDocument,
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
const moves = defineMessages({
  open: { id: 'cohort.statusActions.open', defaultMessage: 'Open for enrolment' },
  run: { id: 'cohort.statusActions.run', defaultMessage: 'Start running' },
  backToDraft: { id: 'cohort.statusActions.backToDraft', defaultMessage: 'Back to draft' },
  complete: { id: 'cohort.statusActions.complete', defaultMessage: 'Mark completed' },
  archive: { id: 'cohort.statusActions.archive', defaultMessage: 'Archive' },
});

export const NEXT_STATUS: Record<CohortStatus, { status: CohortStatus; label: MessageDescriptor }[]> = {
  DRAFT: [{ status: 'OPEN', label: moves.open }],
  OPEN: [
    { status: 'RUNNING', label: moves.run },
    { status: 'DRAFT', label: moves.backToDraft },
  ],
  RUNNING: [{ status: 'COMPLETED', label: moves.complete }],
  COMPLETED: [{ status: 'ARCHIVED', label: moves.archive }],
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

/** Learners per page of the roster: the demo cohorts (under 50) fit on one. */
export const ROSTER_PAGE = 50;

/** One page of a cohort's roster, narrowed by a search on name or email; the last page stays shown while the next loads. */
export function useRoster(cohortId: string, search: string, page: number) {
  const query = useQuery(RosterDocument, {
    variables: { cohortId, first: ROSTER_PAGE, offset: page * ROSTER_PAGE, search: search.trim() || undefined },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const data = query.data ?? query.previousData;
  return { ...query, data, enrolments: data?.roster.items ?? [], total: data?.roster.total ?? 0 };
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
  return useMutation(EnrolLearnerDocument, { refetchQueries: [RosterDocument, CohortDocument], awaitRefetchQueries: true });
}

export function useImportEnrolments() {
  return useMutation(ImportEnrolmentsDocument, { refetchQueries: [RosterDocument, CohortDocument], awaitRefetchQueries: true });
}

export function useWithdrawEnrolment() {
  return useMutation(WithdrawEnrolmentDocument, { refetchQueries: [CohortDocument] });
}

const weekLine = defineMessages<{ starts: { date: string }; ended: NoMessageValues; week: { week: number; weeks: number } }>({
  starts: { id: 'cohort.weekLine.starts', defaultMessage: 'Starts {date}' },
  ended: { id: 'cohort.weekLine.ended', defaultMessage: 'Ended' },
  week: { id: 'cohort.weekLine.week', defaultMessage: 'Week {week, number} of {weeks, number}' },
});

/**
 * "Week 3 of 7", "Starts 14 Dec 2026", "Ended", in the display language of `intl`
 * (`useIntl()`); `startsOn` is the start date already formatted (formatLocalDate).
 */
export function cohortWeekLine(
  c: Pick<CohortView, 'currentWeek' | 'programme' | 'startDate'>,
  startsOn: string,
  intl: Pick<IntlShape, 'formatMessage'>,
): string {
  if (c.currentWeek === 0) return intl.formatMessage(weekLine.starts, { date: startsOn });
  if (c.currentWeek > c.programme.weeks) return intl.formatMessage(weekLine.ended);
  return intl.formatMessage(weekLine.week, { week: c.currentWeek, weeks: c.programme.weeks });
}
