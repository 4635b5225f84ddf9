import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { errorCode } from '../../../lib/errors';
import { formatDateTime, zoneLongName } from '../../../lib/time';
import { Breadcrumb } from '../../../ui/Breadcrumb';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { PageHeader } from '../../../ui/PageHeader';
import { Markdown } from '../../../ui/Markdown';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useMyEnrolments } from '../../learner/hooks/useLearnerHome';
import { DUE_SOURCE_LABEL, kindsKey } from '../hooks/labels';
import { useMyAssignments, type MyAssignment } from '../hooks/useAssignments';
import { LatePill, ProgressPill } from './GradingPills';
import { ReviewSummary } from './ReviewSummary';
import { SubmissionForm } from './SubmissionForm';
import { RubricTable, VersionHistory } from './VersionHistory';
import '../../../styles/grading.css';

/** One week's assignment for the learner: instructions, due point, their versions, the released review, and the form. */
export function LearnerAssignment({ enrolmentId, week }: { enrolmentId: string; week: number }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useMyAssignments(enrolmentId);
  const enrolments = useMyEnrolments();
  const cohort = enrolments.data?.myEnrolments.find((e) => e.id === enrolmentId)?.cohort;
  const a = data?.myAssignments.find((w) => w.week === week);

  const breadcrumb = (
    <Breadcrumb
      trail={[
        {
          to: `/learner?enrolment=${enrolmentId}`,
          label: cohort?.name ?? intl.formatMessage({ id: 'grading.learnerAssignment.yourProgramme', defaultMessage: 'Your programme' }),
        },
      ]}
      current={intl.formatMessage({ id: 'grading.learnerAssignment.crumb', defaultMessage: 'Week {week, number} assignment' }, { week })}
    />
  );
  const notFound = intl.formatMessage({ id: 'grading.learnerAssignment.notFound', defaultMessage: 'Assignment not found' });
  const eyebrow = intl.formatMessage({ id: 'grading.learnerAssignment.eyebrow', defaultMessage: 'Learner' });

  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'grading.learnerAssignment.loading', defaultMessage: 'Loading the assignment…' })} />;
  if (error && !data) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader
          title={missing ? notFound : intl.formatMessage({ id: 'grading.learnerAssignment.title', defaultMessage: 'Assignment' })}
          eyebrow={eyebrow}
        />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  if (!a) {
    return (
      <>
        {breadcrumb}
        <PageHeader title={notFound} eyebrow={eyebrow} />
        <p>
          <FormattedMessage
            id="grading.learnerAssignment.noAssignment"
            defaultMessage="Week {week, number} of this programme has no assignment. <link>Back to your programme</link>."
            values={{ week, link: (chunks) => <Link to={`/learner?enrolment=${enrolmentId}`}>{chunks}</Link> }}
          />
        </p>
      </>
    );
  }
  return <AssignmentView assignment={a} breadcrumb={breadcrumb} />;
}

function AssignmentView({ assignment: a, breadcrumb }: { assignment: MyAssignment; breadcrumb: ReactNode }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const latest = a.submissions[0];
  const released = latest?.review ?? null;
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={a.title}
        eyebrow={intl.formatMessage(
          { id: 'grading.learnerAssignment.weekEyebrow', defaultMessage: 'Learner · week {week, number}: {weekTitle}' },
          { week: a.week, weekTitle: a.weekTitle },
        )}
      >
        <p className="assignment-facts">
          <ProgressPill progress={a.progress} />
          {latest?.late && <LatePill />}
          {latest && (
            <span>
              <FormattedMessage
                id="grading.learnerAssignment.latest"
                defaultMessage="Version {version, number}, submitted {when}"
                values={{ version: latest.version, when: formatDateTime(latest.submittedAt, timeZone) }}
              />
            </span>
          )}
        </p>
        <p className="assignment-due-line">
          <FormattedMessage
            id="grading.learnerAssignment.due"
            defaultMessage="Due <time>{due}</time> ({zone}) · {source}"
            values={{
              due: formatDateTime(a.dueAt, timeZone),
              zone: zoneLongName(timeZone, new Date(a.dueAt)),
              source: intl.formatMessage(DUE_SOURCE_LABEL[a.dueSource]),
              time: (chunks) => (
                <time dateTime={a.dueAt} className="cell-strong-inline">
                  {chunks}
                </time>
              ),
            }}
          />
        </p>
      </PageHeader>
      <div className="workspace">
        <div className="stack page-stack">
          {released && latest && (
            <Card
              title={intl.formatMessage({ id: 'grading.learnerAssignment.feedbackTitle', defaultMessage: 'Your feedback' })}
              description={intl.formatMessage(
                { id: 'grading.learnerAssignment.feedbackDescription', defaultMessage: 'On version {version, number}.' },
                { version: latest.version },
              )}
              className="feedback-card"
            >
              <ReviewSummary review={released} rubric={a.rubric} />
            </Card>
          )}
          <Card title={intl.formatMessage({ id: 'grading.learnerAssignment.instructionsTitle', defaultMessage: 'Instructions' })}>
            {a.instructions ? (
              <Markdown text={a.instructions} headingLevel={3} />
            ) : (
              <p className="muted">
                <FormattedMessage
                  id="grading.learnerAssignment.noInstructions"
                  defaultMessage="The instructions appear when the week opens."
                />
              </p>
            )}
            {a.submissionKinds.length > 0 && (
              <p className="field-hint">
                <FormattedMessage
                  id="grading.learnerAssignment.submitAs"
                  defaultMessage="{kinds, select, TEXT {Submit as text.} LINK {Submit as a link.} FILE {Submit as a file.} TEXT_LINK {Submit as text or a link.} TEXT_FILE {Submit as text or a file.} LINK_FILE {Submit as a link or a file.} other {Submit as text, a link or a file.}}"
                  values={{ kinds: kindsKey(a.submissionKinds) }}
                />
              </p>
            )}
          </Card>
          <SubmitCard assignment={a} />
        </div>
        <div className="workspace-side">
          <Card
            title={
              <>
                <FormattedMessage id="grading.learnerAssignment.versionsTitle" defaultMessage="Your versions" />
                {a.submissions.length > 0 && <span className="count">{intl.formatNumber(a.submissions.length)}</span>}
              </>
            }
          >
            <VersionHistory submissions={a.submissions} rubric={a.rubric} />
          </Card>
          <Card title={intl.formatMessage({ id: 'grading.learnerAssignment.gradedTitle', defaultMessage: 'How it is graded' })}>
            <RubricTable rubric={a.rubric} passMark={a.passMark} maxPoints={a.maxPoints} />
          </Card>
        </div>
      </div>
    </>
  );
}

