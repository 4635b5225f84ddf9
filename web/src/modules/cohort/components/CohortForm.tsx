import { useState, type FormEvent, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type IntlShape, type NoMessageValues } from 'react-intl';
import { common } from '../../../i18n/common';
import { formatLocalDate } from '../../../lib/time';
import { ErrorNotice } from '../../../ui/Feedback';
import { useFieldErrors, type FieldErrors } from '../../../ui/useFieldErrors';

/** Today's date (YYYY-MM-DD) on the zone's calendar. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks and fields the cohort forms share (new, edit, duplicate). */
export const checks = defineMessages<{
  name: { min: number };
  capacity: { min: number; max: number };
  startDate: NoMessageValues;
  pastStart: NoMessageValues;
}>({
  name: { id: 'cohort.form.nameCheck', defaultMessage: 'Give the cohort a name of at least {min, number} characters.' },
  capacity: { id: 'cohort.form.capacityCheck', defaultMessage: 'Capacity is a whole number from {min, number} to {max, number}.' },
  startDate: { id: 'cohort.form.startDateCheck', defaultMessage: 'Enter the start date.' },
  pastStart: { id: 'cohort.form.pastStartCheck', defaultMessage: 'This date is in the past: tick the box to confirm.' },
});

export const fields = defineMessages<{
  cohortName: NoMessageValues;
  capacity: NoMessageValues;
  startDate: NoMessageValues;
  confirmPast: { date: string };
}>({
  cohortName: { id: 'cohort.form.cohortName', defaultMessage: 'Cohort name' },
  capacity: { id: 'cohort.form.capacity', defaultMessage: 'Capacity' },
  startDate: { id: 'cohort.form.startDate', defaultMessage: 'Start date' },
  confirmPast: { id: 'cohort.form.confirmPast', defaultMessage: 'Yes, start this cohort in the past ({date})' },
});

/** A cohort name's check: at least two characters once trimmed. */
export const nameCheck = (intl: Pick<IntlShape, 'formatMessage'>, name: string) =>
  name.trim().length < 2 ? intl.formatMessage(checks.name, { min: 2 }) : undefined;

/** A capacity's check: a whole number from 1 to 5000. */
export const capacityCheck = (intl: Pick<IntlShape, 'formatMessage'>, cap: number) =>
  Number.isInteger(cap) && cap >= 1 && cap <= 5000 ? undefined : intl.formatMessage(checks.capacity, { min: 1, max: 5000 });

/**
 * A cohort form's state: its start date (a past day, other than the one it had, asks for a confirmation again
 * whenever the date changes), the field errors and the form's own error, and the submit handling.
 */
export function useCohortForm<F extends string>({
  startDate: initialStart,
  timeZone,
  canMove = true,
}: {
  startDate: string;
  timeZone: string;
  canMove?: boolean;
}) {
  const intl = useIntl();
  const [startDate, setStart] = useState(initialStart);
  const [pastOk, setPastOk] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<F | 'confirmPastStart'>();
  const past = canMove && DATE.test(startDate) && startDate !== initialStart && startDate < todayIn(timeZone);

  /** Runs the form's checks, then sends; an API refusal naming one of apiFields goes next to it, any other above the form. */
  const submit = async (e: FormEvent, found: FieldErrors<F>, send: () => Promise<void>, apiFields: readonly F[]): Promise<void> => {
    e.preventDefault();
    setError(null);
    const ok = check({
      ...found,
      confirmPastStart: past && !pastOk ? intl.formatMessage(checks.pastStart) : undefined,
    } as FieldErrors<F | 'confirmPastStart'>);
    if (!ok) return;
    try {
      await send();
    } catch (err) {
      if (!fromApi(err, apiFields)) setError(err);
    }
  };

  return {
    formRef,
    errors,
    error,
    submit,
    startDate,
    setStartDate: (value: string) => (setStart(value), setPastOk(false)),
    past,
    pastOk,
    setPastOk,
  };
}

/** What the frame and the confirmation read of a cohort form's state. */
type CohortFormState = Pick<ReturnType<typeof useCohortForm>, 'formRef' | 'error' | 'startDate' | 'past' | 'pastOk' | 'setPastOk'> & {
  errors: { confirmPastStart?: string };
};

/** The confirmation a start date in the past asks for (shown only then). */
export function PastStartConfirm({
  form,
  errorId,
  label,
}: {
  form: CohortFormState;
  errorId: string;
  /** the box's label for this (past) date, if not the cohort form's own */
  label?: (date: string) => ReactNode;
}) {
  if (!form.past) return null;
  const message = form.errors.confirmPastStart;
  return (
    <div className="field span-all">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.pastOk}
          onChange={(e) => form.setPastOk(e.target.checked)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
        />
        {label ? (
          label(formatLocalDate(form.startDate))
        ) : (
          <FormattedMessage {...fields.confirmPast} values={{ date: formatLocalDate(form.startDate) }} />
        )}
      </label>
      {message && (
        <p id={errorId} className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}

/** A cohort form's frame: the form, what went wrong above its fields, its submit and cancel buttons. */
export function CohortForm({
  form,
  onSubmit,
  label,
  intro,
  errorTitle,
  busy,
  submitLabel,
  busyLabel,
  onCancel,
  children,
}: {
  form: CohortFormState;
  onSubmit: (e: FormEvent) => void;
  label?: string;
  intro?: ReactNode;
  errorTitle: string;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form ref={form.formRef} className="form-grid" noValidate onSubmit={onSubmit} aria-label={label}>
      {intro}
      {form.error != null && (
        <div className="span-all">
          <ErrorNotice error={form.error} title={errorTitle} />
        </div>
      )}
      {children}
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          <FormattedMessage {...common.cancel} />
        </button>
      </div>
    </form>
  );
}
