import { useId, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { GoalInput } from '../../../gql/graphql';
import { formatList } from '../../../lib/time';
import { TextAreaField, TextField } from '../../../ui/Field';
import { useFieldErrors, type FieldErrors } from '../../../ui/useFieldErrors';
import { parseNumber } from '../../outcome/hooks/parseNumber';

/** The API's names for the goal's fields (extensions.details.field), "goal" for the goal as a whole. */
export type GoalField = 'goal' | 'goal.statement' | 'goal.measure' | 'goal.baseline' | 'goal.target' | 'goal.byDate';
const GOAL_FIELDS: readonly GoalField[] = ['goal', 'goal.statement', 'goal.measure', 'goal.baseline', 'goal.target', 'goal.byDate'];

export interface GoalDraft {
  statement: string;
  measure: string;
  baseline: string;
  target: string;
  byDate: string;
}

const EMPTY: GoalDraft = { statement: '', measure: '', baseline: '', target: '', byDate: '' };
const MAX_STATEMENT = 2000;
const MAX_MEASURE = 200;
const LIMIT = 1e11;

const messages = defineMessages({
  statementNeeded: {
    id: 'followUp.invitationGoal.statementNeeded',
    defaultMessage: 'Say what you want to change at work, or leave all the goal’s fields empty.',
  },
  notANumber: { id: 'followUp.invitationGoal.notANumber', defaultMessage: 'Write a number, such as 1200 or 12.5.' },
  tooLarge: { id: 'followUp.invitationGoal.tooLarge', defaultMessage: 'This number is too large.' },
});

/**
 * The optional goal given on accepting an invitation that enrols a learner: its draft, its
 * checks before sending (all empty is no goal), and the API's refusals shown by their field.
 */
export function useInvitationGoal() {
  const intl = useIntl();
  const [draft, setDraft] = useState<GoalDraft>(EMPTY);
  const { formRef, errors, check, fromApi } = useFieldErrors<GoalField>();

  /** The goal to send (undefined: none given), or false when a field needs mending. */
  const validate = (): GoalInput | undefined | false => {
    const d = {
      statement: draft.statement.trim(),
      measure: draft.measure.trim(),
      baseline: draft.baseline.trim(),
      target: draft.target.trim(),
      byDate: draft.byDate,
    };
    if (!d.statement && !d.measure && !d.baseline && !d.target && !d.byDate) {
      check({});
      return undefined;
    }
    const baseline = parseNumber(d.baseline);
    const target = parseNumber(d.target);
    const numberError = (n: number | null | undefined) =>
      n === undefined
        ? intl.formatMessage(messages.notANumber)
        : n !== null && Math.abs(n) >= LIMIT
          ? intl.formatMessage(messages.tooLarge)
          : undefined;
    const found: FieldErrors<GoalField> = {
      'goal.statement': d.statement ? undefined : intl.formatMessage(messages.statementNeeded),
      'goal.baseline': numberError(baseline),
      'goal.target': numberError(target),
    };
    if (!check(found) || baseline === undefined || target === undefined) return false;
    return { statement: d.statement, measure: d.measure || null, baseline, target, byDate: d.byDate || null };
  };

  return { draft, setDraft, errors, formRef, validate, fromApi: (error: unknown) => fromApi(error, GOAL_FIELDS) };
}

/** "Your goal": asked only when accepting enrols the person in a cohort (cohortNames). */
export function InvitationGoalFields({
  cohortNames,
  draft,
  onChange,
  errors,
}: {
  cohortNames: string[];
  draft: GoalDraft;
  onChange: (draft: GoalDraft) => void;
  errors: FieldErrors<GoalField>;
}) {
  const intl = useIntl();
  const headingId = useId();
  const set = (field: keyof GoalDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  return (
    <section className="invite-goal stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} className="invite-goal-heading">
          <FormattedMessage id="followUp.invitationGoal.heading" defaultMessage="Your goal (optional)" />
        </h2>
        <p className="field-hint">
          <FormattedMessage
            id="followUp.invitationGoal.intro"
            defaultMessage="You are joining {cohorts}. What do you want to change at work by the end? Your coach sees your goal, and three months after the programme we ask how far you got. You can also set it later."
            values={{ cohorts: formatList(cohortNames) }}
          />
        </p>
      </div>
      {errors.goal && (
        <p className="field-error" role="alert">
          {errors.goal}
        </p>
      )}
      <TextAreaField
        label={intl.formatMessage({ id: 'followUp.invitationGoal.statement', defaultMessage: 'What do you want to change at work?' })}
        rows={3}
        maxLength={MAX_STATEMENT}
        value={draft.statement}
        onChange={set('statement')}
        error={errors['goal.statement']}
      />
      <TextField
        label={intl.formatMessage({ id: 'followUp.invitationGoal.measure', defaultMessage: 'How will you measure it?' })}
        hint={intl.formatMessage({ id: 'followUp.invitationGoal.measureHint', defaultMessage: 'For example: days to answer a customer.' })}
        maxLength={MAX_MEASURE}
        value={draft.measure}
        onChange={set('measure')}
        error={errors['goal.measure']}
      />
      <div className="invite-goal-numbers">
        <TextField
          label={intl.formatMessage({ id: 'followUp.invitationGoal.baseline', defaultMessage: 'Where you are now' })}
          inputMode="decimal"
          autoComplete="off"
          value={draft.baseline}
          onChange={set('baseline')}
          error={errors['goal.baseline']}
        />
        <TextField
          label={intl.formatMessage({ id: 'followUp.invitationGoal.target', defaultMessage: 'Where you want to be' })}
          inputMode="decimal"
          autoComplete="off"
          value={draft.target}
          onChange={set('target')}
          error={errors['goal.target']}
        />
      </div>
      <TextField
        label={intl.formatMessage({ id: 'followUp.invitationGoal.byDate', defaultMessage: 'By when' })}
        type="date"
        value={draft.byDate}
        onChange={set('byDate')}
        error={errors['goal.byDate']}
      />
    </section>
  );
}
