import type { ReviewFieldsFragment } from '../../../gql/graphql';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { PlainText } from '../../../ui/PlainText';
import type { RubricCriterion } from '../hooks/rubric';
import { VerdictPill } from './GradingPills';

/**
 * A review as the learner receives it: the verdict, the total against the maximum and the pass
 * mark, the level reached on each rubric criterion, and the coach's feedback.
 */
export function ReviewSummary({ review: r, rubric, headingLevel = 3 }: { review: ReviewFieldsFragment; rubric?: RubricCriterion[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const maxOf = (criterionId: string) => {
    const c = rubric?.find((x) => x.id === criterionId);
    return c ? Math.max(...c.levels.map((l) => l.points)) : null;
  };
  return (
    <div className="review-summary">
      <div className="review-head">
        <VerdictPill verdict={r.verdict} draft={r.state === 'DRAFT'} />
        <p className="review-total">
          <span className="review-total-value">
            {r.total} / {r.maxPoints}
          </span>{' '}
          <span className="muted">
            points · pass mark {r.passMark}
            {r.reachesPassMark ? ' (reached)' : ' (not reached)'}
          </span>
        </p>
      </div>
      <DataTable
        name={{ caption: 'Scores per rubric criterion' }}
        className="table-compact review-scores"
        wrap={false}
        columns={['Criterion', 'Level', { header: 'Points', className: 'cell-number' }]}
        rows={r.scores}
        rowKey={(s) => s.criterionId}
        renderRow={(s) => {
          const max = maxOf(s.criterionId);
          return (
            <tr>
              <th scope="row">{s.criterionTitle}</th>
              <td>{s.levelLabel}</td>
              <td className="cell-number">{max == null ? s.points : `${s.points} of ${max}`}</td>
            </tr>
          );
        }}
      />
      <div className="review-feedback">
        <Heading className="review-feedback-title">{r.reviewer ? `Feedback from ${r.reviewer.name}` : 'Feedback from your coach'}</Heading>
        {r.feedback.trim() ? <PlainText text={r.feedback} /> : <p className="muted">No written feedback.</p>}
      </div>
      {r.releasedAt && (
        <p className="field-hint">
          Released <DateTime value={r.releasedAt} />
        </p>
      )}
    </div>
  );
}
