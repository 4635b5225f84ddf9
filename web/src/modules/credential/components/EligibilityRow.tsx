import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { common } from '../../../i18n/common';
import { Link } from '../../../lib/router';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextAreaField } from '../../../ui/Field';
import { useFocusOnOpen } from '../../../ui/useFocusOnOpen';
import {
  factSummary,
  useApproveCredential,
  useRevokeCredential,
  type EligibilityLedger,
  type HeldCredential,
} from '../hooks/useCredentials';
import { useFactText } from '../hooks/useFactText';
import { CredentialStatusPill } from './CredentialStatusPill';
import { CheckIcon, OpenIcon } from './icons';
import { SPACE } from '../../../lib/jsx';

const KIND_LABEL: Record<'ASSIGNMENT' | 'ATTENDANCE' | 'COACHING', MessageDescriptor> = defineMessages({
  ASSIGNMENT: { id: 'credential.eligibilityRow.kindAssignments', defaultMessage: 'Assignments' },
  ATTENDANCE: { id: 'credential.eligibilityRow.kindAttendance', defaultMessage: 'Attendance' },
  COACHING: { id: 'credential.eligibilityRow.kindCoaching', defaultMessage: 'Coaching' },
});
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
const MAX_REASON = 500;
/** between the criteria still left, in a chip's spoken text */
const LEFT_SEPARATOR = '; ';