/** The form when the learner may submit (folded away while a version awaits review), else why not. */
function SubmitCard({ assignment: a }: { assignment: MyAssignment }) {
  const intl = useIntl();
  const [submitted, setSubmitted] = useState<number | null>(null);
  const [replacing, setReplacing] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  const latest = a.submissions[0];
  const title = !latest
    ? intl.formatMessage({ id: 'grading.submitCard.submitTitle', defaultMessage: 'Submit your work' })
    : a.progress === 'REVISION_REQUESTED'
      ? intl.formatMessage({ id: 'grading.submitCard.reviseTitle', defaultMessage: 'Submit a revised version' })
      : intl.formatMessage({ id: 'grading.submitCard.submissionTitle', defaultMessage: 'Your submission' });
  const pastDue = new Date(a.dueAt).getTime() < Date.now();
  const formOpen = a.canSubmit && (a.progress !== 'AWAITING_REVIEW' || replacing);

  useEffect(() => {
    if (submitted) notice.current?.focus();
  }, [submitted]);

  return (
    <Card title={title}>
      {submitted && (
        <div ref={notice} tabIndex={-1} className="focus-target">
          <SuccessNotice>
            <FormattedMessage
              id="grading.submitCard.submitted"
              defaultMessage="Version {version, number} submitted. Your coach will review it; you will get an email when the review is released."
              values={{ version: submitted }}
            />
          </SuccessNotice>
        </div>
      )}
      {!a.canSubmit ? (
        <p className="notice notice-info">
          {a.cannotSubmitReason ??
            intl.formatMessage({ id: 'grading.submitCard.cannotSubmit', defaultMessage: 'You cannot submit this assignment now.' })}
        </p>
      ) : formOpen ? (
        <>
          {a.progress === 'REVISION_REQUESTED' && (
            <p>
              <FormattedMessage
                id="grading.submitCard.revisionAsked"
                defaultMessage="Your coach asked for a revision: read the feedback above, then submit version {version, number}."
                values={{ version: (latest?.version ?? 0) + 1 }}
              />
            </p>
          )}
          {pastDue && (
            <p className="notice notice-warning">
              <FormattedMessage
                id="grading.submitCard.pastDue"
                defaultMessage="The due point has passed: what you submit now is marked late."
              />
            </p>
          )}
          <SubmissionForm
            key={latest?.id ?? 'first'}
            assignment={a}
            onCancel={a.progress === 'AWAITING_REVIEW' ? () => setReplacing(false) : undefined}
            onSubmitted={(version) => {
              setReplacing(false);
              setSubmitted(version);
            }}
          />
        </>
      ) : (
        <div className="stack">
          <p>
            <FormattedMessage
              id="grading.submitCard.withCoach"
              defaultMessage="Version {version, number} is with your coach. Until a review is released you can still replace it with a new version; the coach then reviews the newest."
              values={{ version: latest?.version ?? 0 }}
            />
          </p>
          <div>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSubmitted(null);
                setReplacing(true);
              }}
            >
              <FormattedMessage id="grading.submitCard.newVersion" defaultMessage="Submit a new version" />
            </button>
          </div>
        </div>
      )}
    </Card>
  );
}
