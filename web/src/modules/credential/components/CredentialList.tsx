import { Link } from 'react-router';
import { DateTime } from '../../../ui/DateTime';
import type { CredentialSummary } from '../hooks/useCredentials';
import { CredentialStatusPill } from './CredentialStatusPill';
import '../../../styles/credential.css';

/** A learner's credentials: what, when, whether still valid, and where to see, download and share each. */
export function CredentialList({ credentials }: { credentials: readonly CredentialSummary[] }) {
  return (
    <ul className="credential-list">
      {credentials.map((c) => (
        <li key={c.id} className={`credential-item credential-item-${c.status.toLowerCase()}`}>
          <div className="credential-item-head">
            <span className="credential-item-name">{c.name}</span>
            <CredentialStatusPill status={c.status} />
          </div>
          <span className="credential-item-meta">
            {c.cohortName} · issued <DateTime value={c.issuedAt} dateOnly />
            {c.status === 'REVOKED' && c.revocationReason && <> · revoked: {c.revocationReason}</>}
          </span>
          <div className="credential-item-actions">
            <Link className="button button-primary button-small" to={`/credentials/${c.id}`}>
              View<span className="visually-hidden"> {c.name}</span>
            </Link>
            <a className="button button-secondary button-small" href={c.pdfUrl} download>
              PDF<span className="visually-hidden"> certificate of {c.name}</span>
            </a>
            {c.status === 'ACTIVE' && (
              <a className="button button-secondary button-small" href={c.linkedInUrl} target="_blank" rel="noreferrer">
                LinkedIn<span className="visually-hidden">: add {c.name} to your profile (opens in a new tab)</span>
              </a>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
