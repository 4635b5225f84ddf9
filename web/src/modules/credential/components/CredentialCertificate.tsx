import { useEffect, useRef } from 'react';
import { BeaconMark } from '../../../ui/BeaconMark';
import { DateTime } from '../../../ui/DateTime';
import { PlainText } from '../../../ui/PlainText';
import type { CredentialFacts } from '../hooks/useCredentials';
import { CredentialStatusPill } from './CredentialStatusPill';

/** Every fact the credential certifies, laid out like the paper certificate it stands for. */
export function CredentialCertificate({ credential: c }: { credential: CredentialFacts }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // arriving from another page of the app (not a fresh load from a shared link): start at the top
  useEffect(() => {
    if ((window.history.state as { idx?: number } | null)?.idx) heading.current?.focus();
  }, []);
  return (
    <article className={`certificate certificate-${c.status.toLowerCase()}`} aria-labelledby="certificate-learner">
      <div className="certificate-inner">
        <div className="certificate-seal">
          <BeaconMark size={44} />
        </div>
        <p className="certificate-kicker">Certificate of achievement · {c.programmeCode}</p>
        <p className="certificate-lead">This certifies that</p>
        <h1 ref={heading} id="certificate-learner" className="certificate-learner" tabIndex={-1}>
          {c.learnerName}
        </h1>
        <p className="certificate-lead">has earned the credential</p>
        <h2 className="certificate-name">{c.name}</h2>
        <p className="certificate-description">{c.description}</p>
        {c.status !== 'ACTIVE' && (
          <p className="certificate-stamp" aria-hidden="true">
            {c.status === 'REVOKED' ? 'Revoked' : 'Expired'}
          </p>
        )}
        <dl className="certificate-facts">
          <div>
            <dt>Programme</dt>
            <dd>
              {c.programmeTitle} <span className="code">{c.programmeCode}</span>
            </dd>
          </div>
          <div>
            <dt>Cohort</dt>
            <dd>{c.cohortName}</dd>
          </div>
          <div>
            <dt>Delivered by</dt>
            <dd>{c.partnerName}</dd>
          </div>
          <div>
            <dt>Issued by</dt>
            <dd>{c.issuerName}</dd>
          </div>
          <div>
            <dt>Issued</dt>
            <dd>
              <DateTime value={c.issuedAt} dateOnly />
            </dd>
          </div>
          <div>
            <dt>Valid until</dt>
            <dd>{c.validUntil ? <DateTime value={c.validUntil} dateOnly /> : 'No end date'}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <CredentialStatusPill status={c.status} />
            </dd>
          </div>
          <div>
            <dt>Credential ID</dt>
            <dd className="certificate-id">{c.id}</dd>
          </div>
        </dl>
        <section className="certificate-criteria" aria-labelledby="certificate-criteria">
          <h3 id="certificate-criteria">Criteria</h3>
          <PlainText text={c.criteria} />
        </section>
      </div>
    </article>
  );
}

/** A revoked or expired credential says so before anything else on the page. */
export function CredentialStatusBanner({ credential: c }: { credential: CredentialFacts }) {
  if (c.status === 'REVOKED') {
    return (
      <div className="credential-banner credential-banner-revoked">
        <p className="credential-banner-title">REVOKED</p>
        <p>
          The issuer revoked this credential{c.revokedAt && <> on <DateTime value={c.revokedAt} dateOnly /></>}. It is no longer valid.
        </p>
        {c.revocationReason && (
          <p>
            <strong>Reason:</strong> {c.revocationReason}
          </p>
        )}
      </div>
    );
  }
  if (c.status === 'EXPIRED') {
    return (
      <div className="credential-banner credential-banner-expired">
        <p className="credential-banner-title">EXPIRED</p>
        <p>
          This credential was valid until {c.validUntil ? <DateTime value={c.validUntil} dateOnly /> : 'its end date'}. It certifies what was achieved then, but is no longer current.
        </p>
      </div>
    );
  }
  return null;
}
