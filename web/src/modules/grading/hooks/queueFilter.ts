import type { GradingQueueFilter, GradingState } from '../../../gql/graphql';

export const QUEUE_STATES: GradingState[] = ['SUBMITTED', 'DRAFT', 'RELEASED'];

/** The queue's filter as the address keeps it (`cohort`, `week`, `state`; "To grade" when no state is given). */
export function queueFilterOf(params: URLSearchParams): GradingQueueFilter {
  const cohortId = params.get('cohort') ?? '';
  const week = Number(params.get('week')) || null;
  const stateParam = params.get('state');
  const state: GradingState | null =
    stateParam === 'ALL' ? null : QUEUE_STATES.includes(stateParam as GradingState) ? (stateParam as GradingState) : 'SUBMITTED';
  return { cohortId: cohortId || null, week, state };
}

/** The part of the address a grading page carries along, so previous/next follow the queue the coach came from. */
export function queueSearch(params: URLSearchParams): string {
  const keep = new URLSearchParams([...params].filter(([k]) => k === 'cohort' || k === 'week' || k === 'state'));
  const s = keep.toString();
  return s ? `?${s}` : '';
}
