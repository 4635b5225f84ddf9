import { useMutation, useQuery } from '@apollo/client/react';
import {
  GradingQueueDocument,
  GradingSummaryDocument,
  ReleaseReviewDocument,
  ReviewAuditDocument,
  SaveReviewDocument,
  SubmissionDocument,
  type GradingQueueFilter,
  type GradingQueueQuery,
  type SubmissionQuery,
} from '../../../gql/graphql';

export type QueueItem = GradingQueueQuery['gradingQueue']['items'][number];
export type GradedSubmission = SubmissionQuery['submission'];

export const QUEUE_PAGE = 20;

export function useGradingSummary() {
  return useQuery(GradingSummaryDocument, { fetchPolicy: 'cache-and-network' });
}

export function useGradingQueue(filter: GradingQueueFilter, page: number) {
  return useQuery(GradingQueueDocument, {
    variables: { filter, first: QUEUE_PAGE, offset: page * QUEUE_PAGE },
    fetchPolicy: 'cache-and-network',
  });
}

export function useSubmission(id: string) {
  return useQuery(SubmissionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export function useReviewAudit(submissionId: string) {
  return useQuery(ReviewAuditDocument, { variables: { submissionId }, fetchPolicy: 'cache-and-network' });
}

// a review's state shows in the queue, the coach's home card, the audit trail and the gradebook
const AFTER_REVIEW = ['Submission', 'ReviewAudit', 'GradingQueue', 'GradingSummary', 'Gradebook'];

export function useSaveReview() {
  return useMutation(SaveReviewDocument, { refetchQueries: AFTER_REVIEW, awaitRefetchQueries: true });
}

export function useReleaseReview() {
  return useMutation(ReleaseReviewDocument, { refetchQueries: AFTER_REVIEW, awaitRefetchQueries: true });
}
