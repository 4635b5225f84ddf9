import { useRef, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { CoachingEnrolmentsQuery } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { SuccessNotice } from '../../../ui/Feedback';
import { useTimeZone, useViewer } from '../../auth/hooks/useViewer';
import { formatSlot } from '../hooks/bookingTime';
import {
  bookingState,
  DAY,
  SLOT_WINDOW_DAYS,
  useCoachingSlots,
  useHourStart,
  useMyBookings,
  type Booking,
  type Entitlement,
} from '../hooks/useBookings';
import { BookingPicker } from './BookingPicker';
import { LearnerBookings } from './LearnerBookings';
import '../../../styles/booking.css';

export type CoachingEnrolment = CoachingEnrolmentsQuery['myEnrolments'][number];

/** Why coaching cannot be booked for an enrolment now (the API's own rule), or null. */
export function closedReason(intl: IntlShape, e: CoachingEnrolment): string | null {
  if (e.cohort.status !== 'OPEN' && e.cohort.status !== 'RUNNING') {
    return intl.formatMessage(
      {
        id: 'booking.learnerCoaching.cohortClosed',
        defaultMessage:
          '{cohort} is {status, select, DRAFT {draft} COMPLETED {completed} ARCHIVED {archived} other {{statusWord}}}; coaching can no longer be booked.',
      },
      { cohort: e.cohort.name, status: e.cohort.status, statusWord: e.cohort.status.toLowerCase() },
    );
  }
  if (e.status !== 'ACTIVE')
    return intl.formatMessage({
      id: 'booking.learnerCoaching.notActive',
      defaultMessage: 'Coaching can be booked once your enrolment is active.',
    });
  return null;
}

/** A learner's coaching for one enrolment: what the programme gives, their sessions, and open times to book. */
export function LearnerCoaching({ enrolment }: { enrolment: CoachingEnrolment }) {
  const intl = useIntl();
  const viewer = useViewer();
  const timeZone = useTimeZone();
  const [page, setPage] = useState(0);
  const slots = useCoachingSlots(enrolment.id, page);
  const bookings = useMyBookings();
  const start = useHourStart();
  const [moving, setMoving] = useState<Booking | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  const entitlement = slots.data?.coachingSlots ?? slots.previousData?.coachingSlots;
  const mine = (bookings.data?.myBookings ?? []).filter((b) => b.enrolmentId === enrolment.id && b.learner.id === viewer.id);
  const upcoming = mine.filter((b) => bookingState(b) === 'UPCOMING');

  const announce = (text: string) => {
    setNotice(text);
    setTimeout(() => noticeRef.current?.focus());
  };

  return (
    <div className="stack page-stack">
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className="notice-focus">
          <SuccessNotice>{notice}</SuccessNotice>
        </div>
      )}
      <EntitlementCard entitlement={entitlement} held={mine.filter((b) => bookingState(b) === 'HELD').length} upcoming={upcoming.length} />
      <div className="workspace coaching-workspace">
        <div ref={pickerRef} className="coaching-picker">
          <BookingPicker
            enrolmentId={enrolment.id}
            closedReason={closedReason(intl, enrolment)}
            entitlement={entitlement}
            loading={slots.loading}
            error={slots.error}
            refetch={() => slots.refetch()}
            page={page}
            pageStart={start + page * SLOT_WINDOW_DAYS * DAY}
            onPage={setPage}
            timeZone={timeZone}
            upcoming={upcoming}
            moving={moving}
            onStopMoving={() => setMoving(null)}
            onDone={(b, what) => {
              setMoving(null);
              const when = formatSlot(b.startsAt, b.endsAt, timeZone);
              announce(
                what === 'MOVED'
                  ? intl.formatMessage(
                      {
                        id: 'booking.learnerCoaching.moved',
                        defaultMessage: 'Moved: your session with {coach} is now {when}. You both get an updated invite.',
                      },
                      { coach: b.coach.name, when },
                    )
                  : intl.formatMessage(
                      {
                        id: 'booking.learnerCoaching.booked',
                        defaultMessage: 'Booked: {when} with {coach}. You both get a calendar invite by email.',
                      },
                      { coach: b.coach.name, when },
                    ),
              );
            }}
          />
        </div>
        <div className="workspace-side">
          <LearnerBookings
            bookings={mine}
            timeZone={timeZone}
            moving={moving}
            onMove={(b) => {
              setNotice(null);
              setMoving(moving?.id === b.id ? null : b);
              setPage(0);
              setTimeout(() => pickerRef.current?.querySelector<HTMLElement>('.moving-notice')?.focus());
            }}
            onCancelled={(b) => {
              if (moving?.id === b.id) setMoving(null);
              announce(
                intl.formatMessage(
                  {
                    id: 'booking.learnerCoaching.cancelled',
                    defaultMessage: 'Your session of {when} with {coach} was cancelled. It is back among the sessions you can book.',
                  },
                  { when: formatSlot(b.startsAt, b.endsAt, timeZone), coach: b.coach.name },
                ),
              );
            }}
          />
        </div>
      </div>
    </div>
  );
}

/** What the programme gives and where the learner stands: held, booked ahead, left to book. */
function EntitlementCard({ entitlement, held, upcoming }: { entitlement: Entitlement | undefined; held: number; upcoming: number }) {
  const intl = useIntl();
  if (!entitlement) return null;
  const { sessionsAllowed, sessionsLeft } = entitlement;
  return (
    <Card
      title={intl.formatMessage({ id: 'booking.entitlement.title', defaultMessage: 'Your coaching sessions' })}
      description={intl.formatMessage(
        {
          id: 'booking.entitlement.description',
          defaultMessage:
            'Your programme gives each learner {count, plural, one {# 1-on-1 session} other {# 1-on-1 sessions}} with a coach of the cohort.',
        },
        { count: sessionsAllowed },
      )}
    >
      <dl className="facts entitlement" data-testid="entitlement">
        <div>
          <dt>
            <FormattedMessage id="booking.entitlement.inProgramme" defaultMessage="In your programme" />
          </dt>
          <dd>{sessionsAllowed}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="booking.entitlement.held" defaultMessage="Held" />
          </dt>
          <dd>{held}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="booking.entitlement.bookedAhead" defaultMessage="Booked ahead" />
          </dt>
          <dd>{upcoming}</dd>
        </div>
        <div className={sessionsLeft > 0 ? 'fact-highlight' : undefined}>
          <dt>
            <FormattedMessage id="booking.entitlement.leftToBook" defaultMessage="Left to book" />
          </dt>
          <dd data-testid="sessions-left">{sessionsLeft}</dd>
        </div>
      </dl>
    </Card>
  );
}
