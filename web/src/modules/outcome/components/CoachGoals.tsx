import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import {
  CohortGoalsDocument,
  ConfirmGoalCheckInDocument,
  type CohortGoalsQuery,
  type GoalCheckInKind,
  type GoalReached,
} from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { formatNumber } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { useCohorts } from '../../cohort/hooks/useCohorts';
import '../outcome.css';

/** Between two phrases of one line; not a word. */
const SPACE = ' ';

type LearnerGoal = CohortGoalsQuery['cohortGoals'][number];
type CheckIn = LearnerGoal['goal']['checkIns'][number];

const KIND: Record<GoalCheckInKind, MessageDescriptor> = defineMessages({
  MID: { id: 'outcome.coachGoals.kindMid', defaultMessage: 'Mid-programme' },
  END: { id: 'outcome.coachGoals.kindEnd', defaultMessage: 'End of programme' },
  FOLLOW_UP: { id: 'outcome.coachGoals.kindFollowUp', defaultMessage: 'Follow-up' },
});
const REACHED: Record<GoalReached, MessageDescriptor> = defineMessages({
  YES: { id: 'outcome.coachGoals.reachedYes', defaultMessage: 'Reached' },
  PARTLY: { id: 'outcome.coachGoals.reachedPartly', defaultMessage: 'Partly reached' },
  NO: { id: 'outcome.coachGoals.reachedNo', defaultMessage: 'Not reached' },
});

/**
 * On the coach home: the learners' goals and check-ins of one of the coach's cohorts (running
 * or completed), the check-ins waiting for the coach first, each confirmed with a comment.
 */
export function CoachGoals() {
  const intl = useIntl();
  const selectId = useId();
  const { data } = useCohorts();
  const cohorts = (data?.cohorts ?? []).filter((c) => c.status === 'RUNNING' || c.status === 'COMPLETED');
  const [chosen, setChosen] = useState<string | null>(null);
  if (cohorts.length === 0) return null;
  const cohortId = chosen && cohorts.some((c) => c.id === chosen) ? chosen : cohorts[0].id;
  return (
    <Card
      title={intl.formatMessage({ id: 'outcome.coachGoals.title', defaultMessage: 'Learners’ goals' })}
      description={intl.formatMessage({
        id: 'outcome.coachGoals.description',
        defaultMessage:
          'What each learner came to change at work and their check-ins. Confirm a check-in once you have seen the evidence, with a comment if you like.',
      })}
      className="coach-goals"
    >
      {cohorts.length > 1 && (
        <div className="field">
          <label htmlFor={selectId}>
            <FormattedMessage id="outcome.coachGoals.cohort" defaultMessage="Cohort" />
          </label>
          <select id={selectId} value={cohortId} onChange={(e) => setChosen(e.target.value)}>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <CohortGoalsList key={cohortId} cohortId={cohortId} />
    </Card>
  );
}

function CohortGoalsList({ cohortId }: { cohortId: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(CohortGoalsDocument, { variables: { cohortId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'outcome.coachGoals.loading', defaultMessage: 'Loading the learners’ goals…' })} />;
  if (error && !data)
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'outcome.coachGoals.loadFailed', defaultMessage: 'The learners’ goals could not be loaded' })}
        onRetry={() => void refetch()}
      />
    );
  const list = data!.cohortGoals;
  if (list.length === 0)
    return (
      <EmptyState title={intl.formatMessage({ id: 'outcome.coachGoals.emptyTitle', defaultMessage: 'No learners yet' })}>
        <FormattedMessage
          id="outcome.coachGoals.emptyText"
          defaultMessage="The goals of this cohort’s learners appear here once they are enrolled."
        />
      </EmptyState>
    );
  const waiting = list.reduce((n, l) => n + l.goal.checkIns.filter((c) => !c.coachConfirmedAt).length, 0);
  // those with a check-in waiting for the coach first, then by name (as the API sends them)
  const ordered = [...list].sort(
    (a, b) => Number(b.goal.checkIns.some((c) => !c.coachConfirmedAt)) - Number(a.goal.checkIns.some((c) => !c.coachConfirmedAt)),
  );
  return (
    <>
      <p className={waiting ? 'notice notice-warning' : 'muted'} role="status">
        <FormattedMessage
          id="outcome.coachGoals.waiting"
          defaultMessage="{count, plural, =0 {No check-in is waiting for you.} one {# check-in to confirm} other {# check-ins to confirm}}"
          values={{ count: waiting }}
        />
      </p>
      <ul className="goal-learners">
        {ordered.map((l) => (
          <LearnerGoalItem key={l.enrolmentId} learner={l} />
        ))}
      </ul>
    </>
  );
}

