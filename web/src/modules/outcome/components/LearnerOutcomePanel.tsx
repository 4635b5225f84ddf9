import { useQuery } from '@apollo/client/react';
import { MyPathToCredentialDocument, type GoalCheckInKind, type GoalReached } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { RISK_REASON_LABEL } from '../hooks/format';
import '../outcome.css';

const KIND: Record<GoalCheckInKind, string> = { MID: 'Mid-programme', END: 'End of programme', FOLLOW_UP: 'Follow-up' };
const REACHED: Record<GoalReached, string> = { YES: 'Reached', PARTLY: 'Partly reached', NO: 'Not reached' };

/** The learner's path to the credential in one sentence, and their goal with its check-ins. */
export function LearnerOutcomePanel({ enrolmentId }: { enrolmentId: string }) {
  const { data, loading, error, refetch } = useQuery(MyPathToCredentialDocument, { variables: { enrolmentId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Loading your path to the credential…" />;
  if (error && !data) return <ErrorNotice error={error} title="Your path to the credential could not be loaded" onRetry={() => void refetch()} />;
  const { myPathToCredential: p, enrolmentGoal: g } = data!;
  return (
    <div className="home-grid">
      <Card title="Path to your credential" description={p.reachable ? 'What is still needed, from the calendar left.' : 'The credential is out of reach in this cohort.'}>
        <p className="path-summary">
          <strong>{p.summary}</strong>
        </p>
        {p.reasons.length > 0 && (
          <>
            <p className="muted">Worth acting on now:</p>
            <ul className="reason-list">
              {p.reasons.map((r) => (
                <li key={r} className="pill pill-risk">
                  {RISK_REASON_LABEL[r]}
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      <Card title="Your goal" description="What you came to change at work, and how it is going.">
        {g.statement ? <p>{g.statement}</p> : <p className="muted">You have not stated a goal yet.</p>}
        {g.measure && (
          <p className="muted">
            Measured as {g.measure}
            {g.baseline !== null && <>: from {g.baseline}</>}
            {g.target !== null && <> to {g.target}</>}
            {g.byDate && <> by {g.byDate}</>}
          </p>
        )}
        {g.checkIns.length > 0 ? (
          <ol className="goal-history" aria-label="Goal check-ins">
            {g.checkIns.map((c) => (
              <li key={c.id}>
                <strong>{KIND[c.kind]}</strong>: {REACHED[c.reached]}
                {c.currentValue !== null && <> (now {c.currentValue})</>}
                {c.note && <span className="block">{c.note}</span>}
                {c.coachConfirmedAt && <span className="block muted">Confirmed by your coach{c.coachComment ? `: ${c.coachComment}` : ''}</span>}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">Check-ins open at mid-programme (week 4), at the end, and for a follow-up after the programme.</p>
        )}
      </Card>
    </div>
  );
}
