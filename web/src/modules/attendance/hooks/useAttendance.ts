import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { defineMessages, type MessageDescriptor } from 'react-intl';
import {
  AttendanceSheetDocument,
  CohortsDocument,
  LiveSessionsDocument,
  RecordAttendanceDocument,
  type AttendanceStatus,
} from '../../../gql/graphql';
import { useCohort, useLiveSessions } from '../../cohort/hooks/useCohorts';

export const ATTENDANCE_LABEL: Record<AttendanceStatus, MessageDescriptor> = defineMessages({
  PRESENT: { id: 'attendance.status.present', defaultMessage: 'Present' },
  ABSENT: { id: 'attendance.status.absent', defaultMessage: 'Absent' },
  EXCUSED: { id: 'attendance.status.excused', defaultMessage: 'Excused' },
});
export const ATTENDANCE_ORDER: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

/**
 * The cohort a session belongs to. Links inside the app carry it (?cohort=); for an address
 * typed or shared without it, the viewer's cohorts are searched (a coach runs only a few).
 */
export function useSessionCohortId(
  sessionId: string,
  hint: string | null,
): { cohortId: string | null; searching: boolean; missing: boolean } {
  const client = useApolloClient();
  const [found, setFound] = useState<{ id: string | null; done: boolean }>({ id: hint, done: !!hint });
  useEffect(() => {
    if (hint) return;
    let live = true;
    void (async () => {
      try {
        const { data } = await client.query({ query: CohortsDocument, variables: { first: 100, offset: 0 } });
        for (const c of data?.cohorts ?? []) {
          const sessions = await client.query({ query: LiveSessionsDocument, variables: { cohortId: c.id } });
          if (sessions.data?.liveSessions.some((s) => s.id === sessionId)) {
            if (live) setFound({ id: c.id, done: true });
            return;
          }
        }
      } catch {
        // the attendance query below reports what went wrong
      }
      if (live) setFound({ id: null, done: true });
    })();
    return () => {
      live = false;
    };
  }, [client, hint, sessionId]);
  return { cohortId: found.id, searching: !found.done, missing: found.done && !found.id };
}

export function useSessionDetails(sessionId: string, cohortId: string) {
  const cohort = useCohort(cohortId);
  const sessions = useLiveSessions(cohortId);
  const session = sessions.data?.liveSessions.find((s) => s.id === sessionId) ?? null;
  return {
    cohort: cohort.data?.cohort ?? null,
    session,
    loading: (cohort.loading && !cohort.data) || (sessions.loading && !sessions.data),
    error: cohort.error ?? sessions.error,
  };
}

/** Learners per page of the attendance sheet. */
export const ATTENDANCE_PAGE = 50;

/** One page of a session's attendance sheet, by name, narrowed by a search; the last page stays shown while the next loads. */
export function useAttendanceSheet(sessionId: string, search: string, page: number) {
  const query = useQuery(AttendanceSheetDocument, {
    variables: { sessionId, first: ATTENDANCE_PAGE, offset: page * ATTENDANCE_PAGE, search: search.trim() || undefined },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const data = query.data ?? query.previousData;
  return { ...query, data, sheet: data?.attendanceSheet ?? null };
}

/**
 * The page on screen is read again before the answer comes back, so that what was saved shows
 * as saved; the rosters elsewhere read theirs when next shown (cache-and-network).
 */
export function useRecordAttendance() {
  return useMutation(RecordAttendanceDocument, { refetchQueries: ['AttendanceSheet'], awaitRefetchQueries: true });
}
