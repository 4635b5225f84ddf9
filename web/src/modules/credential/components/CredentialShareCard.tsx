import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../../ui/Card';
import { CopyField } from '../../../ui/CopyField';
import type { CredentialFacts } from '../hooks/useCredentials';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * The certificate to download, the link to pass on and the signed original; the holder (signed
 * in) also gets the profile to add it to. Anonymous visitors, who verify, are not offered it.
 */
export function CredentialShareCard({ credential: c, onLinkedIn }: { credential: CredentialFacts; onLinkedIn?: () => void }) {
  const intl = useIntl();
  return (
    <Card
      title={intl.formatMessage({ id: 'credential.share.title', defaultMessage: 'Download and share' })}
      description={
        c.status === 'ACTIVE'
          ? intl.formatMessage({
              id: 'credential.share.descriptionActive',
              defaultMessage: 'The PDF certificate carries a QR code that leads back to this page.',
            })
          : intl.formatMessage({
              id: 'credential.share.descriptionInvalid',
              defaultMessage: 'The PDF certificate is marked as no longer valid.',
            })
      }
    >
      <div className="credential-actions">
        <a className="button button-primary" href={c.pdfUrl} download>
          <DownloadIcon />
          <FormattedMessage id="credential.share.downloadPdf" defaultMessage="Download PDF" />
        </a>
        {c.status === 'ACTIVE' && c.viewerIsHolder && (
          <a className="button button-secondary" href={c.linkedInUrl} target="_blank" rel="noreferrer" onClick={onLinkedIn}>
            <FormattedMessage
              id="credential.share.addToLinkedIn"
              defaultMessage="Add to LinkedIn<hidden> (opens in a new tab)</hidden>"
              values={{ hidden }}
            />
          </a>
        )}
        <a className="button button-secondary" href={c.jsonUrl} target="_blank" rel="noreferrer">
          <FormattedMessage
            id="credential.share.jsonLd"
            defaultMessage="JSON-LD<hidden> of the signed credential, with its Data Integrity proof (opens in a new tab)</hidden>"
            values={{ hidden }}
          />
        </a>
        <a className="button button-secondary" href={c.jwtUrl} target="_blank" rel="noreferrer">
          <FormattedMessage
            id="credential.share.vcJwt"
            defaultMessage="VC-JWT<hidden> of the signed credential (opens in a new tab)</hidden>"
            values={{ hidden }}
          />
        </a>
      </div>
      <CopyField
        label={intl.formatMessage({ id: 'credential.share.link', defaultMessage: 'Link to this credential' })}
        value={c.verificationUrl}
        hint={intl.formatMessage({
          id: 'credential.share.linkHint',
          defaultMessage: 'Anyone with the link can see and verify it; no account needed.',
        })}
      />
    </Card>
  );
}

function DownloadIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 2v8M4.5 6.8L8 10.3l3.5-3.5M3 13.5h10"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </svg>
  );
}
