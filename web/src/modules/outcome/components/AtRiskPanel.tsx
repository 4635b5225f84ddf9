import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AtRiskLearnersDocument, MessageLearnersDocument, type RiskReason } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { TextAreaField, TextField } from '../../../ui/Field';
import { RISK_REASON_LABEL } from '../hooks/format';
import '../outcome.css';

/**
 * A cohort's learners at risk (the credential out of reach first), each reason in words, and
 * "message learners who…": pick some (or all with a reason) and email them through the outbox.
 */
export function AtRiskPanel({ cohortId, title = 'Learners at risk' }: { cohortId: string; title?: string }) {
  const { data, loading, error, refetch } = useQuery(AtRiskLearnersDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const [send, { loading: sending, error: sendError }] = useMutation(MessageLearnersDocument);

  if (loading && !data) return <Loading label="Loading learners at risk…" />;
  if (error && !data) return <ErrorNotice error={error} title="The at-risk list could not be loaded" onRetry={() => void refetch()} />;
  const list = data!.atRiskLearners;
  const reasons = [...new Set(list.flatMap((l) => l.reasons))] as RiskReason[];
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    setSent(null);
  };
  const chooseWho = (reason: RiskReason) => {
    setChosen(new Set(list.filter((l) => l.reasons.includes(reason)).map((l) => l.enrolmentId)));
    setSent(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await send({ variables: { cohortId, enrolmentIds: [...chosen], subject, body } }).catch(() => null);
    if (r?.data) {
      setSent(r.data.messageLearners.recipients);
      setChosen(new Set());
      setSubject('');
      setBody('');
    }
  };

  return (
    <Card title={title} description="Active learners with any risk reason, the credential out of reach first. Each reason says what to act on.">
      {list.length === 0 ? (
        <EmptyState title="Nobody is at risk">Every active learner is on track for the credential.</EmptyState>
      ) : (
        <>
          <DataTable
            name={{ caption: `${title}: ${list.length}` }}
            columns={[{ header: 'Choose', hidden: true }, 'Learner', 'Reasons', 'Credential']}
            rows={list}
            rowKey={(l) => l.enrolmentId}
            className="table-compact at-risk-table"
            renderRow={(l) => (
              <tr>
                <td>
                  <input type="checkbox" aria-label={`Choose ${l.learner.name}`} checked={chosen.has(l.enrolmentId)} onChange={() => toggle(l.enrolmentId)} />
                </td>
                <th scope="row">
                  {l.learner.name}
                  <span className="muted block">{l.learner.email}</span>
                </th>
                <td>
                  <ul className="reason-list">
                    {l.reasons.map((r) => (
                      <li key={r} className="pill pill-risk">
                        {RISK_REASON_LABEL[r]}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{l.credentialReachable ? <span>{l.summary.replace(/^Still reachable: /, 'Reachable: ')}</span> : <strong>Out of reach</strong>}</td>
              </tr>
            )}
          />
          <form className="stack message-learners" onSubmit={(e) => void submit(e)} aria-labelledby={`${cohortId}-message`}>
            <h3 id={`${cohortId}-message`} className="card-subtitle">
              Message learners who…
            </h3>
            <div className="button-row" role="group" aria-label="Choose learners who">
              {reasons.map((r) => (
                <button key={r} type="button" className="button button-secondary button-small" onClick={() => chooseWho(r)}>
                  {RISK_REASON_LABEL[r]}
                </button>
              ))}
            </div>
            <p className="muted" aria-live="polite">
              {chosen.size === 0 ? 'Nobody chosen yet.' : `${chosen.size} learner${chosen.size === 1 ? '' : 's'} chosen.`}
            </p>
            <TextField label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} required />
            <TextAreaField label="Message" value={body} onChange={(e) => setBody(e.target.value)} rows={4} maxLength={10000} required />
            {sendError && <p className="field-error">{errorMessage(sendError)}</p>}
            {sent !== null && <SuccessNotice>Sent to {sent} learner{sent === 1 ? '' : 's'}.</SuccessNotice>}
            <div className="form-actions">
              <button type="submit" className="button" disabled={sending || chosen.size === 0}>
                {sending ? 'Sending…' : `Send to ${chosen.size} learner${chosen.size === 1 ? '' : 's'}`}
              </button>
            </div>
          </form>
        </>
      )}
    </Card>
  );
}
