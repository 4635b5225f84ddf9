import { CoachBookings, UPCOMING_PAGE } from '../modules/booking/components/CoachBookings';
import { CoachSessionOutcomes } from '../modules/booking/components/CoachSessionOutcomes';
import { FormattedMessage, useIntl } from 'react-intl';
import { PageHeader } from '../ui/PageHeader';

/** The coach's coaching bookings: who is coming, when, and the way to cancel; past sessions to mark held or a no-show. */
export function CoachBookingsPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.coachBookingsPage.title', defaultMessage: 'Bookings' })}
        eyebrow={intl.formatMessage({ id: 'pages.coachBookingsPage.eyebrow', defaultMessage: 'Coach' })}
      >
        <p>
          <FormattedMessage
            id="pages.coachBookingsPage.lead"
            defaultMessage="The 1-on-1 coaching sessions learners booked with you, soonest first."
          />
        </p>
      </PageHeader>
      <div className="stack page-stack">
        <CoachBookings pageSize={UPCOMING_PAGE} />
        <CoachSessionOutcomes />
      </div>
    </>
  );
}
