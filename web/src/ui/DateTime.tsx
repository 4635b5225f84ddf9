import { useIntl } from 'react-intl';
import { formatDate, formatDateTime, zoneLongName } from '../lib/time';
import { useTimeZone } from '../modules/auth/hooks/useViewer';

/** A moment shown in the viewer's time zone, named; the machine-readable value stays UTC. */
export function DateTime({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const text = dateOnly ? formatDate(value, timeZone) : formatDateTime(value, timeZone);
  return (
    <time
      dateTime={value}
      title={intl.formatMessage(
        { id: 'ui.dateTime.zone', defaultMessage: '{zoneName} ({timeZone})' },
        { zoneName: zoneLongName(timeZone, new Date(value)), timeZone },
      )}
    >
      {text}
    </time>
  );
}
