import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from '../../../lib/router';
import { DateTime } from '../../../ui/DateTime';
import { useLinkedInClicks, type CredentialSummary } from '../hooks/useCredentials';
import { CredentialStatusPill } from './CredentialStatusPill';
import '../../../styles/credential.css';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** A learner's credentials: what, when, whether still valid, and where to see, download and share each. */
export function CredentialList({ credentials }: { credentials: readonly CredentialSummary[] }) {
  const linkedInClicked = useLinkedInClicks();
  return (
    <ul className="credential-list">
      {credentials.map((c) => (
        <li key={c.id} className={`credential-item credential-item-${c.status.toLowerCase()}`}>
          <div className="credential-item-head">
            <span className="credential-item-name">{c.name}</span>
            <CredentialStatusPill status={c.status} />
          </div>
          <span className="credential-item-meta">
            <FormattedMessage
              id="credential.list.meta"
              defaultMessage="{cohort} · issued {date}"
              values={{ cohort: c.cohortName, date: <DateTime value={c.issuedAt} dateOnly /> }}
            />
            {c.status === 'REVOKED' && c.revocationReason && (
              <>
                {' '}
                <FormattedMessage
                  id="credential.list.revoked"
                  defaultMessage="· revoked: {reason}"
                  values={{ reason: c.revocationReason }}
                />
              </>
            )}
          </span>
          <div className="credential-item-actions">
            <Link className="button button-primary button-small" to={`/credentials/${c.id}`}>
              <FormattedMessage id="credential.list.view" defaultMessage="View<hidden> {name}</hidden>" values={{ name: c.name, hidden }} />
            </Link>
            <a className="button button-secondary button-small" href={c.pdfUrl} download>
              <FormattedMessage
                id="credential.list.pdf"
                defaultMessage="PDF<hidden> certificate of {name}</hidden>"
                values={{ name: c.name, hidden }}
              />
            </a>
            {c.status === 'ACTIVE' && (
              <a
                className="button button-secondary button-small"
                href={c.linkedInUrl}
                target="_blank"
                rel="noreferrer"
                onClick={() => linkedInClicked(c.id)}
              >
                <FormattedMessage
                  id="credential.list.linkedIn"
                  defaultMessage="LinkedIn<hidden>: add {name} to your profile (opens in a new tab)</hidden>"
                  values={{ name: c.name, hidden }}
                />
              </a>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
