import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../../../lib/errors';
import { formatDateTime, zoneLongName } from '../../../lib/time';
import { Breadcrumb } from '../../../ui/Breadcrumb';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { PageHeader } from '../../../ui/PageHeader';
import { PlainText } from '../../../ui/PlainText';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useMyEnrolments } from '../../learner/hooks/useLearnerHome';
import { DUE_SOURCE_LABEL } from '../hooks/labels';
import { useMyAssignments, type MyAssignment } from '../hooks/useAssignments';
import { LatePill, ProgressPill } from './GradingPills';
import { ReviewSummary } from './ReviewSummary';
import { SubmissionForm } from './SubmissionForm';
import { RubricTable, VersionHistory } from './VersionHistory';
import '../../../styles/grading.css';

const KIND_WORDS = { TEXT: 'text', LINK: 'a link', FILE: 'a file' } as const;

/** One week's assignment for the learner: instructions, due point, their versions, the released review, and the form. */
export function LearnerAssignment({ enrolmentId, week }: { enrolmentId: string; week: number }) {
  const { data, loading, error, refetch } = useMyAssignments(enrolmentId);
  const enrolments = useMyEnrolments();
  const cohort = enrolments.data?.myEnrolments.find((e) => e.id === enrolmentId)?.cohort;
  const a = data?.myAssignments.find((w) => w.week === week);

  const breadcrumb = <Breadcrumb trail={[{ to: `/learner?enrolment=${enrolmentId}`, label: cohort?.name ?? 'Your programme' }]} current={`Week ${week} assignment`} />;

  if (loading && !data) return <Loading label="Loading the assignment…" />;
  if (error && !data) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader title={missing ? 'Assignment not found' : 'Assignment'} eyebrow="Learner" />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  if (!a) {
    return (
      <>
        {breadcrumb}
        <PageHeader title="Assignment not found" eyebrow="Learner" />
        <p>
          Week {week} of this programme has no assignment. <Link to={`/learner?enrolment=${enrolmentId}`}>Back to your programme</Link>.
        </p>
      </>
    );
  }
  return <AssignmentView assignment={a} breadcrumb={breadcrumb} />;
}

function AssignmentView({ assignment: a, breadcrumb }: { assignment: MyAssignment; breadcrumb: ReactNode }) {
  const timeZone = useTimeZone();
  const latest = a.submissions[0];
  const released = latest?.review ?? null;
  return (
    <>
      {breadcrumb}
      <PageHeader title={a.title} eyebrow={`Learner · week ${a.week}: ${a.weekTitle}`}>
        <p className="assignment-facts">
          <ProgressPill progress={a.progress} />
          {latest?.late && <LatePill />}
          {latest && (
            <span>
              Version {latest.version}, submitted {formatDateTime(latest.submittedAt, timeZone)}
            </span>
          )}
        </p>
        <p className="assignment-due-line">
          Due{' '}
          <time dateTime={a.dueAt} className="cell-strong-inline">
            {formatDateTime(a.dueAt, timeZone)}
          </time>{' '}
          ({zoneLongName(timeZone, new Date(a.dueAt))}) · {DUE_SOURCE_LABEL[a.dueSource]}
        </p>
      </PageHeader>
      <div className="workspace">
        <div className="stack page-stack">
          {released && latest && (
            <Card title="Your feedback" description={`On version ${latest.version}.`} className="feedback-card">
              <ReviewSummary review={released} rubric={a.rubric} />
            </Card>
          )}
          <Card title="Instructions">
            {a.instructions ? <PlainText text={a.instructions} /> : <p className="muted">The instructions appear when the week opens.</p>}
            {a.submissionKinds.length > 0 && <p className="field-hint">Submit as {a.submissionKinds.map((k) => KIND_WORDS[k]).join(', ').replace(/, ([^,]*)$/, ' or $1')}.</p>}
          </Card>
          <SubmitCard assignment={a} />
        </div>
        <div className="workspace-side">
          <Card title={<>Your versions{a.submissions.length > 0 && <span className="count">{a.submissions.length}</span>}</>}>
            <VersionHistory submissions={a.submissions} rubric={a.rubric} />
          </Card>
          <Card title="How it is graded">
            <RubricTable rubric={a.rubric} passMark={a.passMark} maxPoints={a.maxPoints} />
          </Card>
        </div>
      </div>
    </>
  );
}

/** The form when the learner may submit (folded away while a version awaits review), else why not. */
function SubmitCard({ assignment: a }: { assignment: MyAssignment }) {
  const [submitted, setSubmitted] = useState<number | null>(null);
  const [replacing, setReplacing] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  const latest = a.submissions[0];
  const title = !latest ? 'Submit your work' : a.progress === 'REVISION_REQUESTED' ? 'Submit a revised version' : 'Your submission';
  const pastDue = new Date(a.dueAt).getTime() < Date.now();
  const formOpen = a.canSubmit && (a.progress !== 'AWAITING_REVIEW' || replacing);

  useEffect(() => {
    if (submitted) notice.current?.focus();
  }, [submitted]);

  return (
    <Card title={title}>
      {submitted && (
        <div ref={notice} tabIndex={-1} className="focus-target">
          <SuccessNotice>Version {submitted} submitted. Your coach will review it; you will get an email when the review is released.</SuccessNotice>
        </div>
      )}
      {!a.canSubmit ? (
        <p className="notice notice-info">{a.cannotSubmitReason ?? 'You cannot submit this assignment now.'}</p>
      ) : formOpen ? (
        <>
          {a.progress === 'REVISION_REQUESTED' && <p>Your coach asked for a revision: read the feedback above, then submit version {(latest?.version ?? 0) + 1}.</p>}
          {pastDue && <p className="notice notice-warning">The due point has passed: what you submit now is marked late.</p>}
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
          <p>Version {latest?.version} is with your coach. Until a review is released you can still replace it with a new version; the coach then reviews the newest.</p>
          <div>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSubmitted(null);
                setReplacing(true);
              }}
            >
              Submit a new version
            </button>
          </div>
        </div>
      )}
    </Card>
  );
}
