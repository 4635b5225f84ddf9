import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../../ui/Card';
import { Meter } from '../../../ui/Meter';
import { LearnerCoachingCard } from '../../booking/components/LearnerCoachingCard';
import { EligibilityCard } from '../../credential/components/EligibilityCard';
import { attendanceSummary, formatPercentFigure } from '../hooks/attendance';
import type { LearnerEnrolment } from '../hooks/useLearnerHome';
import { GoalCard } from './GoalCard';

/*
 * The learner home's side column: below the first screen on a phone and on a laptop alike, so it
 * is a chunk of its own, loaded when the reader scrolls towards it (LearnerHome, ui/WhenNear).
 */

/** Shown for a percent not known yet; not a word. */
const NO_FIGURE = '—';

/** Progress, goal, coaching and what is left before the certificate. */
export function LearnerSide({ enrolment: e }: { enrolment: LearnerEnrolment }) {
  return (
    <div className="learner-side">
      <ProgressCard enrolment={e} />
      <GoalCard enrolment={e} />
      <LearnerCoachingCard enrolmentId={e.id} />
      <EligibilityCard enrolmentId={e.id} />
    </div>
  );
}

/** Progress on content and live-session attendance against the programme's minimum. */
export function ProgressCard({ enrolment }: { enrolment: LearnerEnrolment }) {
  const intl = useIntl();
  const { attendance, progressPercent, completedItems, totalItems } = enrolment;
  const min = enrolment.cohort.programme.minAttendancePercent;
  const below = attendance.percent != null && attendance.percent < min;
  const contentLabel = intl.formatMessage({ id: 'learner.progress.content', defaultMessage: 'Content completed' });
  const attendanceLabel = intl.formatMessage({ id: 'learner.progress.attendance', defaultMessage: 'Live-session attendance' });
  const summary = attendanceSummary(intl, attendance);
  return (
    <Card title={intl.formatMessage({ id: 'learner.progress.title', defaultMessage: 'Your progress' })}>
      <div className="stat">
        <div className="stat-head">
          <span className="stat-label" id={`progress-${enrolment.id}`}>
            {contentLabel}
          </span>
          <span className="stat-value" data-testid="progress-percent">
            {formatPercentFigure(intl, progressPercent)}
          </span>
        </div>
        <Meter label={contentLabel} percent={progressPercent} />
        <p className="stat-note">
          <FormattedMessage
            id="learner.progress.items"
            defaultMessage="{completed, number} of {total, number} items"
            values={{ completed: completedItems, total: totalItems }}
          />
        </p>
      </div>
      <div className="stat">
        <div className="stat-head">
          <span className="stat-label">{attendanceLabel}</span>
          <span className="stat-value" data-testid="attendance-percent">
            {attendance.percent == null ? NO_FIGURE : formatPercentFigure(intl, attendance.percent)}
          </span>
        </div>
        {attendance.percent != null && <Meter label={attendanceLabel} percent={attendance.percent} tone={below ? 'warning' : 'success'} />}
        <p className={`stat-note${below ? ' stat-warning' : ''}`}>
          {attendance.counted === 0 ? (
            <FormattedMessage id="learner.progress.attendanceSummary" defaultMessage="{summary}." values={{ summary }} />
          ) : below ? (
            <FormattedMessage
              id="learner.progress.attendanceBelow"
              defaultMessage="{summary}. Below the {min, number} % the credential needs."
              values={{ summary, min }}
            />
          ) : (
            <FormattedMessage
              id="learner.progress.attendanceMeets"
              defaultMessage="{summary}. The credential needs {min, number} %."
              values={{ summary, min }}
            />
          )}
        </p>
      </div>
    </Card>
  );
}
