import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from '../../../lib/router';
import { LanguageMenu } from '../../../i18n/LanguageMenu';
import { zoneLongName } from '../../../lib/time';
import { BEACON, BeaconMark } from '../../../ui/BeaconMark';
import { useTimeZone } from '../../auth/hooks/useViewer';
import type { CredentialFacts } from '../hooks/useCredentials';
import { useCredentialEvents } from '../hooks/usePublicCredential';
import { CredentialCertificate, CredentialStatusBanner } from './CredentialCertificate';
import { CredentialShareCard } from './CredentialShareCard';
import { EvidenceLedger } from './EvidenceLedger';
import { VerificationPanel } from './VerificationPanel';
import '../../../styles/credential.css';

/**
 * The frame of the public verification page: no account, no role, just Beacon and the credential.
 * It follows the visitor's browser language; the menu changes it for this device only.
 */
export function PublicCredentialFrame({ children }: { children: ReactNode }) {
  const timeZone = useTimeZone();
  return (
    <div className="shell public-shell">
      <a className="skip-link" href="#main">
        <FormattedMessage id="credential.publicFrame.skipToMain" defaultMessage="Skip to main content" />
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <BeaconMark />
            <span>{BEACON}</span>
          </Link>
          <span className="role-badge">
            <FormattedMessage id="credential.publicFrame.badge" defaultMessage="Credential verification" />
          </span>
        </div>
        <LanguageMenu className="page-language" />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>
          <FormattedMessage
            id="credential.publicFrame.footer"
            defaultMessage="Dates are shown in your time zone: {zoneName} ({timeZone}). Credentials are Open Badges 3.0 verifiable credentials, signed with the issuer’s Ed25519 key."
            values={{ zoneName: zoneLongName(timeZone), timeZone }}
          />
        </p>
      </footer>
    </div>
  );
}

/** A credential as anyone with its link sees it: the certificate, its verification, its evidence. */
export function PublicCredential({ credential: c }: { credential: CredentialFacts }) {
  // the holder's own visits are not views (the API knows them too; asking nothing spares a request)
  const onLinkedIn = useCredentialEvents(c.id, !c.viewerIsHolder);
  return (
    <div className="stack page-stack">
      <CredentialStatusBanner credential={c} />
      <div className="credential-layout">
        <CredentialCertificate credential={c} />
        <div className="credential-side">
          <VerificationPanel credential={c} />
          <CredentialShareCard credential={c} onLinkedIn={onLinkedIn} />
        </div>
        <EvidenceLedger evidence={c.evidence} />
      </div>
    </div>
  );
}
