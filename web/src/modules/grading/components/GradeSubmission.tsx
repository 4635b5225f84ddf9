import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../../../lib/errors';
import { Breadcrumb } from '../../../ui/Breadcrumb';
import { Card } from '../../../ui/Card';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { PageHeader } from '../../../ui/PageHeader';
import { PlainText } from '../../../ui/PlainText';
import { GRADING_STATE_LABEL } from '../hooks/labels';
import { useSubmission, type GradedSubmission } from '../hooks/useGrading';
import { AuditTrail } from './AuditTrail';
import { LatePill, VerdictPill } from './GradingPills';
import { ReviewForm } from './ReviewForm';
import { ReviewSummary } from './ReviewSummary';
import { SubmissionContent } from './SubmissionContent';
import '../../../styles/grading.css';

/** Grading one submission: the learner's work beside the rubric, the review's history and the other versions. */
export function GradeSubmission({ submissionId }: { submissionId: string }) {
  const { data, loading, error, refetch } = useSubmission(submissionId);
  const s = data?.submission;
  const breadcrumb = <Breadcrumb trail={[{ to: '/coach/grading', label: 'Grading queue' }, s && { to: `/coach/cohorts/${s.cohortId}/gradebook`, label: 'Gradebook' }]} current={s ? `${s.learner.name}, week ${s.week}` : 'Submission'} />;
  if (loading && !s) return <Loading label="Loading the submission…" />;
  if (!s) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader title={missing ? 'Submission not found' : 'Submission'} eyebrow="Coach · grading" />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  return <Grading submission={s} breadcrumb={breadcrumb} />;
}

function Grading({ submission: s, breadcrumb }: { submission: GradedSubmission; breadcrumb: ReactNode }) {
  const newest = s.versions[0];
  const released = s.review?.state === 'RELEASED';
  return (
    <>
      {breadcrumb}
      <PageHeader title={`${s.learner.name}: week ${s.week}, version ${s.version}`} eyebrow="Coach · grading">
        <p className="assignment-facts">
          <span className={`pill pill-state-${s.state.toLowerCase()}`}>{GRADING_STATE_LABEL[s.state]}</span>
          {s.late && <LatePill />}
          <span>
            {s.assignment.title} · {s.cohortName}
          </span>
        </p>
        <p>
          Submitted <DateTime value={s.submittedAt} />; due <DateTime value={s.dueAt} />
          {s.late ? ' (submitted after the due point)' : ''}.
        </p>
      </PageHeader>
      {!s.latest && newest && (
        <p className="notice notice-warning page-notice">
          {s.learner.name} has submitted version {newest.version} since: only the newest version is reviewed.{' '}
          <Link to={`/coach/submissions/${newest.id}`}>Open version {newest.version}</Link>
        </p>
      )}
      <div className="grading-layout">
        <Card title={`Version ${s.version}`} description={`What ${s.learner.name} submitted.`} className="grading-work">
          <details className="instructions">
            <summary>Assignment instructions</summary>
            <PlainText text={s.assignment.instructions} />
          </details>
          <SubmissionContent submission={s} />
        </Card>
        <Card
          title="Review"
          description={released ? 'Released to the learner; it can no longer change.' : `Pass mark ${s.assignment.passMark} of ${s.assignment.maxPoints} points.`}
          actions={s.review && <VerdictPill verdict={s.review.verdict} draft={!released} />}
          className="grading-review"
        >
          {released && s.review ? (
            <ReviewSummary review={s.review} rubric={s.assignment.rubric} />
          ) : s.latest ? (
            <ReviewForm key={s.id} submission={s} />
          ) : (
            <p className="muted">This version was replaced before it was reviewed.</p>
          )}
        </Card>
      </div>
      <div className="home-grid home-grid-after">
        <Card title="Review history" description="Every save and the release, oldest first.">
          <AuditTrail submissionId={s.id} maxPoints={s.assignment.maxPoints} />
        </Card>
        <Card title={<>Versions<span className="count">{s.versions.length}</span></>} description={`${s.learner.name}’s versions for week ${s.week}, newest first.`}>
          <ol className="version-links">
            {s.versions.map((v) => (
              <li key={v.id} className="version-link">
                {v.id === s.id ? (
                  <span className="cell-strong" aria-current="page">
                    Version {v.version} (this one)
                  </span>
                ) : (
                  <Link className="cell-strong" to={`/coach/submissions/${v.id}`}>
                    Version {v.version}
                  </Link>
                )}
                <span className="cell-sub">
                  <DateTime value={v.submittedAt} />
                  {v.late && (
                    <>
                      {' '}
                      <LatePill />
                    </>
                  )}
                  {v.verdict && (
                    <>
                      {' '}
                      <VerdictPill verdict={v.verdict} />
                    </>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
