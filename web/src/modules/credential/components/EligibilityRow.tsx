import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextAreaField } from '../../../ui/Field';
import { factSummary, useApproveCredential, useRevokeCredential, type EligibilityLedger, type HeldCredential } from '../hooks/useCredentials';
import { CredentialStatusPill } from './CredentialStatusPill';
import { CheckIcon, OpenIcon } from './icons';

const KIND_LABEL = { ASSIGNMENT: 'Assignments', ATTENDANCE: 'Attendance', COACHING: 'Coaching' } as const;
const MAX_REASON = 500;

/** One learner of the cohort: criteria met or left, eligibility, the credential and what can be done with it. */
export function EligibilityRow({ ledger: r, onNotice }: { ledger: EligibilityLedger; onNotice: (text: string) => void }) {
  const credential = r.credential;
  const [approve, { loading: approving }] = useApproveCredential();
  const [error, setError] = useState<unknown>(null);
  const [revoking, setRevoking] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const { kinds } = factSummary(r.facts);
  const canRevoke = credential && credential.status !== 'REVOKED';

  return (
    <>
      <tr className={r.eligible ? undefined : 'row-working'}>
        <th scope="row">
          <span className="cell-strong">{r.learnerName}</span>
          {error != null && <ErrorNotice error={error} title="The credential was not issued" />}
        </th>
        <td>
          <ul className="criteria-chips" aria-label={`Criteria of ${r.learnerName}`}>
            {kinds.map((k) => {
              const done = k.met === k.total;
              const left = k.facts.filter((f) => !f.met).map((f) => f.detail);
              return (
                <li key={k.kind} className={`chip ${done ? 'chip-met' : 'chip-left'}`} title={left.length ? left.join('\n') : undefined}>
                  {done ? <CheckIcon /> : <OpenIcon />}
                  {KIND_LABEL[k.kind]}
                  {k.total > 1 && (
                    <span className="chip-count">
                      {' '}
                      {k.met}/{k.total}
                    </span>
                  )}
                  <span className="visually-hidden">{done ? ': met' : `: left — ${left.join('; ')}`}</span>
                </li>
              );
            })}
          </ul>
        </td>
        <td>{r.eligible ? <span className="pill pill-eligible">Eligible</span> : <span className="pill pill-quiet">Not yet</span>}</td>
        <td className="cell-nowrap">{credential ? <CredentialCell enrolmentId={r.enrolmentId} credential={credential} learnerName={r.learnerName} /> : <span className="muted">None</span>}</td>
        <td className="cell-actions">
          {r.eligible && !credential && (
            <button
              type="button"
              className="button button-primary button-small"
              disabled={approving}
              aria-label={`Approve and issue the credential of ${r.learnerName}`}
              onClick={async () => {
                setError(null);
                try {
                  await approve({ variables: { enrolmentId: r.enrolmentId } });
                  onNotice(`${r.learnerName}’s credential was issued. They have been emailed the link to it.`);
                  focusCredentialLink(r.enrolmentId);
                } catch (e) {
                  setError(e);
                }
              }}
            >
              {approving ? 'Issuing…' : 'Approve & issue'}
            </button>
          )}
          {canRevoke && !revoking && (
            <button ref={revokeButton} type="button" className="button button-danger-quiet button-small" aria-label={`Revoke the credential of ${r.learnerName}`} onClick={() => setRevoking(true)}>
              Revoke
            </button>
          )}
        </td>
      </tr>
      {revoking && credential && (
        <tr className="row-editing">
          <td colSpan={5}>
            <RevokeForm
              credential={credential}
              learnerName={r.learnerName}
              onCancel={() => {
                setRevoking(false);
                setTimeout(() => revokeButton.current?.focus());
              }}
              onRevoked={() => {
                setRevoking(false);
                focusCredentialLink(r.enrolmentId);
                onNotice(`${r.learnerName}’s credential was revoked. Its public page, its PDF and the issuer’s status list now show it as revoked.`);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** The button that was pressed is gone once the credential is issued or revoked: focus moves to the credential's link. */
function focusCredentialLink(enrolmentId: string) {
  setTimeout(() => document.getElementById(`credential-link-${enrolmentId}`)?.focus());
}

function CredentialCell({ enrolmentId, credential, learnerName }: { enrolmentId: string; credential: HeldCredential; learnerName: string }) {
  return (
    <span className="credential-cell">
      <span>
        <CredentialStatusPill status={credential.status} />{' '}
        <Link id={`credential-link-${enrolmentId}`} className="cell-link" to={`/credentials/${credential.id}`}>
          View<span className="visually-hidden"> the credential of {learnerName}</span>
        </Link>
      </span>
      <span className="cell-sub">
        Issued <DateTime value={credential.issuedAt} dateOnly />
      </span>
    </span>
  );
}

/** Revoking is for good: a reason (shown publicly), then an explicit second confirmation. */
function RevokeForm({ credential, learnerName, onCancel, onRevoked }: { credential: HeldCredential; learnerName: string; onCancel: () => void; onRevoked: () => void }) {
  const [revoke, { loading }] = useRevokeCredential();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const ask = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError('Give the reason for revoking; it is shown on the credential’s public page.');
      return;
    }
    setReasonError(undefined);
    setConfirming(true);
  };

  const confirm = async () => {
    setError(null);
    try {
      await revoke({ variables: { id: credential.id, reason: reason.trim() } });
      onRevoked();
    } catch (err) {
      setError(err);
      setConfirming(false);
    }
  };

  return (
    <form className="stack revoke-form" onSubmit={ask} aria-labelledby={headingId} noValidate>
      <h3 id={headingId} className="inset-title">
        Revoke {learnerName}’s credential
      </h3>
      <p className="revoke-warning">Anyone who checks it — on its page, through the QR code of its PDF, or in the issuer’s status list — will see it as revoked. This cannot be undone.</p>
      {error != null && <ErrorNotice error={error} title="The credential was not revoked" />}
      <TextAreaField
        label="Reason for revoking"
        hint={`Shown on the public page. Up to ${MAX_REASON} characters.`}
        rows={2}
        maxLength={MAX_REASON}
        required
        autoFocus
        value={reason}
        error={reasonError}
        readOnly={confirming}
        onChange={(e) => setReason(e.target.value)}
      />
      {confirming ? (
        <div className="confirm confirm-start" role="group" aria-label={`Revoke ${learnerName}’s credential for good?`}>
          <span className="confirm-question">Revoke {learnerName}’s credential for good?</span>
          <button ref={confirmRef} type="button" className="button button-danger button-small" disabled={loading} onClick={() => void confirm()}>
            {loading ? 'Revoking…' : 'Yes, revoke'}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="submit" className="button button-danger button-small">
            Revoke credential
          </button>
          <button type="button" className="button button-secondary button-small" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
