import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  BookCoachingDocument,
  CancelBookingDocument,
  CoachingEnrolmentsDocument,
  CoachingSlotsDocument,
  CohortBookingsDocument,
  MyAvailabilityDocument,
  MyBookingsDocument,
  MyUpcomingCoachingSessionsDocument,
  RescheduleBookingDocument,
  SetAvailabilityDocument,
  type BookingFieldsFragment,
  type CoachingSlotsQuery,
} from '../../../gql/graphql';

export type Booking = BookingFieldsFragment;
export type Entitlement = CoachingSlotsQuery['coachingSlots'];
export type CoachSlots = Entitlement['coaches'][number];
export type Slot = CoachSlots['slots'][number];

export const BOOKINGS_PAGE = 100;
const HOUR = 60 * 60_000;
export const DAY = 24 * HOUR;
/** how many days of slots the picker shows at a time */
export const SLOT_WINDOW_DAYS = 14;
/** how many windows ahead a learner may page (the API answers at most 62 days at once) */
export const SLOT_WINDOWS = 4;

/**
 * The start of the current hour: a moment that stays put while pages are open, so the slot and
 * booking queries keep the same variables (and share one cache entry) across the learner's home
 * and the coaching page. The API never offers a slot in the past, whatever `from` says.
 */
function hourStart(): number {
  return Math.floor(Date.now() / HOUR) * HOUR;
}

export function useHourStart(): number {
  const [start] = useState(hourStart);
  return start;
}

/** A learner's coaching entitlement and each coach's open slots, `page` fortnights from now. */
export function useCoachingSlots(enrolmentId: string, page = 0) {
  const start = useHourStart() + page * SLOT_WINDOW_DAYS * DAY;
  return useQuery(CoachingSlotsDocument, {
    variables: { enrolmentId, from: new Date(start).toISOString(), to: new Date(start + SLOT_WINDOW_DAYS * DAY).toISOString() },
    fetchPolicy: 'cache-and-network',
  });
}

export function useCoachingEnrolments() {
  return useQuery(CoachingEnrolmentsDocument, { fetchPolicy: 'cache-and-network' });
}

/** The viewer's bookings as learner and as coach; `upcoming` leaves out those already over. */
export function useMyBookings({ upcoming = false }: { upcoming?: boolean } = {}) {
  const start = useHourStart();
  return useQuery(MyBookingsDocument, {
    variables: { from: upcoming ? new Date(start).toISOString() : undefined, first: BOOKINGS_PAGE, offset: 0 },
    fetchPolicy: 'cache-and-network',
  });
}

/**
 * A page (`page` 0 first) of `size` of the coach's own upcoming sessions, soonest first, with how
 * many there are in all (the API's count); the last page stays shown while the next loads.
 */
export function useUpcomingCoachSessions(page: number, size: number) {
  const query = useQuery(MyUpcomingCoachingSessionsDocument, {
    variables: { first: size, offset: page * size },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const data = query.data ?? query.previousData;
  const sessions = data?.myUpcomingCoachingSessions;
  return { ...query, data, upcoming: sessions?.items ?? [], total: sessions?.total ?? 0 };
}

export function useCohortBookings(cohortId: string) {
  return useQuery(CohortBookingsDocument, { variables: { cohortId, first: BOOKINGS_PAGE, offset: 0 }, fetchPolicy: 'cache-and-network' });
}

// A learner's booking, move or cancellation changes their entitlement, the open slots and the
// order of their bookings, so those on screen are read again (whatever their variables).
const AFTER_CHANGE = { refetchQueries: [MyBookingsDocument, CoachingSlotsDocument], awaitRefetchQueries: true };

export function useBookCoaching() {
  return useMutation(BookCoachingDocument, AFTER_CHANGE);
}

export function useRescheduleBooking() {
  return useMutation(RescheduleBookingDocument, AFTER_CHANGE);
}

/**
 * The answer updates the booking wherever it is shown; a learner's slots and entitlement are read
 * again, and a coach's pages of upcoming sessions (the session leaves them, and their count).
 */
export function useCancelBooking(as: 'LEARNER' | 'COACH') {
  return useMutation(CancelBookingDocument, as === 'LEARNER' ? AFTER_CHANGE : { refetchQueries: [MyUpcomingCoachingSessionsDocument] });
}

export function useMyAvailability(fetchPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network') {
  return useQuery(MyAvailabilityDocument, { fetchPolicy });
}

/** Saving answers with the availability as stored; it replaces what the coach's pages read. */
export function useSetAvailability() {
  return useMutation(SetAvailabilityDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MyAvailabilityDocument, data: { myAvailability: data.setAvailability } });
    },
  });
}

/** Upcoming means confirmed and not over yet; held means confirmed and over. */
export function bookingState(b: Booking, now = Date.now()): 'UPCOMING' | 'HELD' | 'CANCELLED' {
  if (b.status === 'CANCELLED') return 'CANCELLED';
  return b.held || new Date(b.endsAt).getTime() <= now ? 'HELD' : 'UPCOMING';
}

/** Whether the learner may still move or cancel it themselves. */
export function beforeCutoff(b: Booking, now = Date.now()): boolean {
  return b.status === 'CONFIRMED' && new Date(b.cancellableUntil).getTime() > now;
}
