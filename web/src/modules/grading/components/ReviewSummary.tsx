import { FormattedMessage, useIntl } from 'react-intl';
import type { ReviewFieldsFragment } from '../../../gql/graphql';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { PlainText } from '../../../ui/PlainText';
import { gradingMessages } from '../hooks/messages';
import type { RubricCriterion } from '../hooks/rubric';
import { VerdictPill } from './GradingPills';

/**
 * A review as the learner receives it: the verdict, the total against the maximum and the pass
 * mark, the level reached on each rubric criterion, and the coach's feedback.
 */
export function ReviewSummary({
  review: r,
  rubric,
  headingLevel = 3,
}: {
  review: ReviewFieldsFragment;
  rubric?: RubricCriterion[];
  headingLevel?: 3 | 4;
}) {
  const intl = useIntl();
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
          <FormattedMessage
            id="grading.reviewSummary.total"
            defaultMessage="<value>{total, number} / {max, number}</value> <muted>{max, plural, one {point} other {points}} · pass mark {passMark, number}{reached, select, yes { (reached)} other { (not reached)}}</muted>"
            values={{
              total: r.total,
              max: r.maxPoints,
              passMark: r.passMark,
              reached: r.reachesPassMark ? 'yes' : 'no',
              value: (chunks) => <span className="review-total-value">{chunks}</span>,
              muted: (chunks) => <span className="muted">{chunks}</span>,
            }}
          />
        </p>
      </div>
      <DataTable
        name={{ caption: intl.formatMessage({ id: 'grading.reviewSummary.caption', defaultMessage: 'Scores per rubric criterion' }) }}
        className="table-compact review-scores"
        wrap={false}
        columns={[
          intl.formatMessage(gradingMessages.criterion),
          intl.formatMessage({ id: 'grading.reviewSummary.level', defaultMessage: 'Level' }),
          { header: intl.formatMessage({ id: 'grading.reviewSummary.points', defaultMessage: 'Points' }), className: 'cell-number' },
        ]}
        rows={r.scores}
        rowKey={(s) => s.criterionId}
        renderRow={(s) => {
          const max = maxOf(s.criterionId);
          return (
            <tr>
              <th scope="row">{s.criterionTitle}</th>
              <td>{s.levelLabel}</td>
              <td className="cell-number">
                {max == null
                  ? intl.formatNumber(s.points)
                  : intl.formatMessage(
                      { id: 'grading.reviewSummary.pointsOf', defaultMessage: '{points, number} of {max, number}' },
                      { points: s.points, max },
                    )}
              </td>
            </tr>
          );
        }}
      />
      <div className="review-feedback">
        <Heading className="review-feedback-title">
          {r.reviewer
            ? intl.formatMessage(
                { id: 'grading.reviewSummary.feedbackFrom', defaultMessage: 'Feedback from {name}' },
                { name: r.reviewer.name },
              )
            : intl.formatMessage({ id: 'grading.reviewSummary.feedbackFromCoach', defaultMessage: 'Feedback from your coach' })}
        </Heading>
        {r.feedback.trim() ? (
          <PlainText text={r.feedback} />
        ) : (
          <p className="muted">
            <FormattedMessage id="grading.reviewSummary.noFeedback" defaultMessage="No written feedback." />
          </p>
        )}
      </div>
      {r.releasedAt && (
        <p className="field-hint">
          <FormattedMessage
            id="grading.reviewSummary.released"
            defaultMessage="Released {when}"
            values={{ when: <DateTime value={r.releasedAt} /> }}
          />
        </p>
      )}
    </div>
  );
}
