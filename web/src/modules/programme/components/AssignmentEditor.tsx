import { MAX_LEVEL_POINTS, MAX_RUBRIC_CRITERIA, MAX_RUBRIC_LEVELS, rubricMaxPoints } from '@beacon/domain';
import type { ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type NoMessageValues } from 'react-intl';
import type { AssignmentInput, RubricCriterionInput, RubricLevelInput, SubmissionKind } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { markdownHint } from '../hooks/definition';
import type { PathMessages } from '../hooks/assignmentIssues';
import { focusAfterMove, RowMoves, swapRows } from './RowMoves';

const SUBMISSION_KINDS: SubmissionKind[] = ['TEXT', 'LINK', 'FILE'];
const SUBMISSION_LABEL = defineMessages({
  TEXT: { id: 'programme.assignmentEditor.kindText', defaultMessage: 'Text' },
  LINK: { id: 'programme.assignmentEditor.kindLink', defaultMessage: 'Link' },
  FILE: { id: 'programme.assignmentEditor.kindFile', defaultMessage: 'File' },
});
const DAYS = [1, 2, 3, 4, 5, 6, 7];

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
/** A number field's value while typed: empty or half-typed is NaN, which the checks refuse. */
const toNumber = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
const shown = (n: number) => (Number.isNaN(n) ? '' : String(n));

/**
 * A week's assignment: title, instructions (Markdown), how learners submit, the due point, the
 * pass mark and the rubric, whose criteria and levels can be added, removed and reordered.
 * `errors` stop the draft being saved; `notes` only stop it being published. Both are keyed by
 * path within the assignment ("rubric.1.levels.0.points").
 */
