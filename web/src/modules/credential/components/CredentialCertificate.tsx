import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { BeaconMark } from '../../../ui/BeaconMark';
import { DateTime } from '../../../ui/DateTime';
import { PlainText } from '../../../ui/PlainText';
import type { CredentialFacts } from '../hooks/useCredentials';
import { CredentialStatusPill } from './CredentialStatusPill';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

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
        <p className="certificate-kicker">
          <FormattedMessage
            id="credential.certificate.kicker"
            defaultMessage="Certificate of achievement · {code}"
            values={{ code: c.programmeCode }}
          />
        </p>
        <p className="certificate-lead">
          <FormattedMessage id="credential.certificate.certifiesThat" defaultMessage="This certifies that" />
        </p>
        <h1 ref={heading} id="certificate-learner" className="certificate-learner" tabIndex={-1}>
          {c.learnerName}
        </h1>
        <p className="certificate-lead">
          <FormattedMessage id="credential.certificate.hasEarned" defaultMessage="has earned the credential" />
        </p>
        <h2 className="certificate-name">{c.name}</h2>
        <p className="certificate-description">{c.description}</p>
        {c.status !== 'ACTIVE' && (
          <p className="certificate-stamp" aria-hidden="true">
            {c.status === 'REVOKED' ? (
              <FormattedMessage id="credential.certificate.stampRevoked" defaultMessage="Revoked" />
            ) : (
              <FormattedMessage id="credential.certificate.stampExpired" defaultMessage="Expired" />
            )}
          </p>
        )}
        <dl className="certificate-facts">
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.programme" defaultMessage="Programme" />
            </dt>
            <dd>
              {c.programmeTitle} <span className="code">{c.programmeCode}</span>
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.cohort" defaultMessage="Cohort" />
            </dt>
            <dd>{c.cohortName}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.deliveredBy" defaultMessage="Delivered by" />
            </dt>
            <dd>{c.partnerName}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.issuedBy" defaultMessage="Issued by" />
            </dt>
            <dd>{c.issuerName}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.issued" defaultMessage="Issued" />
            </dt>
            <dd>
              <DateTime value={c.issuedAt} dateOnly />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.validUntil" defaultMessage="Valid until" />
            </dt>
            <dd>
              {c.validUntil ? (
                <DateTime value={c.validUntil} dateOnly />
              ) : (
                <FormattedMessage id="credential.certificate.noEndDate" defaultMessage="No end date" />
              )}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.status" defaultMessage="Status" />
            </dt>
            <dd>
              <CredentialStatusPill status={c.status} />
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="credential.certificate.credentialId" defaultMessage="Credential ID" />
            </dt>
            <dd className="certificate-id">{c.id}</dd>
          </div>
        </dl>
        <section className="certificate-criteria" aria-labelledby="certificate-criteria">
          <h3 id="certificate-criteria">
            <FormattedMessage id="credential.certificate.criteria" defaultMessage="Criteria" />
          </h3>
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
        <p className="credential-banner-title">
          <FormattedMessage id="credential.banner.revokedTitle" defaultMessage="REVOKED" />
        </p>
        <p>
          {c.revokedAt ? (
            <FormattedMessage
              id="credential.banner.revokedOn"
              defaultMessage="The issuer revoked this credential on {date}. It is no longer valid."
              values={{ date: <DateTime value={c.revokedAt} dateOnly /> }}
            />
          ) : (
            <FormattedMessage id="credential.banner.revoked" defaultMessage="The issuer revoked this credential. It is no longer valid." />
          )}
        </p>
        {c.revocationReason && (
          <p>
            <FormattedMessage
              id="credential.banner.reason"
              defaultMessage="<b>Reason:</b> {reason}"
              values={{ reason: c.revocationReason, b: strong }}
            />
          </p>
        )}
      </div>
    );
  }
  if (c.status === 'EXPIRED') {
    return (
      <div className="credential-banner credential-banner-expired">
        <p className="credential-banner-title">
          <FormattedMessage id="credential.banner.expiredTitle" defaultMessage="EXPIRED" />
        </p>
        <p>
          {c.validUntil ? (
            <FormattedMessage
              id="credential.banner.expiredOn"
              defaultMessage="This credential was valid until {date}. It certifies what was achieved then, but is no longer current."
              values={{ date: <DateTime value={c.validUntil} dateOnly /> }}
            />
          ) : (
            <FormattedMessage
              id="credential.banner.expired"
              defaultMessage="This credential was valid until its end date. It certifies what was achieved then, but is no longer current."
            />
          )}
        </p>
      </div>
    );
  }
  return null;
}
