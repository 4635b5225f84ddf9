import type { JSX } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { Card } from '../../../ui/Card';
import { DateTime } from '../../../ui/DateTime';
import type { CredentialFacts } from '../hooks/useCredentials';
import { useDataIntegrityProof, useVerification } from '../hooks/useVerification';
import type { Check, Verification } from '../hooks/verifyCredential';
import { CheckIcon, CrossIcon, UnknownIcon } from './icons';

function tone(v: Verification): 'pass' | 'warn' | 'fail' {
  if (v.verified) return 'pass';
  if (!v.signatureValid || v.revoked) return 'fail';
  return 'warn';
}

const CHECK_ICON: Record<Check['state'], () => JSX.Element> = { pass: CheckIcon, fail: CrossIcon, unknown: UnknownIcon };
/** Spoken after a check's label ("Signature passed:"), since the icon is not; the colon leads to its detail. */
const CHECK_WORD: Record<Check['state'], MessageDescriptor> = defineMessages({
  pass: { id: 'credential.verification.checkPassed', defaultMessage: 'passed:' },
  fail: { id: 'credential.verification.checkFailed', defaultMessage: 'failed:' },
  unknown: { id: 'credential.verification.checkUnknown', defaultMessage: 'could not be checked:' },
});

/**
 * The result of checking the credential in this browser: signature, issuer, the page's facts,
 * dates and revocation, each with what was found.
 */
export function VerificationPanel({ credential }: { credential: CredentialFacts }) {
  const intl = useIntl();
  const { state, again } = useVerification(credential);
  const proof = useDataIntegrityProof(credential.jsonUrl);
  return (
    <Card
      title={intl.formatMessage({ id: 'credential.verification.title', defaultMessage: 'Verification' })}
      description={intl.formatMessage({
        id: 'credential.verification.description',
        defaultMessage:
          'Checked in your browser against the issuer’s published keys and revocation list, not taken on trust from this page.',
      })}
      className="verification-card"
    >
      {/* one live region throughout, so the result is announced when it replaces "checking" */}
      <div className="verification-live" role="status">
        {state.status === 'checking' ? (
          <p className="loading">
            <span className="spinner" aria-hidden="true" />
            <FormattedMessage id="credential.verification.checking" defaultMessage="Checking the signature and revocation status…" />
          </p>
        ) : state.status === 'error' ? (
          <div className="verification-result verification-fail">
            <CrossIcon />
            <p className="verification-summary">
              <FormattedMessage
                id="credential.verification.notVerified"
                defaultMessage="Not verified: {reason}"
                values={{ reason: state.message }}
              />
            </p>
          </div>
        ) : (
          <div className={`verification-result verification-${tone(state.result)}`} data-testid="verification-result">
            {tone(state.result) === 'pass' ? <CheckIcon /> : tone(state.result) === 'fail' ? <CrossIcon /> : <UnknownIcon />}
            <p className="verification-summary">{state.result.summary}</p>
          </div>
        )}
      </div>
      <p className="field-hint" data-testid="data-integrity">
        {proof === undefined
          ? intl.formatMessage({
              id: 'credential.verification.proofLooking',
              defaultMessage: 'Looking for the Data Integrity proof of the JSON-LD form…',
            })
          : proof
            ? proof.byIssuer
              ? intl.formatMessage(
                  {
                    id: 'credential.verification.proofByIssuer',
                    defaultMessage:
                      'The JSON-LD form also carries a Data Integrity proof ({cryptosuite}) by the issuer’s key, for wallets and verifiers that check those.',
                  },
                  { cryptosuite: proof.cryptosuite },
                )
              : intl.formatMessage(
                  {
                    id: 'credential.verification.proofByOther',
                    defaultMessage:
                      'The JSON-LD form also carries a Data Integrity proof ({cryptosuite}) by another key, for wallets and verifiers that check those.',
                  },
                  { cryptosuite: proof.cryptosuite },
                )
            : intl.formatMessage({
                id: 'credential.verification.proofNone',
                defaultMessage: 'No Data Integrity proof was found on the JSON-LD form.',
              })}
      </p>
      {state.status === 'done' && (
        <>
          <ul
            className="verification-checks"
            aria-label={intl.formatMessage({ id: 'credential.verification.checks', defaultMessage: 'What was checked' })}
          >
            {state.result.checks.map((c) => {
              const Icon = CHECK_ICON[c.state];
              return (
                <li key={c.id} className={`verification-check check-${c.state}`}>
                  <Icon />
                  <span>
                    <span className="check-label">
                      {c.label}
                      <span className="visually-hidden"> {intl.formatMessage(CHECK_WORD[c.state])}</span>
                    </span>
                    <span className="check-detail">{c.detail}</span>
                  </span>
                </li>
              );
            })}
          </ul>
          <div className="verification-foot">
            <p className="field-hint">
              <FormattedMessage
                id="credential.verification.checkedAt"
                defaultMessage="Checked {time}"
                values={{ time: <DateTime value={state.result.checkedAt.toISOString()} /> }}
              />
            </p>
            <button type="button" className="button button-secondary button-small" onClick={again}>
              <FormattedMessage id="credential.verification.again" defaultMessage="Check again" />
            </button>
          </div>
        </>
      )}
    </Card>
  );
}
