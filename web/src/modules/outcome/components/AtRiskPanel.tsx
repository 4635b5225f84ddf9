import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { AtRiskLearnersDocument, MessageLearnersDocument, type RiskReason } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { Card } from '../../../ui/Card';
import { DataTable, TablePager } from '../../../ui/DataTable';
import { ScrollBox } from './ScrollBox';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { TextAreaField, TextField } from '../../../ui/Field';
import { RISK_REASON_MESSAGES } from '../hooks/format';
import { pathSentence } from '../hooks/pathSentence';
import { offsetPager } from '../../../ui/offsetPager';
import '../outcome.css';

/** learners at risk shown a page at a time */
export const AT_RISK_PAGE = 20;

/**
 * A cohort's learners at risk (the credential out of reach first), each reason in words, and
 * "message learners who…": pick some (or all with a reason) and email them through the outbox.
 */
export function AtRiskPanel({ cohortId, title: givenTitle }: { cohortId: string; title?: string }) {
  const intl = useIntl();
  const title = givenTitle ?? intl.formatMessage({ id: 'outcome.atRisk.title', defaultMessage: 'Learners at risk' });
  const { data, loading, error, refetch } = useQuery(AtRiskLearnersDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState<number | null>(null);
  const [page, setPage] = useState(0);
  const [send, { loading: sending, error: sendError }] = useMutation(MessageLearnersDocument);

  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'outcome.atRisk.loading', defaultMessage: 'Loading learners at risk…' })} />;
  if (error && !data)
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'outcome.atRisk.loadFailed', defaultMessage: 'The at-risk list could not be loaded' })}
        onRetry={() => void refetch()}
      />
    );
  const list = data!.atRiskLearners;
  // a page at a time (a large cohort may have hundreds at risk); choosing by reason still spans every page
  const lastPage = Math.max(0, Math.ceil(list.length / AT_RISK_PAGE) - 1);
  const at = Math.min(page, lastPage);
  const shown = list.slice(at * AT_RISK_PAGE, (at + 1) * AT_RISK_PAGE);
  const pager = offsetPager(intl, {
    // named after the panel: the coach home shows one panel per running cohort
    label: intl.formatMessage({ id: 'outcome.atRisk.pages', defaultMessage: 'Pages of {title}' }, { title }),
    page: at,
    size: AT_RISK_PAGE,
    total: list.length,
    shown: shown.length,
    setPage,
  });
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
    <Card
      title={title}
      description={intl.formatMessage({
        id: 'outcome.atRisk.description',
        defaultMessage: 'Active learners with any risk reason, the credential out of reach first. Each reason says what to act on.',
      })}
    >
      {list.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'outcome.atRisk.emptyTitle', defaultMessage: 'Nobody is at risk' })}>
          <FormattedMessage id="outcome.atRisk.emptyText" defaultMessage="Every active learner is on track for the credential." />
        </EmptyState>
      ) : (
        <>
          <ScrollBox label={intl.formatMessage({ id: 'outcome.atRisk.scrollBox', defaultMessage: 'Learners at risk, scrolls sideways' })}>
            <DataTable
              name={{
                caption: intl.formatMessage(
                  { id: 'outcome.atRisk.caption', defaultMessage: '{title}: {count, number}' },
                  { title, count: list.length },
                ),
              }}
              columns={[
                { header: intl.formatMessage({ id: 'outcome.atRisk.choose', defaultMessage: 'Choose' }), hidden: true },
                intl.formatMessage({ id: 'outcome.atRisk.learner', defaultMessage: 'Learner' }),
                intl.formatMessage({ id: 'outcome.atRisk.reasons', defaultMessage: 'Reasons' }),
                intl.formatMessage({ id: 'outcome.atRisk.credential', defaultMessage: 'Credential' }),
              ]}
              rows={shown}
              rowKey={(l) => l.enrolmentId}
              className="table-compact at-risk-table"
              wrap={false}

              renderRow={(l) => (
                <tr>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={intl.formatMessage(
                        { id: 'outcome.atRisk.chooseLearner', defaultMessage: 'Choose {name}' },
                        { name: l.learner.name },
                      )}
                      checked={chosen.has(l.enrolmentId)}
                      onChange={() => toggle(l.enrolmentId)}
                    />
                  </td>
                  <th scope="row">
                    {l.learner.name}
                    <span className="muted block">{l.learner.email}</span>
                  </th>
                  <td>
                    <ul className="reason-list">
                      {l.reasons.map((r) => (
                        <li key={r} className="pill pill-risk">
                          {intl.formatMessage(RISK_REASON_MESSAGES[r])}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {l.credentialReachable ? (
                      <span>{pathSentence(intl, l.path, { short: true })}</span>
                    ) : (
                      <strong>
                        <FormattedMessage id="outcome.atRisk.outOfReach" defaultMessage="Out of reach" />
                      </strong>
                    )}
                  </td>
                </tr>
              )}
            />
          </ScrollBox>
          {pager && <TablePager pager={pager} />}
          <form className="stack message-learners" onSubmit={(e) => void submit(e)} aria-labelledby={`${cohortId}-message`}>
            <h3 id={`${cohortId}-message`} className="card-subtitle">
              <FormattedMessage id="outcome.atRisk.messageTitle" defaultMessage="Message learners who…" />
            </h3>
            <div
              className="button-row"
              role="group"
              aria-label={intl.formatMessage({ id: 'outcome.atRisk.chooseWho', defaultMessage: 'Choose learners who' })}
            >
              {reasons.map((r) => (
                <button key={r} type="button" className="button button-secondary button-small" onClick={() => chooseWho(r)}>
                  {intl.formatMessage(RISK_REASON_MESSAGES[r])}
                </button>
              ))}
            </div>
            <p className="muted" aria-live="polite">
              {intl.formatMessage(
                {
                  id: 'outcome.atRisk.chosen',
                  defaultMessage: '{count, plural, =0 {Nobody chosen yet.} one {# learner chosen.} other {# learners chosen.}}',
                },
                { count: chosen.size },
              )}
            </p>
            <TextField
              label={intl.formatMessage({ id: 'outcome.atRisk.subject', defaultMessage: 'Subject' })}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              maxLength={200}
              required
            />
            <TextAreaField
              label={intl.formatMessage({ id: 'outcome.atRisk.message', defaultMessage: 'Message' })}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={4}
              maxLength={10000}
              required
            />
            {sendError && <p className="field-error">{errorMessage(sendError)}</p>}
            {sent !== null && (
              <SuccessNotice>
                <FormattedMessage
                  id="outcome.atRisk.sent"
                  defaultMessage="{count, plural, one {Sent to # learner.} other {Sent to # learners.}}"
                  values={{ count: sent }}
                />
              </SuccessNotice>
            )}
            <div className="form-actions">
              <button type="submit" className="button" disabled={sending || chosen.size === 0}>
                {sending ? (
                  <FormattedMessage id="outcome.atRisk.sending" defaultMessage="Sending…" />
                ) : (
                  <FormattedMessage
                    id="outcome.atRisk.send"
                    defaultMessage="{count, plural, one {Send to # learner} other {Send to # learners}}"
                    values={{ count: chosen.size }}
                  />
                )}
              </button>
            </div>
          </form>
        </>
      )}
    </Card>
  );
}
