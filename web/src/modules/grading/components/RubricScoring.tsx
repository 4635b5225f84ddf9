import { useIntl } from 'react-intl';
import { gradingMessages } from '../hooks/messages';
import { sortedLevels, type RubricCriterion, type Scores } from '../hooks/rubric';
import { SPACE } from '../../../lib/jsx';

/**
 * One radio group per criterion, a level each: arrow keys move within a criterion, Tab to the
 * next. The level's label and points are both in the radio's name.
 */
export function RubricScoring({
  rubric,
  scores,
  onChange,
  disabled,
  errorId,
}: {
  rubric: RubricCriterion[];
  scores: Scores;
  onChange: (criterionId: string, points: number) => void;
  disabled?: boolean;
  errorId?: string;
}) {
  const intl = useIntl();
  return (
    <div className="rubric-scoring">
      {rubric.map((c) => {
        const levels = sortedLevels(c);
        const max = levels[levels.length - 1]?.points ?? 0;
        return (
          <fieldset key={c.id} className="rubric-criterion" aria-describedby={errorId && scores[c.id] === undefined ? errorId : undefined}>
            <legend>
              <span className="rubric-criterion-title">{c.title}</span>
              {SPACE}
              <span className="rubric-criterion-points">
                {scores[c.id] === undefined
                  ? intl.formatMessage({ id: 'grading.rubricScoring.notScored', defaultMessage: 'not scored · max {max, number}' }, { max })
                  : intl.formatMessage(
                      { id: 'grading.rubricScoring.scored', defaultMessage: '{points, number} of {max, number}' },
                      { points: scores[c.id], max },
                    )}
              </span>
            </legend>
            <div className="level-options">
              {levels.map((l) => (
                <label key={l.label} className="level-option">
                  <input
                    type="radio"
                    name={`criterion-${c.id}`}
                    value={l.points}
                    checked={scores[c.id] === l.points}
                    disabled={disabled}
                    onChange={() => onChange(c.id, l.points)}
                  />
                  <span className="level-option-body">
                    <span className="level-option-label">{l.label}</span>
                    {SPACE}
                    <span className="level-option-points">{intl.formatMessage(gradingMessages.points, { points: l.points })}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
