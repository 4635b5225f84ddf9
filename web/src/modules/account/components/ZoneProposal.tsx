import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { UpdateProfileDocument } from '../../../gql/graphql';
import { browserTimeZone } from '../../../lib/time';
import { useViewer } from '../../auth/hooks/useViewer';

const key = (userId: string) => `beacon.zoneAsked.${userId}`;

function asked(userId: string): boolean {
  try {
    return localStorage.getItem(key(userId)) === '1';
  } catch {
    return true;
  }
}

/** Once per person and device: when this device's zone differs from the account's, offer to switch. */
export function ZoneProposal() {
  const intl = useIntl();
  const viewer = useViewer();
  const device = browserTimeZone();
  const [hidden, setHidden] = useState(() => asked(viewer.id));
  const [update, { loading }] = useMutation(UpdateProfileDocument);
  if (hidden || device === viewer.timeZone || !device) return null;
  const done = () => {
    try {
      localStorage.setItem(key(viewer.id), '1');
    } catch {
      // without storage the question comes back next time; no harm
    }
    setHidden(true);
  };
  const accountZone = viewer.timeZone.replaceAll('_', ' ');
  const deviceZone = device.replaceAll('_', ' ');
  return (
    <div
      className="notice notice-info zone-banner"
      role="region"
      aria-label={intl.formatMessage({ id: 'account.zoneProposal.label', defaultMessage: 'Your time zone' })}
    >
      <p>
        <FormattedMessage
          id="account.zoneProposal.text"
          defaultMessage="Times are shown in {accountZone}; this device is set to {deviceZone}."
          values={{ accountZone, deviceZone }}
        />
      </p>
      <div className="form-actions wrap">
        <button
          type="button"
          className="button button-primary button-small"
          disabled={loading}
          onClick={async () => {
            await update({ variables: { input: { timeZone: device } } });
            done();
          }}
        >
          <FormattedMessage id="account.zoneProposal.use" defaultMessage="Use {zone}" values={{ zone: deviceZone }} />
        </button>
        <button type="button" className="button button-secondary button-small" onClick={done}>
          <FormattedMessage id="account.zoneProposal.keep" defaultMessage="Keep {zone}" values={{ zone: accountZone }} />
        </button>
      </div>
    </div>
  );
}
