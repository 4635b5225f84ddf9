import { useMutation, useQuery } from '@apollo/client/react';
import { CohortDueDatesDocument, GradebookDocument, SetCohortDueDateDocument, SetDueExtensionDocument, type GradebookQuery, type WeekDueDatesFieldsFragment } from '../../../gql/graphql';

export type GradebookView = GradebookQuery['gradebook'];
export type GradebookRow = GradebookView['rows'][number];
export type GradebookCell = GradebookRow['cells'][number];
export type WeekDues = WeekDueDatesFieldsFragment;

export function useGradebook(cohortId: string) {
  return useQuery(GradebookDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
}

export function useCohortDueDates(cohortId: string) {
  return useQuery(CohortDueDatesDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
}

// a due point moves the late and overdue marks in the gradebook as well as the week's dates
const AFTER_DUE = [CohortDueDatesDocument, GradebookDocument];

export function useSetCohortDueDate() {
  return useMutation(SetCohortDueDateDocument, { refetchQueries: AFTER_DUE, awaitRefetchQueries: true });
}

export function useSetDueExtension() {
  return useMutation(SetDueExtensionDocument, { refetchQueries: AFTER_DUE, awaitRefetchQueries: true });
}
