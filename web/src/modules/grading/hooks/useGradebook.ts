import { useMutation, useQuery } from '@apollo/client/react';
import {
  CohortDueDatesDocument,
  CohortGradingSummaryDocument,
  GradebookDocument,
  SetCohortDueDateDocument,
  SetDueExtensionDocument,
  type GradebookQuery,
  type WeekDueDatesFieldsFragment,
  type GradebookSummaryFieldsFragment,
} from '../../../gql/graphql';

export type GradebookView = GradebookQuery['gradebook'];
export type GradebookRow = GradebookView['rows'][number];
export type GradebookCell = GradebookRow['cells'][number];
export type WeekDues = WeekDueDatesFieldsFragment;
export type GradebookSummary = GradebookSummaryFieldsFragment;

/** Learners per page of the gradebook: the demo cohorts (under 50) fit on one. */
export const GRADEBOOK_PAGE = 50;

/**
 * One page of a cohort's gradebook, narrowed by a search on name or email; the last page stays
 * shown while the next loads. `links`: with each cell's submission id (a coach's links to it).
 */
export function useGradebook(cohortId: string, search: string, page: number, links: boolean) {
  const query = useQuery(GradebookDocument, {
    variables: { cohortId, first: GRADEBOOK_PAGE, offset: page * GRADEBOOK_PAGE, search: search.trim() || undefined, links },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  return { ...query, data: query.data ?? query.previousData };
}

/** The whole cohort's grading in counts, without the rows (the cohort page's line). */
export function useGradingSummary(cohortId: string) {
  return useQuery(CohortGradingSummaryDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
}

export function useCohortDueDates(cohortId: string) {
  return useQuery(CohortDueDatesDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
}

// a due point moves the late and overdue marks in the gradebook as well as the week's dates
const AFTER_DUE = [CohortDueDatesDocument, GradebookDocument, CohortGradingSummaryDocument];

export function useSetCohortDueDate() {
  return useMutation(SetCohortDueDateDocument, { refetchQueries: AFTER_DUE, awaitRefetchQueries: true });
}

export function useSetDueExtension() {
  return useMutation(SetDueExtensionDocument, { refetchQueries: AFTER_DUE, awaitRefetchQueries: true });
}
