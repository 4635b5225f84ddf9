import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
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
  return (
    <div className="notice notice-info zone-banner" role="region" aria-label="Your time zone">
      <p>
        Times are shown in {viewer.timeZone.replaceAll('_', ' ')}; this device is set to {device.replaceAll('_', ' ')}.
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
          Use {device.replaceAll('_', ' ')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={done}>
          Keep {viewer.timeZone.replaceAll('_', ' ')}
        </button>
      </div>
    </div>
  );
}
