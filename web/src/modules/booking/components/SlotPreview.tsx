import type { AvailabilityInput } from '../../../gql/graphql';
import { zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { dayKey, formatClock, formatDayHeading } from '../hooks/bookingTime';
import { previewSlots } from '../hooks/slotPreview';
import type { Booking } from '../hooks/useBookings';

/** dates with open slots shown: a week of working days and then some */
const DAYS = 7;

/** The next open slots as learners would be offered them, drafted changes included, in the coach's own zone. */
export function SlotPreview({ input, bookings, timeZone, changed }: { input: AvailabilityInput; bookings: Booking[]; timeZone: string; changed: boolean }) {
  const slots = previewSlots(input, bookings, DAYS);
  const days: { key: string; heading: string; times: string[] }[] = [];
  for (const s of slots) {
    const k = dayKey(s.startsAt, timeZone);
    const last = days[days.length - 1];
    if (last?.key === k) last.times.push(formatClock(s.startsAt, timeZone));
    else days.push({ key: k, heading: formatDayHeading(s.startsAt, timeZone), times: [formatClock(s.startsAt, timeZone)] });
  }
  return (
    <Card
      title="Next open slots"
      description={`What learners are offered${changed ? ' once you save' : ' now'}, shown in your zone, ${zoneLongName(timeZone)}; each learner sees them in theirs, within their cohort’s dates.`}
      className="slot-preview"
    >
      {days.length === 0 ? (
        <EmptyState title="No open slots">Add weekly hours or extra hours inside your booking horizon.</EmptyState>
      ) : (
        <ul className="preview-days" aria-label="Next open slots">
          {days.map((d) => (
            <li key={d.key} className="preview-day">
              <span className="preview-day-name">{d.heading}</span>
              <span className="preview-times">{d.times.join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
