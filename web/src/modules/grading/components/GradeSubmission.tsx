import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { GradingNeighboursDocument, type GradingNeighboursQuery } from '../../../gql/graphql';
import { queueFilterOf, queueSearch } from '../hooks/queueFilter';
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
import '../grading-flow.css';

/** Grading one submission: the learner's work beside the rubric, the review's history and the other versions. */
export function GradeSubmission({ submissionId }: { submissionId: string }) {
  const { data, loading, error, refetch } = useSubmission(submissionId);
  const s = data?.submission;
  const [params] = useSearchParams();
  const breadcrumb = <Breadcrumb trail={[{ to: `/coach/grading${queueSearch(params)}`, label: 'Grading queue' }, s && { to: `/coach/cohorts/${s.cohortId}/gradebook`, label: 'Gradebook' }]} current={s ? `${s.learner.name}, week ${s.week}` : 'Submission'} />;
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

type Neighbours = GradingNeighboursQuery['gradingNeighbours'];

/** Previous / next in the queue the coach came from, without going back to the list. */
function QueueSteps({ neighbours: n, search }: { neighbours: Neighbours | undefined; search: string }) {
  if (!n) return null;
  return (
    <div className="queue-steps" role="group" aria-label="Move through the grading queue">
      {n.previousId ? (
        <Link className="button button-secondary button-small" to={`/coach/submissions/${n.previousId}${search}`} rel="prev">
          ← Previous submission
        </Link>
      ) : (
        <span className="button button-secondary button-small button-disabled" aria-disabled="true">
          ← Previous submission
        </span>
      )}
      <span className="queue-steps-position muted">{n.position ? `${n.position} of ${n.total} in the queue` : `${n.total} in the queue`}</span>
      {n.nextId ? (
        <Link className="button button-secondary button-small" to={`/coach/submissions/${n.nextId}${search}`} rel="next">
          Next submission →
        </Link>
      ) : (
        <span className="button button-secondary button-small button-disabled" aria-disabled="true">
          Next submission →
        </span>
      )}
    </div>
  );
}

function Grading({ submission: s, breadcrumb }: { submission: GradedSubmission; breadcrumb: ReactNode }) {
  const newest = s.versions[0];
  const released = s.review?.state === 'RELEASED';
  const [params] = useSearchParams();
  const search = queueSearch(params);
  const navigate = useNavigate();
  const [doneNotice, setDoneNotice] = useState<string | null>(null);
  const neighbours = useQuery(GradingNeighboursDocument, { variables: { submissionId: s.id, filter: queueFilterOf(params) }, fetchPolicy: 'cache-and-network' }).data?.gradingNeighbours;
  const nextId = neighbours ? (neighbours.nextId ?? (neighbours.firstId !== s.id ? neighbours.firstId : null)) : null;
  const onReleased = (andNext: boolean) => {
    if (!andNext) return;
    if (nextId) navigate(`/coach/submissions/${nextId}${search}`);
    else setDoneNotice('That was the last submission of the queue.');
  };
  return (
    <>
      {breadcrumb}
      <QueueSteps neighbours={neighbours} search={search} />
      {doneNotice && (
        <p className="notice notice-success page-notice" role="status">
          {doneNotice} <Link to={`/coach/grading${search}`}>Back to the queue</Link>
        </p>
      )}
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
          <SubmissionContent submission={s} preview />
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
            <ReviewForm key={s.id} submission={s} canGoNext onReleased={onReleased} />
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