/** One learner of the cohort: criteria met or left, eligibility, the credential and what can be done with it. */
export function EligibilityRow({ ledger: r, onNotice }: { ledger: EligibilityLedger; onNotice: (text: string) => void }) {
  const intl = useIntl();
  const credential = r.credential;
  const [approve, { loading: approving }] = useApproveCredential();
  const [error, setError] = useState<unknown>(null);
  const [revoking, setRevoking] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const { kinds } = factSummary(r.facts);
  const factText = useFactText();
  const canRevoke = credential && credential.status !== 'REVOKED';

  return (
    <>
      <tr className={r.eligible ? undefined : 'row-working'}>
        <th scope="row">
          <span className="cell-strong">{r.learnerName}</span>
          {error != null && (
            <ErrorNotice
              error={error}
              title={intl.formatMessage({ id: 'credential.eligibilityRow.notIssued', defaultMessage: 'The credential was not issued' })}
            />
          )}
        </th>
        <td>
          <ul
            className="criteria-chips"
            aria-label={intl.formatMessage(
              { id: 'credential.eligibilityRow.criteriaOf', defaultMessage: 'Criteria of {name}' },
              { name: r.learnerName },
            )}
          >
            {kinds.map((k) => {
              const done = k.met === k.total;
              const left = k.facts.filter((f) => !f.met).map((f) => factText(f).detail);
              return (
                <li key={k.kind} className={`chip ${done ? 'chip-met' : 'chip-left'}`} title={left.length ? left.join('\n') : undefined}>
                  {done ? <CheckIcon /> : <OpenIcon />}
                  {intl.formatMessage(KIND_LABEL[k.kind])}
                  {k.total > 1 && (
                    <span className="chip-count">
                      {SPACE}
                      {intl.formatMessage(
                        { id: 'credential.eligibilityRow.chipCount', defaultMessage: '{met, number}/{total, number}' },
                        { met: k.met, total: k.total },
                      )}
                    </span>
                  )}
                  <span className="visually-hidden">
                    {done
                      ? intl.formatMessage({ id: 'credential.eligibilityRow.kindMet', defaultMessage: ': met' })
                      : intl.formatMessage(
                          { id: 'credential.eligibilityRow.kindLeft', defaultMessage: ': left — {left}' },
                          { left: left.join(LEFT_SEPARATOR) },
                        )}
                  </span>
                </li>
              );
            })}
          </ul>
        </td>
        <td>
          {r.eligible ? (
            <span className="pill pill-eligible">
              <FormattedMessage id="credential.eligibilityRow.eligible" defaultMessage="Eligible" />
            </span>
          ) : (
            <span className="pill pill-quiet">
              <FormattedMessage id="credential.eligibilityRow.notYet" defaultMessage="Not yet" />
            </span>
          )}
        </td>
        <td className="cell-nowrap">
          {credential ? (
            <CredentialCell enrolmentId={r.enrolmentId} credential={credential} learnerName={r.learnerName} />
          ) : (
            <span className="muted">
              <FormattedMessage {...common.none} />
            </span>
          )}
        </td>
        <td className="cell-actions">
          {r.eligible && !credential && (
            <button
              type="button"
              className="button button-primary button-small"
              disabled={approving}
              aria-label={intl.formatMessage(
                { id: 'credential.eligibilityRow.approveLabel', defaultMessage: 'Approve and issue the credential of {name}' },
                { name: r.learnerName },
              )}
              onClick={async () => {
                setError(null);
                try {
                  await approve({ variables: { enrolmentId: r.enrolmentId } });
                  onNotice(
                    intl.formatMessage(
                      {
                        id: 'credential.eligibilityRow.issuedNotice',
                        defaultMessage: '{name}’s credential was issued. They have been emailed the link to it.',
                      },
                      { name: r.learnerName },
                    ),
                  );
                  focusCredentialLink(r.enrolmentId);
                } catch (e) {
                  setError(e);
                }
              }}
            >
              {approving ? (
                <FormattedMessage id="credential.eligibilityRow.issuing" defaultMessage="Issuing…" />
              ) : (
                <FormattedMessage id="credential.eligibilityRow.approve" defaultMessage="Approve & issue" />
              )}
            </button>
          )}
          {canRevoke && !revoking && (
            <button
              ref={revokeButton}
              type="button"
              className="button button-danger-quiet button-small"
              aria-label={intl.formatMessage(
                { id: 'credential.eligibilityRow.revokeLabel', defaultMessage: 'Revoke the credential of {name}' },
                { name: r.learnerName },
              )}
              onClick={() => setRevoking(true)}
            >
              <FormattedMessage id="credential.eligibilityRow.revoke" defaultMessage="Revoke" />
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
                onNotice(
                  intl.formatMessage(
                    {
                      id: 'credential.eligibilityRow.revokedNotice',
                      defaultMessage:
                        '{name}’s credential was revoked. Its public page, its PDF and the issuer’s status list now show it as revoked.',
                    },
                    { name: r.learnerName },
                  ),
                );
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

function CredentialCell({
  enrolmentId,
  credential,
  learnerName,
}: {
  enrolmentId: string;
  credential: HeldCredential;
  learnerName: string;
}) {
  return (
    <span className="credential-cell">
      <span>
        <CredentialStatusPill status={credential.status} />
        {SPACE}
        <Link id={`credential-link-${enrolmentId}`} className="cell-link" to={`/credentials/${credential.id}`}>
          <FormattedMessage
            id="credential.eligibilityRow.view"
            defaultMessage="View<hidden> the credential of {name}</hidden>"
            values={{ name: learnerName, hidden }}
          />
        </Link>
      </span>
      <span className="cell-sub">
        <FormattedMessage
          id="credential.eligibilityRow.issuedOn"
          defaultMessage="Issued {date}"
          values={{ date: <DateTime value={credential.issuedAt} dateOnly /> }}
        />
      </span>
    </span>
  );
}

/** Revoking is for good: a reason (shown publicly), then an explicit second confirmation. */
function RevokeForm({
  credential,
  learnerName,
  onCancel,
  onRevoked,
}: {
  credential: HeldCredential;
  learnerName: string;
  onCancel: () => void;
  onRevoked: () => void;
}) {
  const intl = useIntl();
  const [revoke, { loading }] = useRevokeCredential();
  const reasonField = useFocusOnOpen<HTMLTextAreaElement>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const question = intl.formatMessage(
    { id: 'credential.revokeForm.question', defaultMessage: 'Revoke {name}’s credential for good?' },
    { name: learnerName },
  );

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const ask = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError(
        intl.formatMessage({
          id: 'credential.revokeForm.reasonMissing',
          defaultMessage: 'Give the reason for revoking; it is shown on the credential’s public page.',
        }),
      );
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
        <FormattedMessage id="credential.revokeForm.title" defaultMessage="Revoke {name}’s credential" values={{ name: learnerName }} />
      </h3>
      <p className="revoke-warning">
        <FormattedMessage
          id="credential.revokeForm.warning"
          defaultMessage="Anyone who checks it — on its page, through the QR code of its PDF, or in the issuer’s status list — will see it as revoked. This cannot be undone."
        />
      </p>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'credential.revokeForm.notRevoked', defaultMessage: 'The credential was not revoked' })}
        />
      )}
      <TextAreaField
        label={intl.formatMessage({ id: 'credential.revokeForm.reason', defaultMessage: 'Reason for revoking' })}
        hint={intl.formatMessage(
          { id: 'credential.revokeForm.reasonHint', defaultMessage: 'Shown on the public page. Up to {max, number} characters.' },
          { max: MAX_REASON },
        )}
        rows={2}
        maxLength={MAX_REASON}
        required
        ref={reasonField}
        value={reason}
        error={reasonError}
        readOnly={confirming}
        onChange={(e) => setReason(e.target.value)}
      />
      {confirming ? (
        <div className="confirm confirm-start" role="group" aria-label={question}>
          <span className="confirm-question">{question}</span>
          <button
            ref={confirmRef}
            type="button"
            className="button button-danger button-small"
            disabled={loading}
            onClick={() => void confirm()}
          >
            {loading ? (
              <FormattedMessage id="credential.revokeForm.revoking" defaultMessage="Revoking…" />
            ) : (
              <FormattedMessage id="credential.revokeForm.confirm" defaultMessage="Yes, revoke" />
            )}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
            <FormattedMessage id="credential.revokeForm.keep" defaultMessage="Keep it" />
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="submit" className="button button-danger button-small">
            <FormattedMessage id="credential.revokeForm.submit" defaultMessage="Revoke credential" />
          </button>
          <button type="button" className="button button-secondary button-small" onClick={onCancel}>
            <FormattedMessage {...common.cancel} />
          </button>
        </div>
      )}
    </form>
  );
}
