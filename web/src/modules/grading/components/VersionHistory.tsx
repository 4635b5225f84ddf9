import { DateTime } from '../../../ui/DateTime';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/Feedback';
import type { SubmissionView } from '../hooks/useAssignments';
import type { RubricCriterion } from '../hooks/rubric';
import { LatePill, VerdictPill } from './GradingPills';
import { ReviewSummary } from './ReviewSummary';
import { SubmissionContent } from './SubmissionContent';

/** The learner's versions for a week, newest first, each with what was sent and its released review. */
export function VersionHistory({ submissions, rubric, showLatestReview = false }: { submissions: SubmissionView[]; rubric: RubricCriterion[]; showLatestReview?: boolean }) {
  if (submissions.length === 0) return <EmptyState title="Nothing submitted yet">Each version you submit is kept here with its review.</EmptyState>;
  return (
    <ol className="version-list">
      {submissions.map((s, i) => (
        <li key={s.id} className="version disclosure disclosure-compact">
          <details open={i === 0}>
            <summary>
              <span className="version-title">Version {s.version}</span>
              <span className="version-meta">
                <span>
                  Submitted <DateTime value={s.submittedAt} />
                </span>
                {s.late && <LatePill />}
                {s.review ? <VerdictPill verdict={s.review.verdict} /> : <span className="pill pill-grade-waiting">{i === 0 ? 'Awaiting review' : 'Replaced'}</span>}
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
  return (
    <div className="stack">
      <p>
        Your coach scores each criterion at one of its levels. The work passes with at least <strong>{passMark}</strong> of {maxPoints} points.
      </p>
      <DataTable
        name={{ caption: 'Rubric: criteria and the points of each level' }}
        className="table-compact rubric-table"
        wrap={false}
        columns={['Criterion', 'Levels']}
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
                      {l.label} <span className="muted">{l.points === 1 ? '1 point' : `${l.points} points`}</span>
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
