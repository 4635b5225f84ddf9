import { zoneLongName } from '../../../lib/time';
import { formatSlot } from '../hooks/bookingTime';

/** "Tue 24 Nov, 09:00–09:45 GMT+2": a booking or slot in the given (the viewer's) zone, named; the value stays UTC. */
export function BookingWhen({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  return (
    <time dateTime={startsAt} title={`${zoneLongName(timeZone, new Date(startsAt))} (${timeZone})`}>
      {formatSlot(startsAt, endsAt, timeZone)}
    </time>
  );
}