function LearnerGoalItem({ learner: l }: { learner: LearnerGoal }) {
  const intl = useIntl();
  const g = l.goal;
  const headingId = useId();
  return (
    <li className="goal-learner" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-subtitle">
        {l.learner.name}
      </h3>
      {g.statement ? (
        <p>{g.statement}</p>
      ) : (
        <p className="muted">
          <FormattedMessage id="outcome.coachGoals.noGoal" defaultMessage="No goal stated yet." />
        </p>
      )}
      {g.measure && (
        <p className="muted">
          <FormattedMessage
            id="outcome.coachGoals.measure"
            defaultMessage="Measured as {measure}{hasBaseline, select, yes {: from {baseline}} other {}}{hasTarget, select, yes { to {target}} other {}}{hasDate, select, yes { by {byDate}} other {}}"
            // the goal's own figures and date, written as the learner entered them
            values={{
              measure: g.measure,
              hasBaseline: g.baseline !== null ? 'yes' : 'no',
              baseline: g.baseline === null ? '' : formatNumber(g.baseline),
              hasTarget: g.target !== null ? 'yes' : 'no',
              target: g.target === null ? '' : formatNumber(g.target),
              hasDate: g.byDate ? 'yes' : 'no',
              byDate: g.byDate ?? '',
            }}
          />
        </p>
      )}
      {g.checkIns.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="outcome.coachGoals.noCheckIns" defaultMessage="No check-in recorded yet." />
        </p>
      ) : (
        <ol
          className="goal-history"
          aria-label={intl.formatMessage(
            { id: 'outcome.coachGoals.checkIns', defaultMessage: 'Check-ins of {name}' },
            { name: l.learner.name },
          )}
        >
          {g.checkIns.map((c) => (
            <CheckInItem key={c.id} enrolmentId={l.enrolmentId} learnerName={l.learner.name} checkIn={c} />
          ))}
        </ol>
      )}
    </li>
  );
}

function CheckInItem({ enrolmentId, learnerName, checkIn: c }: { enrolmentId: string; learnerName: string; checkIn: CheckIn }) {
  const intl = useIntl();
  const commentId = useId();
  const [comment, setComment] = useState<string | null>(null);
  const [confirm, { loading, error }] = useMutation(ConfirmGoalCheckInDocument);
  const [editing, setEditing] = useState(false);
  const kind = intl.formatMessage(KIND[c.kind]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await confirm({ variables: { enrolmentId, kind: c.kind, comment: (comment ?? c.coachComment ?? '').trim() || null } }).catch(
      () => null,
    );
    if (r?.data) {
      setEditing(false);
      setComment(null);
    }
  };
  return (
    <li>
      <FormattedMessage
        id="outcome.coachGoals.checkIn"
        defaultMessage="<b>{kind}</b>: {reached}"
        values={{ kind, reached: intl.formatMessage(REACHED[c.reached]), b: (chunks) => <strong>{chunks}</strong> }}
      />
      {c.currentValue !== null && (
        <>
          {SPACE}
          <FormattedMessage id="outcome.coachGoals.now" defaultMessage="(now {value})" values={{ value: formatNumber(c.currentValue) }} />
        </>
      )}
      {c.note && <span className="block">{c.note}</span>}
      {c.coachConfirmedAt && !editing ? (
        <span className="block muted">
          {c.coachComment ? (
            <FormattedMessage
              id="outcome.coachGoals.confirmedComment"
              defaultMessage="Confirmed by {coach}: {comment}"
              values={{ coach: c.coachConfirmedBy?.name ?? '', comment: c.coachComment }}
            />
          ) : (
            <FormattedMessage
              id="outcome.coachGoals.confirmed"
              defaultMessage="Confirmed by {coach}"
              values={{ coach: c.coachConfirmedBy?.name ?? '' }}
            />
          )}
          {SPACE}
          <button type="button" className="button button-quiet button-small" onClick={() => setEditing(true)}>
            <FormattedMessage
              id="outcome.coachGoals.editComment"
              defaultMessage="Change the comment<hidden> on {name}’s {kind} check-in</hidden>"
              values={{ name: learnerName, kind, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
            />
          </button>
        </span>
      ) : (
        <form className="stack goal-confirm" onSubmit={(e) => void submit(e)}>
          <label htmlFor={commentId}>
            <FormattedMessage
              id="outcome.coachGoals.comment"
              defaultMessage="Your comment for {name} (optional)"
              values={{ name: learnerName }}
            />
          </label>
          <textarea
            id={commentId}
            rows={2}
            maxLength={2000}
            value={comment ?? c.coachComment ?? ''}
            onChange={(e) => setComment(e.target.value)}
          />
          {error && <p className="field-error">{errorMessage(error)}</p>}
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={loading}>
              <FormattedMessage
                id="outcome.coachGoals.confirm"
                defaultMessage="Confirm<hidden> {name}’s {kind} check-in</hidden>"
                values={{ name: learnerName, kind, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
              />
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
