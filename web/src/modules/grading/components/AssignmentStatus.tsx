import { Link } from 'react-router';
import { formatSessionTime } from '../../../lib/time';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { DUE_SOURCE_LABEL } from '../hooks/labels';
import { useMyAssignments, type MyAssignment } from '../hooks/useAssignments';
import { LatePill, ProgressPill } from './GradingPills';
import '../../../styles/grading.css';

/** The week's submission in the learner's week panel: where it stands, the due point that applies, and the way in. */
export function AssignmentStatus({ enrolmentId, week, open }: { enrolmentId: string; week: number; open: boolean }) {
  const { data, error } = useMyAssignments(enrolmentId);
  const a = data?.myAssignments.find((w) => w.week === week);
  const path = `/learner/assignments/${enrolmentId}/${week}`;
  if (!a) {
    // still loading, or the status could not be read: the assignment page says more
    return error && open ? (
      <p>
        <Link to={path}>Open the week {week} assignment</Link>
      </p>
    ) : null;
  }
  return <StatusLine assignment={a} path={path} />;
}

function StatusLine({ assignment: a, path }: { assignment: MyAssignment; path: string }) {
  const timeZone = useTimeZone();
  const latest = a.submissions[0];
  const action = !a.open
    ? null
    : a.progress === 'NOT_SUBMITTED'
      ? a.canSubmit
        ? 'Submit your work'
        : 'Open the assignment'
      : a.progress === 'REVISION_REQUESTED'
        ? 'Read the feedback and resubmit'
        : a.progress === 'AWAITING_REVIEW'
          ? 'Open your submission'
          : 'See your feedback';
  return (
    <div className="submission-slot">
      <p className="submission-status">
        <span className="visually-hidden">Your submission: </span>
        <ProgressPill progress={a.progress} />
        {latest?.late && <LatePill />}
        {latest && (
          <span className="muted">
            Version {latest.version}
            {latest.review && (
              <>
                {' '}
                · {latest.review.total} / {latest.review.maxPoints} points
              </>
            )}
          </span>
        )}
      </p>
      <p className="submission-due">
        Your due point: <time dateTime={a.dueAt}>{formatSessionTime(a.dueAt, timeZone)}</time> · {DUE_SOURCE_LABEL[a.dueSource]}
      </p>
      {action && (
        <p>
          <Link className={`button button-small ${a.progress === 'NOT_SUBMITTED' || a.progress === 'REVISION_REQUESTED' ? 'button-primary' : 'button-secondary'}`} to={path}>
            {action}
            <span className="visually-hidden"> for week {a.week}</span>
          </Link>
        </p>
      )}
    </div>
  );
}
