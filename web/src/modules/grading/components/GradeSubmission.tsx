import { useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { GradingNeighboursDocument, type GradingNeighboursQuery } from '../../../gql/graphql';
import { queueFilterOf, queueSearch } from '../hooks/queueFilter';
import { errorCode } from '../../../lib/errors';
import { Breadcrumb } from '../../../ui/Breadcrumb';
import { Card } from '../../../ui/Card';
import { DateTime } from '../../../ui/DateTime';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { PageHeader } from '../../../ui/PageHeader';
import { Markdown } from '../../../ui/Markdown';
import { GRADING_STATE_LABEL } from '../hooks/labels';
import { gradingMessages, SEPARATOR } from '../hooks/messages';
import { useSubmission, type GradedSubmission } from '../hooks/useGrading';
import { AuditTrail } from './AuditTrail';
import { LatePill, VerdictPill } from './GradingPills';
import { ReviewForm } from './ReviewForm';
import { ReviewSummary } from './ReviewSummary';
import { SubmissionContent } from './SubmissionContent';
import '../../../styles/grading.css';
import '../grading-flow.css';
import { SPACE } from '../../../lib/jsx';

/** Grading one submission: the learner's work beside the rubric, the review's history and the other versions. */
export function GradeSubmission({ submissionId }: { submissionId: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useSubmission(submissionId);
  const s = data?.submission;
  const [params] = useSearchParams();
  const submissionWord = intl.formatMessage({ id: 'grading.gradeSubmission.submission', defaultMessage: 'Submission' });
  const breadcrumb = (
    <Breadcrumb
      trail={[
        { to: `/coach/grading${queueSearch(params)}`, label: intl.formatMessage(gradingMessages.gradingQueue) },
        s && { to: `/coach/cohorts/${s.cohortId}/gradebook`, label: intl.formatMessage(gradingMessages.gradebook) },
      ]}
      current={
        s
          ? intl.formatMessage(
              { id: 'grading.gradeSubmission.crumb', defaultMessage: '{name}, week {week, number}' },
              { name: s.learner.name, week: s.week },
            )
          : submissionWord
      }
    />
  );
  if (loading && !s)
    return <Loading label={intl.formatMessage({ id: 'grading.gradeSubmission.loading', defaultMessage: 'Loading the submission…' })} />;
  if (!s) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader
          title={
            missing
              ? intl.formatMessage({ id: 'grading.gradeSubmission.notFound', defaultMessage: 'Submission not found' })
              : submissionWord
          }
          eyebrow={intl.formatMessage(gradingMessages.coachGradingEyebrow)}
        />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  return <Grading submission={s} breadcrumb={breadcrumb} />;
}

type Neighbours = GradingNeighboursQuery['gradingNeighbours'];

/** Previous / next in the queue the coach came from, without going back to the list. */
function QueueSteps({ neighbours: n, search }: { neighbours: Neighbours | undefined; search: string }) {
  const intl = useIntl();
  if (!n) return null;
  // the arrows are in the messages, so that translators turn them for right-to-left languages
  const previous = intl.formatMessage({ id: 'grading.queueSteps.previous', defaultMessage: '← Previous submission' });
  const next = intl.formatMessage({ id: 'grading.queueSteps.next', defaultMessage: 'Next submission →' });
  return (
    <div
      className="queue-steps"
      role="group"
      aria-label={intl.formatMessage({ id: 'grading.queueSteps.label', defaultMessage: 'Move through the grading queue' })}
    >
      {n.previousId ? (
        <Link className="button button-secondary button-small" to={`/coach/submissions/${n.previousId}${search}`} rel="prev">
          {previous}
        </Link>
      ) : (
        <span className="button button-secondary button-small button-disabled" aria-disabled="true">
          {previous}
        </span>
      )}
      <span className="queue-steps-position muted">
        {n.position
          ? intl.formatMessage(
              { id: 'grading.queueSteps.position', defaultMessage: '{position, number} of {total, number} in the queue' },
              { position: n.position, total: n.total },
            )
          : intl.formatMessage({ id: 'grading.queueSteps.total', defaultMessage: '{total, number} in the queue' }, { total: n.total })}
      </span>
      {n.nextId ? (
        <Link className="button button-secondary button-small" to={`/coach/submissions/${n.nextId}${search}`} rel="next">
          {next}
        </Link>
      ) : (
        <span className="button button-secondary button-small button-disabled" aria-disabled="true">
          {next}
        </span>
      )}
    </div>
  );
}

function Grading({ submission: s, breadcrumb }: { submission: GradedSubmission; breadcrumb: ReactNode }) {
  const intl = useIntl();
  const newest = s.versions[0];
  const released = s.review?.state === 'RELEASED';
  const [params] = useSearchParams();
  const search = queueSearch(params);
  const navigate = useNavigate();
  const [doneNotice, setDoneNotice] = useState<string | null>(null);
  const neighbours = useQuery(GradingNeighboursDocument, {
    variables: { submissionId: s.id, filter: queueFilterOf(params) },
    fetchPolicy: 'cache-and-network',
  }).data?.gradingNeighbours;
  const nextId = neighbours ? (neighbours.nextId ?? (neighbours.firstId !== s.id ? neighbours.firstId : null)) : null;
  const onReleased = (andNext: boolean) => {
    if (!andNext) return;
    if (nextId) navigate(`/coach/submissions/${nextId}${search}`);
    else
      setDoneNotice(
        intl.formatMessage({ id: 'grading.gradeSubmission.lastOfQueue', defaultMessage: 'That was the last submission of the queue.' }),
      );
  };
  return (
    <>
      {breadcrumb}
      <QueueSteps neighbours={neighbours} search={search} />
      {doneNotice && (
        <p className="notice notice-success page-notice" role="status">
          {doneNotice}
          {SPACE}
          <Link to={`/coach/grading${search}`}>
            {intl.formatMessage({ id: 'grading.gradeSubmission.backToQueue', defaultMessage: 'Back to the queue' })}
          </Link>
        </p>
      )}
      <PageHeader
        title={intl.formatMessage(
          { id: 'grading.gradeSubmission.title', defaultMessage: '{name}: week {week, number}, version {version, number}' },
          { name: s.learner.name, week: s.week, version: s.version },
        )}
        eyebrow={intl.formatMessage(gradingMessages.coachGradingEyebrow)}
      >
        <p className="assignment-facts">
          <span className={`pill pill-state-${s.state.toLowerCase()}`}>{intl.formatMessage(GRADING_STATE_LABEL[s.state])}</span>
          {s.late && <LatePill />}
          <span>
            {s.assignment.title}
            {SEPARATOR}
            {s.cohortName}
          </span>
        </p>
        <p>
          <FormattedMessage
            id="grading.gradeSubmission.dates"
            defaultMessage="Submitted {submitted}; due {due}{late, select, yes { (submitted after the due point)} other {}}."
            values={{ submitted: <DateTime value={s.submittedAt} />, due: <DateTime value={s.dueAt} />, late: s.late ? 'yes' : 'no' }}
          />
        </p>
      </PageHeader>
      {!s.latest && newest && (
        <p className="notice notice-warning page-notice">
          <FormattedMessage
            id="grading.gradeSubmission.newerVersion"
            defaultMessage="{name} has submitted version {version, number} since: only the newest version is reviewed. <link>Open version {version, number}</link>"
            values={{
              name: s.learner.name,
              version: newest.version,
              link: (chunks) => <Link to={`/coach/submissions/${newest.id}`}>{chunks}</Link>,
            }}
          />
        </p>
      )}
      <div className="grading-layout">
        <Card
          title={intl.formatMessage(gradingMessages.version, { version: s.version })}
          description={intl.formatMessage(
            { id: 'grading.gradeSubmission.workDescription', defaultMessage: 'What {name} submitted.' },
            { name: s.learner.name },
          )}
          className="grading-work"
        >
          <details className="instructions">
            <summary>
              <FormattedMessage id="grading.gradeSubmission.instructions" defaultMessage="Assignment instructions" />
            </summary>
            <Markdown text={s.assignment.instructions} headingLevel={3} />
          </details>
          <SubmissionContent submission={s} preview />
        </Card>
        <Card
          title={intl.formatMessage({ id: 'grading.gradeSubmission.reviewTitle', defaultMessage: 'Review' })}
          description={
            released
              ? intl.formatMessage({
                  id: 'grading.gradeSubmission.released',
                  defaultMessage: 'Released to the learner; it can no longer change.',
                })
              : intl.formatMessage(
                  {
                    id: 'grading.gradeSubmission.passMark',
                    defaultMessage: 'Pass mark {passMark, number} of {maxPoints, plural, one {# point} other {# points}}.',
                  },
                  { passMark: s.assignment.passMark, maxPoints: s.assignment.maxPoints },
                )
          }
          actions={s.review && <VerdictPill verdict={s.review.verdict} draft={!released} />}
          className="grading-review"
        >
          {released && s.review ? (
            <ReviewSummary review={s.review} rubric={s.assignment.rubric} />
          ) : s.latest ? (
            <ReviewForm key={s.id} submission={s} canGoNext onReleased={onReleased} />
          ) : (
            <p className="muted">
              <FormattedMessage id="grading.gradeSubmission.replaced" defaultMessage="This version was replaced before it was reviewed." />
            </p>
          )}
        </Card>
      </div>
      <div className="home-grid home-grid-after">
        <Card
          title={intl.formatMessage({ id: 'grading.gradeSubmission.historyTitle', defaultMessage: 'Review history' })}
          description={intl.formatMessage({
            id: 'grading.gradeSubmission.historyDescription',
            defaultMessage: 'Every save and the release, oldest first.',
          })}
        >
          <AuditTrail submissionId={s.id} maxPoints={s.assignment.maxPoints} />
        </Card>
        <Card
          title={
            <>
              <FormattedMessage id="grading.gradeSubmission.versionsTitle" defaultMessage="Versions" />
              <span className="count">{intl.formatNumber(s.versions.length)}</span>
            </>
          }
          description={intl.formatMessage(
            {
              id: 'grading.gradeSubmission.versionsDescription',
              defaultMessage: '{name}’s versions for week {week, number}, newest first.',
            },
            { name: s.learner.name, week: s.week },
          )}
        >
          <ol className="version-links">
            {s.versions.map((v) => (
              <li key={v.id} className="version-link">
                {v.id === s.id ? (
                  <span className="cell-strong" aria-current="page">
                    <FormattedMessage
                      id="grading.gradeSubmission.thisVersion"
                      defaultMessage="Version {version, number} (this one)"
                      values={{ version: v.version }}
                    />
                  </span>
                ) : (
                  <Link className="cell-strong" to={`/coach/submissions/${v.id}`}>
                    <FormattedMessage {...gradingMessages.version} values={{ version: v.version }} />
                  </Link>
                )}
                <span className="cell-sub">
                  <DateTime value={v.submittedAt} />
                  {v.late && (
                    <>
                      {SPACE}
                      <LatePill />
                    </>
                  )}
                  {v.verdict && (
                    <>
                      {SPACE}
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
