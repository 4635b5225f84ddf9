import { useQuery } from '@apollo/client/react';
import { CoachRosterDocument } from '../../../gql/graphql';

/** Learners per page of the coach's list: a cohort's card stays short enough to reach the next. */
export const COACH_ROSTER_PAGE = 25;

/**
 * One page of a cohort's learners as a coach reads them (lowest attendance first, withdrawn ones
 * left out), narrowed by a search on name or email; the last page stays shown while the next loads.
 */
export function useCoachRoster(cohortId: string, search: string, page: number) {
  const query = useQuery(CoachRosterDocument, {
    variables: { cohortId, first: COACH_ROSTER_PAGE, offset: page * COACH_ROSTER_PAGE, search: search.trim() || undefined },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const data = query.data ?? query.previousData;
  return {
    ...query,
    data,
    learners: data?.roster.items ?? [],
    total: data?.roster.total ?? 0,
    belowMinimum: data?.roster.belowMinimumAttendance ?? 0,
  };
}
