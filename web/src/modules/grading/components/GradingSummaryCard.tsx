import { Link } from 'react-router';
import { formatDate } from '../../../lib/time';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useGradingSummary } from '../hooks/useGrading';
import '../../../styles/grading.css';

/** The coach's home: how much grading waits and since when, one line with the way to the queue. */
export function GradingSummaryCard() {
  const timeZone = useTimeZone();
  const { data, error } = useGradingSummary();
  if (!data) {
    return error ? (
      <section className="card grading-summary" aria-labelledby="grading-summary-title">
        <h2 id="grading-summary-title" className="card-title">
          Grading queue
        </h2>
        <p className="muted">The queue could not be counted just now.</p>
        <Link className="button button-secondary button-small" to="/coach/grading">
          Open the grading queue
        </Link>
      </section>
    ) : null;
  }
  const { awaiting, drafts } = data;
  const waiting = awaiting.total + drafts.total;
  const oldest = [awaiting.items[0]?.submittedAt, drafts.items[0]?.submittedAt].filter((d): d is string => !!d).sort()[0];
  return (
    <section className={`card grading-summary${waiting > 0 ? ' grading-summary-waiting' : ''}`} aria-labelledby="grading-summary-title">
      <div className="grading-summary-main">
        <h2 id="grading-summary-title" className="card-title">
          Grading queue: {waiting === 0 ? 'nothing waiting' : `${waiting} waiting`}
          {oldest && <span className="grading-summary-oldest">, oldest from {formatDate(oldest, timeZone)}</span>}
        </h2>
        <p className="card-description">
          {waiting === 0
            ? 'Every submission in your cohorts has a released review.'
            : `${awaiting.total} awaiting review${drafts.total ? `, ${drafts.total} draft ${drafts.total === 1 ? 'review' : 'reviews'} not released yet` : ''}. Oldest first.`}
        </p>
      </div>
      <Link className={`button ${waiting > 0 ? 'button-primary' : 'button-secondary'}`} to="/coach/grading">
        Open the grading queue
      </Link>
    </section>
  );
}
