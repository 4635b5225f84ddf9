import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { GoalFollowUpDocument, RecordGoalFollowUpDocument, type GoalFollowUpFieldsFragment, type GoalReached } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { formatNumber } from '../../../lib/time';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextAreaField, TextField } from '../../../ui/Field';
import { useFieldErrors } from '../../../ui/useFieldErrors';
import { parseNumber } from '../hooks/parseNumber';
import { REACHED_ANSWER } from './GoalFollowUpGoal';

const ANSWERS: readonly GoalReached[] = ['YES', 'PARTLY', 'NO'];
const MAX_NOTE = 2000;
const LIMIT = 1e11;

const messages = defineMessages({
  chooseAnswer: { id: 'followUp.form.chooseAnswer', defaultMessage: 'Choose yes, partly or not yet.' },
  notANumber: { id: 'followUp.form.notANumber', defaultMessage: 'Write a number, such as 1200 or 12.5, or leave it empty.' },
  tooLarge: { id: 'followUp.form.tooLarge', defaultMessage: 'This number is too large.' },
});

type FieldName = 'reached' | 'currentValue' | 'note';

/** The follow-up answer: reached (required), the value now and a note (optional). */
export function GoalFollowUpForm({
  token,
  followUp,
  onSaved,
  onCancel,
}: {
  token: string;
  followUp: GoalFollowUpFieldsFragment;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const intl = useIntl();
  const errorId = useId();
  const [reached, setReached] = useState<GoalReached | null>(followUp.reached);
  const [currentValue, setCurrentValue] = useState(followUp.currentValue === null ? '' : String(followUp.currentValue));
  const [note, setNote] = useState(followUp.note ?? '');
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<FieldName>();
  const [record, { loading }] = useMutation(RecordGoalFollowUpDocument, {
    // the link's query is not normalised (no id): put the answer where the page reads it
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: GoalFollowUpDocument, variables: { token }, data: { goalFollowUp: data.recordGoalFollowUp } });
    },
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const value = parseNumber(currentValue);
    const ok = check({
      reached: reached ? undefined : intl.formatMessage(messages.chooseAnswer),
      currentValue:
        value === undefined
          ? intl.formatMessage(messages.notANumber)
          : value !== null && Math.abs(value) >= LIMIT
            ? intl.formatMessage(messages.tooLarge)
            : undefined,
    });
    if (!ok || !reached || value === undefined) return;
    try {
      await record({ variables: { token, input: { reached, currentValue: value, note: note.trim() } } });
      onSaved();
    } catch (err) {
      if (!fromApi(err, ['reached', 'currentValue', 'note'])) setError(err);
    }
  };

  const measured = followUp.measure
    ? intl.formatMessage(
        { id: 'followUp.form.currentValueMeasured', defaultMessage: 'Where are you now? ({measure})' },
        { measure: followUp.measure },
      )
    : intl.formatMessage({ id: 'followUp.form.currentValue', defaultMessage: 'Where are you now?' });
  const hint =
    followUp.baseline !== null
      ? intl.formatMessage(
          { id: 'followUp.form.currentValueHintBaseline', defaultMessage: 'Optional. A number; you started at {baseline}.' },
          { baseline: formatNumber(followUp.baseline) },
        )
      : intl.formatMessage({ id: 'followUp.form.currentValueHint', defaultMessage: 'Optional. A number, if your goal has one.' });

  return (
    <form ref={formRef} className="stack" noValidate onSubmit={submit}>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'followUp.form.notSaved', defaultMessage: 'Your answer was not saved' })}
        />
      )}
      <fieldset
        className="plain-fieldset follow-up-choices"
        role="radiogroup"
        aria-invalid={errors.reached ? true : undefined}
        aria-describedby={errors.reached ? errorId : undefined}
      >
        <legend className="follow-up-legend">
          <FormattedMessage id="followUp.form.reachedLegend" defaultMessage="Did you reach your goal?" />
        </legend>
        {ANSWERS.map((answer) => (
          <label key={answer} className="follow-up-choice">
            <input type="radio" name="reached" value={answer} checked={reached === answer} onChange={() => setReached(answer)} />
            {intl.formatMessage(REACHED_ANSWER[answer])}
          </label>
        ))}
        {errors.reached && (
          <p id={errorId} className="field-error" role="alert">
            {errors.reached}
          </p>
        )}
      </fieldset>
      <TextField
        label={measured}
        hint={hint}
        inputMode="decimal"
        autoComplete="off"
        value={currentValue}
        onChange={(e) => setCurrentValue(e.target.value)}
        error={errors.currentValue}
      />
      <TextAreaField
        label={intl.formatMessage({ id: 'followUp.form.note', defaultMessage: 'Anything you want to add?' })}
        hint={intl.formatMessage({ id: 'followUp.form.noteHint', defaultMessage: 'Optional. What helped, what got in the way.' })}
        rows={3}
        maxLength={MAX_NOTE}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? (
            <FormattedMessage {...common.saving} />
          ) : (
            <FormattedMessage id="followUp.form.submit" defaultMessage="Send my answer" />
          )}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            <FormattedMessage {...common.cancel} />
          </button>
        )}
      </div>
    </form>
  );
}
