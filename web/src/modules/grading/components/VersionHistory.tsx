import { FormattedMessage, useIntl } from 'react-intl';
import { DateTime } from '../../../ui/DateTime';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/Feedback';
import type { SubmissionView } from '../hooks/useAssignments';
import { gradingMessages } from '../hooks/messages';
import type { RubricCriterion } from '../hooks/rubric';
import { LatePill, VerdictPill } from './GradingPills';
import { ReviewSummary } from './ReviewSummary';
import { SubmissionContent } from './SubmissionContent';

/** The learner's versions for a week, newest first, each with what was sent and its released review. */
export function VersionHistory({
  submissions,
  rubric,
  showLatestReview = false,
}: {
  submissions: SubmissionView[];
  rubric: RubricCriterion[];
  showLatestReview?: boolean;
}) {
  const intl = useIntl();
  if (submissions.length === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: 'grading.versionHistory.emptyTitle', defaultMessage: 'Nothing submitted yet' })}>
        <FormattedMessage id="grading.versionHistory.emptyText" defaultMessage="Each version you submit is kept here with its review." />
      </EmptyState>
    );
  }
  return (
    <ol className="version-list">
      {submissions.map((s, i) => (
        <li key={s.id} className="version disclosure disclosure-compact">
          <details open={i === 0}>
            <summary>
              <span className="version-title">
                <FormattedMessage {...gradingMessages.version} values={{ version: s.version }} />
              </span>
              <span className="version-meta">
                <span>
                  <FormattedMessage
                    id="grading.versionHistory.submitted"
                    defaultMessage="Submitted {when}"
                    values={{ when: <DateTime value={s.submittedAt} /> }}
                  />
                </span>
                {s.late && <LatePill />}
                {s.review ? (
                  <VerdictPill verdict={s.review.verdict} />
                ) : (
                  <span className="pill pill-grade-waiting">
                    {i === 0
                      ? intl.formatMessage(gradingMessages.awaitingReview)
                      : intl.formatMessage({ id: 'grading.versionHistory.replaced', defaultMessage: 'Replaced' })}
                  </span>
                )}
              </span>
            </summary>
            <div className="version-body">
              <SubmissionContent submission={s} />
              {s.review && (i > 0 || showLatestReview) && <ReviewSummary review={s.review} rubric={rubric} />}
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** The rubric the work is graded against: each criterion's levels and points, and the pass mark. */
export function RubricTable({ rubric, passMark, maxPoints }: { rubric: RubricCriterion[]; passMark: number; maxPoints: number }) {
  const intl = useIntl();
  return (
    <div className="stack">
      <p>
        <FormattedMessage
          id="grading.rubricTable.intro"
          defaultMessage="Your coach scores each criterion at one of its levels. The work passes with at least <b>{passMark, number}</b> of {maxPoints, plural, one {# point} other {# points}}."
          values={{ passMark, maxPoints, b: (chunks) => <strong>{chunks}</strong> }}
        />
      </p>
      <DataTable
        name={{
          caption: intl.formatMessage({
            id: 'grading.rubricTable.caption',
            defaultMessage: 'Rubric: criteria and the points of each level',
          }),
        }}
        className="table-compact rubric-table"
        wrap={false}
        columns={[
          intl.formatMessage(gradingMessages.criterion),
          intl.formatMessage({ id: 'grading.rubricTable.levels', defaultMessage: 'Levels' }),
        ]}
        rows={rubric}
        rowKey={(c) => c.id}
        renderRow={(c) => (
          <tr>
            <th scope="row">{c.title}</th>
            <td>
              <ul className="level-list">
                {[...c.levels]
                  .sort((a, b) => a.points - b.points)
                  .map((l) => (
                    <li key={l.label}>
                      {l.label} <span className="muted">{intl.formatMessage(gradingMessages.points, { points: l.points })}</span>
                    </li>
                  ))}
              </ul>
            </td>
          </tr>
        )}
      />
    </div>
  );
}
