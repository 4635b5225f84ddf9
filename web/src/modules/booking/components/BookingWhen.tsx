import { zoneLongName } from '../../../lib/time';
import { formatSlot } from '../hooks/bookingTime';

/** "Tue 24 Nov, 09:00–09:45 GMT+2": a booking or slot in the given (the viewer's) zone, named; the value stays UTC. */
export function BookingWhen({ startsAt, endsAt, timeZone }: { startsAt: string; endsAt: string; timeZone: string }) {
  // the zone's name and its IANA id: names, no words of ours
  const zone = `${zoneLongName(timeZone, new Date(startsAt))} (${timeZone})`;
  return (
    <time dateTime={startsAt} title={zone}>
      {formatSlot(startsAt, endsAt, timeZone)}
    </time>
  );
}