export function AssignmentEditor({
  week,
  assignment: a,
  errors,
  notes,
  onChange,
  onRemove,
}: {
  week: number;
  assignment: AssignmentInput;
  errors: PathMessages;
  notes: PathMessages;
  onChange: (a: AssignmentInput) => void;
  onRemove: () => void;
}) {
  const intl = useIntl();
  const set = (patch: Partial<AssignmentInput>) => onChange({ ...a, ...patch });
  const rubric = a.rubric;
  const setRubric = (next: RubricCriterionInput[]) => set({ rubric: next });
  const setCriterion = (i: number, patch: Partial<RubricCriterionInput>) =>
    setRubric(rubric.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus());
  const idOf = (...parts: (string | number)[]) => ['assignment', week, ...parts].join('-');
  const moveCriterion = (i: number, by: -1 | 1) => {
    setRubric(swapRows(rubric, i, by));
    focusAfterMove((j) => idOf('criterion', j), i, by, rubric.length);
  };
  const max = rubricMaxPoints(rubric.map((c) => ({ levels: c.levels.filter((l) => Number.isFinite(l.points)) })));
  const field = (path: string) => ({ error: errors[path], hint: notes[path] });

  return (
    <section className="assignment-editor" aria-labelledby={idOf('heading')}>
      <h3 id={idOf('heading')} className="section-title">
        <FormattedMessage id="programme.assignmentEditor.heading" defaultMessage="Assignment" />
      </h3>
      <div className="form-grid">
        <TextField
          id={idOf('title')}
          label={intl.formatMessage(
            { id: 'programme.assignmentEditor.title', defaultMessage: 'Week {week, number} assignment title' },
            { week },
          )}
          aria-required
          maxLength={200}
          value={a.title}
          onChange={(e) => set({ title: e.target.value })}
          error={errors.title}
          className="span-all"
        />
        <TextAreaField
          id={idOf('instructions')}
          label={intl.formatMessage(
            { id: 'programme.assignmentEditor.instructions', defaultMessage: 'Week {week, number} assignment instructions' },
            { week },
          )}
          hint={intl.formatMessage(markdownHint)}
          aria-required
          rows={5}
          maxLength={20_000}
          value={a.instructions}
          onChange={(e) => set({ instructions: e.target.value })}
          error={errors.instructions}
          className="span-all"
        />
        <fieldset className="field checkbox-group span-all" aria-describedby={notes.submissionKinds ? idOf('kinds-note') : undefined}>
          <legend>
            <FormattedMessage id="programme.assignmentEditor.submitAs" defaultMessage="Learners submit as" />
          </legend>
          <div className="kind-options">
            {SUBMISSION_KINDS.map((k) => (
              <label key={k} className="checkbox">
                <input
                  type="checkbox"
                  checked={a.submissionKinds.includes(k)}
                  onChange={(e) =>
                    set({
                      submissionKinds: e.target.checked
                        ? SUBMISSION_KINDS.filter((x) => x === k || a.submissionKinds.includes(x))
                        : a.submissionKinds.filter((x) => x !== k),
                    })
                  }
                />
                {intl.formatMessage(SUBMISSION_LABEL[k])}
              </label>
            ))}
          </div>
          {notes.submissionKinds && (
            <p id={idOf('kinds-note')} className="field-note">
              {notes.submissionKinds}
            </p>
          )}
        </fieldset>
        <SelectField
          id={idOf('due-day')}
          label={intl.formatMessage({ id: 'programme.assignmentEditor.dueDay', defaultMessage: 'Due on day' })}
          hint={intl.formatMessage({ id: 'programme.assignmentEditor.dueDayHint', defaultMessage: 'Day 1 is the day the week opens.' })}
          value={a.dueDay}
          onChange={(e) => set({ dueDay: Number(e.target.value) })}
        >
          {DAYS.map((d) => (
            <option key={d} value={d}>
              {intl.formatNumber(d)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={idOf('due-time')}
          label={intl.formatMessage({ id: 'programme.assignmentEditor.dueTime', defaultMessage: 'Due at' })}
          hint={intl.formatMessage({ id: 'programme.assignmentEditor.dueTimeHint', defaultMessage: 'On the cohort’s clock, 24-hour.' })}
          type="time"
          value={a.dueTime}
          onChange={(e) => set({ dueTime: e.target.value })}
          error={errors.dueTime}
        />
        <TextField
          id={idOf('pass-mark')}
          label={intl.formatMessage({ id: 'programme.assignmentEditor.passMark', defaultMessage: 'Pass mark (points)' })}
          hint={
            notes.passMark ??
            intl.formatMessage(
              { id: 'programme.assignmentEditor.passMarkHint', defaultMessage: 'The rubric’s maximum is {max, number}.' },
              { max },
            )
          }
          type="number"
          min={0}
          inputMode="numeric"
          value={shown(a.passMark)}
          onChange={(e) => set({ passMark: toNumber(e.target.value) })}
          error={errors.passMark}
        />
      </div>

      <h4 className="section-title">
        <FormattedMessage id="programme.assignmentEditor.rubric" defaultMessage="Rubric" />
      </h4>
      {notes.rubric && <p className="field-note">{notes.rubric}</p>}
      <ol
        className="rubric-editor"
        aria-label={intl.formatMessage(
          { id: 'programme.assignmentEditor.criteriaOfWeek', defaultMessage: 'Rubric criteria of week {week, number}' },
          { week },
        )}
      >
        {rubric.map((c, i) => {
          const n = i + 1;
          const prefix = intl.formatMessage(
            { id: 'programme.assignmentEditor.criterionPrefix', defaultMessage: 'Week {week, number} criterion {criterion, number}' },
            { week, criterion: n },
          );
          const path = `rubric.${i}`;
          const setLevels = (levels: RubricLevelInput[]) => setCriterion(i, { levels });
          return (
            <li key={c.id ?? `new-${i}`} className="rubric-criterion">
              <TextField
                id={idOf('criterion', i, 'title')}
                label={
                  <>
                    <span className="visually-hidden">{prefix} </span>
                    <FormattedMessage id="programme.assignmentEditor.criterionTitle" defaultMessage="Criterion title" />
                  </>
                }
                aria-required
                maxLength={200}
                value={c.title}
                onChange={(e) => setCriterion(i, { title: e.target.value })}
                {...field(`${path}.title`)}
              />
              <ul className="rubric-levels">
                {c.levels.map((l, k) => {
                  const levelPrefix = intl.formatMessage(
                    { id: 'programme.assignmentEditor.levelPrefix', defaultMessage: '{criterion} level {level, number}' },
                    { criterion: prefix, level: k + 1 },
                  );
                  const setLevel = (patch: Partial<RubricLevelInput>) =>
                    setLevels(c.levels.map((x, j) => (j === k ? { ...x, ...patch } : x)));
                  return (
                    <li key={k} className="rubric-level">
                      <TextField
                        id={idOf('criterion', i, 'level', k, 'label')}
                        label={
                          <>
                            <span className="visually-hidden">{levelPrefix} </span>
                            <FormattedMessage id="programme.assignmentEditor.levelLabel" defaultMessage="Level" />
                          </>
                        }
                        aria-required
                        maxLength={100}
                        value={l.label}
                        onChange={(e) => setLevel({ label: e.target.value })}
                        error={errors[`${path}.levels.${k}.label`]}
                      />
                      <TextField
                        id={idOf('criterion', i, 'level', k, 'points')}
                        label={
                          <>
                            <span className="visually-hidden">{levelPrefix} </span>
                            <FormattedMessage id="programme.assignmentEditor.levelPoints" defaultMessage="Points" />
                          </>
                        }
                        type="number"
                        min={0}
                        max={MAX_LEVEL_POINTS}
                        inputMode="numeric"
                        value={shown(l.points)}
                        onChange={(e) => setLevel({ points: toNumber(e.target.value) })}
                        error={errors[`${path}.levels.${k}.points`]}
                      />
                      <button
                        type="button"
                        className="button button-danger-quiet button-small"
                        disabled={c.levels.length <= 1}
                        onClick={() => {
                          setLevels(c.levels.filter((_, j) => j !== k));
                          focusLater(idOf('criterion', i, 'add-level'));
                        }}
                      >
                        <FormattedMessage
                          id="programme.assignmentEditor.removeLevel"
                          defaultMessage="Remove level<hidden> {level, number} of {criterion}</hidden>"
                          values={{ level: k + 1, criterion: prefix, hidden }}
                        />
                      </button>
                    </li>
                  );
                })}
              </ul>
              {errors[`${path}.levels`] && <p className="field-error">{errors[`${path}.levels`]}</p>}
              <div className="editor-item-actions">
                <button
                  id={idOf('criterion', i, 'add-level')}
                  type="button"
                  className="button button-secondary button-small"
                  disabled={c.levels.length >= MAX_RUBRIC_LEVELS}
                  onClick={() => {
                    const best = Math.max(-1, ...c.levels.map((x) => (Number.isFinite(x.points) ? x.points : -1)));
                    setLevels([...c.levels, { label: '', points: best + 1 }]);
                    focusLater(idOf('criterion', i, 'level', c.levels.length, 'label'));
                  }}
                >
                  <FormattedMessage
                    id="programme.assignmentEditor.addLevel"
                    defaultMessage="Add level<hidden> to {criterion}</hidden>"
                    values={{ criterion: prefix, hidden }}
                  />
                </button>
                <RowMoves id={idOf('criterion', i)} index={i} count={rubric.length} onMove={(by) => moveCriterion(i, by)} name={prefix} />
                <button
                  type="button"
                  className="button button-danger-quiet button-small"
                  onClick={() => {
                    setRubric(rubric.filter((_, j) => j !== i));
                    focusLater(i > 0 ? idOf('criterion', i - 1, 'title') : idOf('add-criterion'));
                  }}
                >
                  <FormattedMessage
                    id="programme.assignmentEditor.removeCriterion"
                    defaultMessage="Remove criterion<hidden> {criterion}</hidden>"
                    values={{ criterion: prefix, hidden }}
                  />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button
          id={idOf('add-criterion')}
          type="button"
          className="button button-secondary button-small"
          disabled={rubric.length >= MAX_RUBRIC_CRITERIA}
          onClick={() => {
            setRubric([...rubric, newCriterion(intl)]);
            focusLater(idOf('criterion', rubric.length, 'title'));
          }}
        >
          <FormattedMessage
            id="programme.assignmentEditor.addCriterion"
            defaultMessage="Add criterion<hidden> to week {week, number}</hidden>"
            values={{ week, hidden }}
          />
        </button>
        <ConfirmButton
          label={intl.formatMessage({ id: 'programme.assignmentEditor.remove', defaultMessage: 'Remove the assignment' })}
          accessibleLabel={intl.formatMessage(
            { id: 'programme.assignmentEditor.removeNamed', defaultMessage: 'Remove the assignment of week {week, number}' },
            { week },
          )}
          question={intl.formatMessage(
            {
              id: 'programme.assignmentEditor.removeQuestion',
              defaultMessage: 'Remove the assignment of week {week, number} from the draft?',
            },
            { week },
          )}
          confirmLabel={intl.formatMessage({ id: 'programme.assignmentEditor.removeConfirm', defaultMessage: 'Remove it' })}
          onConfirm={onRemove}
        />
      </div>
    </section>
  );
}

const starters = defineMessages<{ assignmentTitle: { week: number }; levelMissing: NoMessageValues; levelMet: NoMessageValues }>({
  assignmentTitle: { id: 'programme.starter.assignmentTitle', defaultMessage: 'Assignment {week, number}' },
  levelMissing: { id: 'programme.starter.levelMissing', defaultMessage: 'Missing' },
  levelMet: { id: 'programme.starter.levelMet', defaultMessage: 'Met' },
});

/** A new criterion: no title yet, two levels to write over. */
export function newCriterion(intl: Pick<ReturnType<typeof useIntl>, 'formatMessage'>): RubricCriterionInput {
  return {
    title: '',
    levels: [
      { label: intl.formatMessage(starters.levelMissing), points: 0 },
      { label: intl.formatMessage(starters.levelMet), points: 2 },
    ],
  };
}

/** A new assignment for a week: due on day 6 at 23:59, submitted as text, one criterion to write. */
export function newAssignment(week: number, intl: Pick<ReturnType<typeof useIntl>, 'formatMessage'>): AssignmentInput {
  return {
    title: intl.formatMessage(starters.assignmentTitle, { week }),
    instructions: '',
    submissionKinds: ['TEXT'],
    rubric: [newCriterion(intl)],
    passMark: 0,
    dueDay: 6,
    dueTime: '23:59',
  };
}
