import { FormattedMessage, useIntl } from 'react-intl';
import type { AvailabilityInput } from '../../../gql/graphql';
import { zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { dayKey, formatClock, formatDayHeading } from '../hooks/bookingTime';
import { previewSlots } from '../hooks/slotPreview';
import type { Booking } from '../hooks/useBookings';

/** dates with open slots shown: a week of working days and then some */
const DAYS = 7;
/** Between a day's times; not a word. */
const TIME_SEPARATOR = ' · ';

/** The next open slots as learners would be offered them, drafted changes included, in the coach's own zone. */
export function SlotPreview({
  input,
  bookings,
  timeZone,
  changed,
}: {
  input: AvailabilityInput;
  bookings: Booking[];
  timeZone: string;
  changed: boolean;
}) {
  const intl = useIntl();
  const slots = previewSlots(input, bookings, DAYS);
  const title = intl.formatMessage({ id: 'booking.slotPreview.title', defaultMessage: 'Next open slots' });
  const days: { key: string; heading: string; times: string[] }[] = [];
  for (const s of slots) {
    const k = dayKey(s.startsAt, timeZone);
    const last = days[days.length - 1];
    if (last?.key === k) last.times.push(formatClock(s.startsAt, timeZone));
    else days.push({ key: k, heading: formatDayHeading(s.startsAt, timeZone), times: [formatClock(s.startsAt, timeZone)] });
  }
  return (
    <Card
      title={title}
      description={intl.formatMessage(
        {
          id: 'booking.slotPreview.description',
          defaultMessage:
            'What learners are offered {changed, select, yes {once you save} other {now}}, shown in your zone, {zone}; each learner sees them in theirs, within their cohort’s dates.',
        },
        { changed: changed ? 'yes' : 'no', zone: zoneLongName(timeZone) },
      )}
      className="slot-preview"
    >
      {days.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'booking.slotPreview.emptyTitle', defaultMessage: 'No open slots' })}>
          <FormattedMessage
            id="booking.slotPreview.emptyText"
            defaultMessage="Add weekly hours or extra hours inside your booking horizon."
          />
        </EmptyState>
      ) : (
        <ul className="preview-days" aria-label={title}>
          {days.map((d) => (
            <li key={d.key} className="preview-day">
              <span className="preview-day-name">{d.heading}</span>
              <span className="preview-times">{d.times.join(TIME_SEPARATOR)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
