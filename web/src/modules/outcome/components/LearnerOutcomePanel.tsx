import { useQuery } from '@apollo/client/react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { MyPathToCredentialDocument, type GoalCheckInKind, type GoalReached } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { RISK_REASON_MESSAGES } from '../hooks/format';
import { pathSentence } from '../hooks/pathSentence';
import '../outcome.css';

const KIND: Record<GoalCheckInKind, MessageDescriptor> = defineMessages({
  MID: { id: 'outcome.learnerPanel.kindMid', defaultMessage: 'Mid-programme' },
  END: { id: 'outcome.learnerPanel.kindEnd', defaultMessage: 'End of programme' },
  FOLLOW_UP: { id: 'outcome.learnerPanel.kindFollowUp', defaultMessage: 'Follow-up' },
});
const REACHED: Record<GoalReached, MessageDescriptor> = defineMessages({
  YES: { id: 'outcome.learnerPanel.reachedYes', defaultMessage: 'Reached' },
  PARTLY: { id: 'outcome.learnerPanel.reachedPartly', defaultMessage: 'Partly reached' },
  NO: { id: 'outcome.learnerPanel.reachedNo', defaultMessage: 'Not reached' },
});

/** The learner's path to the credential in one sentence, and their goal with its check-ins. */
export function LearnerOutcomePanel({ enrolmentId }: { enrolmentId: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(MyPathToCredentialDocument, {
    variables: { enrolmentId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data)
    return (
      <Loading label={intl.formatMessage({ id: 'outcome.learnerPanel.loading', defaultMessage: 'Loading your path to the credential…' })} />
    );
  if (error && !data)
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({
          id: 'outcome.learnerPanel.loadFailed',
          defaultMessage: 'Your path to the credential could not be loaded',
        })}
        onRetry={() => void refetch()}
      />
    );
  const { myPathToCredential: p, enrolmentGoal: g } = data!;
  return (
    <div className="home-grid">
      <Card
        title={intl.formatMessage({ id: 'outcome.learnerPanel.pathTitle', defaultMessage: 'Path to your credential' })}
        description={
          p.reachable
            ? intl.formatMessage({
                id: 'outcome.learnerPanel.pathReachable',
                defaultMessage: 'What is still needed, from the calendar left.',
              })
            : intl.formatMessage({
                id: 'outcome.learnerPanel.pathUnreachable',
                defaultMessage: 'The credential is out of reach in this cohort.',
              })
        }
      >
        <p className="path-summary">
          <strong>{pathSentence(intl, p)}</strong>
        </p>
        {p.reasons.length > 0 && (
          <>
            <p className="muted">
              <FormattedMessage id="outcome.learnerPanel.actOn" defaultMessage="Worth acting on now:" />
            </p>
            <ul className="reason-list">
              {p.reasons.map((r) => (
                <li key={r} className="pill pill-risk">
                  {intl.formatMessage(RISK_REASON_MESSAGES[r])}
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      <Card
        title={intl.formatMessage({ id: 'outcome.learnerPanel.goalTitle', defaultMessage: 'Your goal' })}
        description={intl.formatMessage({
          id: 'outcome.learnerPanel.goalDescription',
          defaultMessage: 'What you came to change at work, and how it is going.',
        })}
      >
        {g.statement ? (
          <p>{g.statement}</p>
        ) : (
          <p className="muted">
            <FormattedMessage id="outcome.learnerPanel.noGoal" defaultMessage="You have not stated a goal yet." />
          </p>
        )}
        {g.measure && (
          <p className="muted">
            <FormattedMessage
              id="outcome.learnerPanel.measure"
              defaultMessage="Measured as {measure}{hasBaseline, select, yes {: from {baseline}} other {}}{hasTarget, select, yes { to {target}} other {}}{hasDate, select, yes { by {byDate}} other {}}"
              // the goal's own figures and date, written as the learner entered them
              values={{
                measure: g.measure,
                hasBaseline: g.baseline !== null ? 'yes' : 'no',
                baseline: String(g.baseline ?? ''),
                hasTarget: g.target !== null ? 'yes' : 'no',
                target: String(g.target ?? ''),
                hasDate: g.byDate ? 'yes' : 'no',
                byDate: g.byDate ?? '',
              }}
            />
          </p>
        )}
        {g.checkIns.length > 0 ? (
          <ol
            className="goal-history"
            aria-label={intl.formatMessage({ id: 'outcome.learnerPanel.checkIns', defaultMessage: 'Goal check-ins' })}
          >
            {g.checkIns.map((c) => (
              <li key={c.id}>
                <FormattedMessage
                  id="outcome.learnerPanel.checkIn"
                  defaultMessage="<b>{kind}</b>: {reached}"
                  values={{
                    kind: intl.formatMessage(KIND[c.kind]),
                    reached: intl.formatMessage(REACHED[c.reached]),
                    b: (chunks) => <strong>{chunks}</strong>,
                  }}
                />
                {c.currentValue !== null && (
                  <>
                    {' '}
                    <FormattedMessage
                      id="outcome.learnerPanel.now"
                      defaultMessage="(now {value})"
                      values={{ value: String(c.currentValue) }}
                    />
                  </>
                )}
                {c.note && <span className="block">{c.note}</span>}
                {c.coachConfirmedAt && (
                  <span className="block muted">
                    {c.coachComment ? (
                      <FormattedMessage
                        id="outcome.learnerPanel.confirmedComment"
                        defaultMessage="Confirmed by your coach: {comment}"
                        values={{ comment: c.coachComment }}
                      />
                    ) : (
                      <FormattedMessage id="outcome.learnerPanel.confirmed" defaultMessage="Confirmed by your coach" />
                    )}
                  </span>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">
            <FormattedMessage
              id="outcome.learnerPanel.checkInsLater"
              defaultMessage="Check-ins open at mid-programme (week 4), at the end, and for a follow-up after the programme."
            />
          </p>
        )}
      </Card>
    </div>
  );
}
