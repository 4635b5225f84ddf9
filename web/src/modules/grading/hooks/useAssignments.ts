import { useMutation, useQuery } from '@apollo/client/react';
import {
  MyAssignmentsDocument,
  SubmitAssignmentDocument,
  type MyAssignmentsQuery,
  type SubmissionFieldsFragment,
} from '../../../gql/graphql';

export type MyAssignment = MyAssignmentsQuery['myAssignments'][number];
export type SubmissionView = SubmissionFieldsFragment;

/** The learner's weeks in one enrolment; every week's slot on the home shares this one request. */
export function useMyAssignments(enrolmentId: string) {
  return useQuery(MyAssignmentsDocument, { variables: { enrolmentId }, fetchPolicy: 'cache-and-network' });
}

/** A new version changes the week's progress, the learner's home and whether they can submit again. */
export function useSubmitAssignment() {
  return useMutation(SubmitAssignmentDocument, { refetchQueries: [MyAssignmentsDocument], awaitRefetchQueries: true });
}
