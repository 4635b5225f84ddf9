import type { JSX } from 'react';
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
const CHECK_WORD: Record<Check['state'], string> = { pass: 'passed', fail: 'failed', unknown: 'could not be checked' };

/**
 * The result of checking the credential in this browser: signature, issuer, the page's facts,
 * dates and revocation, each with what was found.
 */
export function VerificationPanel({ credential }: { credential: CredentialFacts }) {
  const { state, again } = useVerification(credential);
  const proof = useDataIntegrityProof(credential.jsonUrl);
  return (
    <Card title="Verification" description="Checked in your browser against the issuer’s published keys and revocation list, not taken on trust from this page." className="verification-card">
      {/* one live region throughout, so the result is announced when it replaces "checking" */}
      <div className="verification-live" role="status">
        {state.status === 'checking' ? (
          <p className="loading">
            <span className="spinner" aria-hidden="true" />
            Checking the signature and revocation status…
          </p>
        ) : state.status === 'error' ? (
          <div className="verification-result verification-fail">
            <CrossIcon />
            <p className="verification-summary">Not verified: {state.message}</p>
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
          ? 'Looking for the Data Integrity proof of the JSON-LD form…'
          : proof
            ? `The JSON-LD form also carries a Data Integrity proof (${proof.cryptosuite}) by ${proof.byIssuer ? 'the issuer’s' : 'another'} key, for wallets and verifiers that check those.`
            : 'No Data Integrity proof was found on the JSON-LD form.'}
      </p>
      {state.status === 'done' && (
        <>
          <ul className="verification-checks" aria-label="What was checked">
            {state.result.checks.map((c) => {
              const Icon = CHECK_ICON[c.state];
              return (
                <li key={c.id} className={`verification-check check-${c.state}`}>
                  <Icon />
                  <span>
                    <span className="check-label">
                      {c.label}
                      <span className="visually-hidden"> {CHECK_WORD[c.state]}:</span>
                    </span>
                    <span className="check-detail">{c.detail}</span>
                  </span>
                </li>
              );
            })}
          </ul>
          <div className="verification-foot">
            <p className="field-hint">
              Checked <DateTime value={state.result.checkedAt.toISOString()} />
            </p>
            <button type="button" className="button button-secondary button-small" onClick={again}>
              Check again
            </button>
          </div>
        </>
      )}
    </Card>
  );
}
