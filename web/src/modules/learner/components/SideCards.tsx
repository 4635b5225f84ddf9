import { Link } from 'react-router';
import { formatSessionTime, zoneLongName } from '../../../lib/time';
import type { AssignmentProgress } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { Meter } from '../../../ui/Meter';
import { useTimeZone } from '../../auth/hooks/useViewer';
import type { LearnerEnrolment } from '../hooks/useLearnerHome';
import { formatMinutes } from './WeekPanel';

/** The next live session, in the viewer's zone with the zone named, and the link to join it. */
export function NextSessionCard({ enrolment }: { enrolment: LearnerEnrolment }) {
  const timeZone = useTimeZone();
  const s = enrolment.nextSession;
  return (
    <Card title="Next live session">
      {!s ? (
        <EmptyState title="No live session coming up">Sessions of your cohort appear here with the link to join.</EmptyState>
      ) : (
        <div className="next-session">
          <p className="next-session-title">{s.title}</p>
          <p className="next-session-time">
            <time dateTime={s.startsAt} title={`${zoneLongName(timeZone, new Date(s.startsAt))} (${timeZone})`}>
              {formatSessionTime(s.startsAt, timeZone)}
            </time>
          </p>
          <p className="muted">
            Week {s.week} · {formatMinutes(s.durationMinutes)}
            {s.host && <> · hosted by {s.host.name}</>}
          </p>
          {s.joinUrl ? (
            <a className="button button-primary" href={s.joinUrl} target="_blank" rel="noreferrer">
              Join session<span className="visually-hidden"> {s.title} (opens in a new tab)</span>
            </a>
          ) : (
            <p className="field-hint">The link to join will appear here before the session.</p>
          )}
        </div>
      )}
      <p className="card-link-row">
        <Link to={`/learner/schedule/${enrolment.id}`}>All sessions, recordings and your attendance</Link>
      </p>
    </Card>
  );
}

const DUE_STATE: Record<AssignmentProgress, string> = {
  NOT_SUBMITTED: 'Not submitted yet',
  AWAITING_REVIEW: 'Submitted · awaiting review',
  REVISION_REQUESTED: 'Revise and resubmit',
  PASSED: 'Passed',
  FAILED: 'Not passed',
};

/** What the learner still has to do (or wait for), each a link to the assignment; passed weeks leave the list. */
export function DueCard({ enrolment }: { enrolment: LearnerEnrolment }) {
  const timeZone = useTimeZone();
  return (
    <Card title="What’s due">
      {enrolment.due.length === 0 ? (
        <EmptyState title="Nothing due right now">Assignments of open weeks appear here until they have passed.</EmptyState>
      ) : (
        <ul className="due-list" data-testid="due-list">
          {enrolment.due.map((d) => {
            const tone = d.overdue ? 'overdue' : d.state === 'REVISION_REQUESTED' ? 'revise' : 'plain';
            return (
              <li key={`${d.week}-${d.title}`} className="due-item" data-state={d.state}>
                <Link className="due-title" to={`/learner/assignments/${enrolment.id}/${d.week}`}>
                  {d.title}
                </Link>
                <span className="due-meta">
                  Week {d.week} · due <time dateTime={d.dueAt}>{formatSessionTime(d.dueAt, timeZone)}</time>
                </span>
                <span className={`due-state due-state-${tone}`}>{d.overdue ? `Overdue · ${DUE_STATE[d.state].toLowerCase()}` : DUE_STATE[d.state]}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

/** Progress on content and live-session attendance against the programme's minimum. */
export function ProgressCard({ enrolment }: { enrolment: LearnerEnrolment }) {
  const { attendance, progressPercent, completedItems, totalItems } = enrolment;
  const min = enrolment.cohort.programme.minAttendancePercent;
  const below = attendance.percent != null && attendance.percent < min;
  return (
    <Card title="Your progress">
      <div className="stat">
        <div className="stat-head">
          <span className="stat-label" id={`progress-${enrolment.id}`}>
            Content completed
          </span>
          <span className="stat-value" data-testid="progress-percent">
            {progressPercent} %
          </span>
        </div>
        <Meter label="Content completed" percent={progressPercent} />
        <p className="stat-note">
          {completedItems} of {totalItems} items
        </p>
      </div>
      <div className="stat">
        <div className="stat-head">
          <span className="stat-label">Live-session attendance</span>
          <span className="stat-value" data-testid="attendance-percent">
            {attendance.percent == null ? '—' : `${attendance.percent} %`}
          </span>
        </div>
        {attendance.percent != null && <Meter label="Live-session attendance" percent={attendance.percent} tone={below ? 'warning' : 'success'} />}
        <p className={`stat-note${below ? ' stat-warning' : ''}`}>
          {attendance.summary}. {attendance.counted > 0 && (below ? `Below the ${min} % the credential needs.` : `The credential needs ${min} %.`)}
        </p>
      </div>
    </Card>
  );
}
