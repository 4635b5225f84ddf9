import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { formatSessionTime } from '../../../lib/time';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { DUE_SOURCE_LABEL } from '../hooks/labels';
import { gradingMessages, SEPARATOR } from '../hooks/messages';
import { useMyAssignments, type MyAssignment } from '../hooks/useAssignments';
import { LatePill, ProgressPill } from './GradingPills';
import '../../../styles/grading.css';
import { SPACE } from '../../../lib/jsx';

/** The week's submission in the learner's week panel: where it stands, the due point that applies, and the way in. */
export function AssignmentStatus({ enrolmentId, week, open }: { enrolmentId: string; week: number; open: boolean }) {
  const { data, error } = useMyAssignments(enrolmentId);
  const a = data?.myAssignments.find((w) => w.week === week);
  const path = `/learner/assignments/${enrolmentId}/${week}`;
  if (!a) {
    // still loading, or the status could not be read: the assignment page says more
    return error && open ? (
      <p>
        <Link to={path}>
          <FormattedMessage
            id="grading.assignmentStatus.openWeek"
            defaultMessage="Open the week {week, number} assignment"
            values={{ week }}
          />
        </Link>
      </p>
    ) : null;
  }
  return <StatusLine assignment={a} path={path} />;
}

function StatusLine({ assignment: a, path }: { assignment: MyAssignment; path: string }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const latest = a.submissions[0];
  const action = !a.open
    ? null
    : a.progress === 'NOT_SUBMITTED'
      ? a.canSubmit
        ? 'submit'
        : 'open'
      : a.progress === 'REVISION_REQUESTED'
        ? 'resubmit'
        : a.progress === 'AWAITING_REVIEW'
          ? 'openSubmission'
          : 'feedback';
  return (
    <div className="submission-slot">
      <p className="submission-status">
        <span className="visually-hidden">
          <FormattedMessage id="grading.assignmentStatus.yourSubmission" defaultMessage="Your submission:" />
          {SPACE}
        </span>
        <ProgressPill progress={a.progress} />
        {latest?.late && <LatePill />}
        {latest && (
          <span className="muted">
            {intl.formatMessage(gradingMessages.version, { version: latest.version })}
            {latest.review && (
              <>
                {SEPARATOR}
                <FormattedMessage
                  id="grading.assignmentStatus.score"
                  defaultMessage="{total, number} / {max, plural, one {# point} other {# points}}"
                  values={{ total: latest.review.total, max: latest.review.maxPoints }}
                />
              </>
            )}
          </span>
        )}
      </p>
      <p className="submission-due">
        <FormattedMessage
          id="grading.assignmentStatus.due"
          defaultMessage="Your due point: <time>{due}</time> · {source}"
          values={{
            due: formatSessionTime(a.dueAt, timeZone),
            source: intl.formatMessage(DUE_SOURCE_LABEL[a.dueSource]),
            time: (chunks) => <time dateTime={a.dueAt}>{chunks}</time>,
          }}
        />
      </p>
      {action && (
        <p>
          <Link
            className={`button button-small ${a.progress === 'NOT_SUBMITTED' || a.progress === 'REVISION_REQUESTED' ? 'button-primary' : 'button-secondary'}`}
            to={path}
          >
            <FormattedMessage
              id="grading.assignmentStatus.action"
              defaultMessage="{action, select, submit {Submit your work} open {Open the assignment} resubmit {Read the feedback and resubmit} openSubmission {Open your submission} other {See your feedback}}<hidden> for week {week, number}</hidden>"
              values={{ action, week: a.week, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
            />
          </Link>
        </p>
      )}
    </div>
  );
}
