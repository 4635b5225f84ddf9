import { useState, type FormEvent } from 'react';
import { FormattedMessage, defineMessages, useIntl } from 'react-intl';
import { common } from '../../../i18n/common';
import { formatDateTime, formatSessionTime, fromZonedInput, toZonedInput } from '../../../lib/time';
import { ErrorNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useSetCohortDueDate, useSetDueExtension, type GradebookRow, type WeekDues } from '../hooks/useGradebook';
import { gradingMessages, weekMessage } from '../hooks/messages';
import { Dialog } from './Dialog';

const messages = defineMessages<{ yourTime: { time: string }; cohortZone: { zone: string } }>({
  yourTime: { id: 'grading.dueDialogs.yourTime', defaultMessage: 'Your time: {time}.' },
  cohortZone: { id: 'grading.dueDialogs.cohortZone', defaultMessage: 'In the cohort’s zone, {zone}.' },
});

/** "Your time: Tue 24 Nov, 17:00 GMT+2.", for a wall-clock value typed in the cohort's zone (empty when it is not a time). */
function useViewerPreview(value: string, cohortZone: string): string {
  const intl = useIntl();
  const viewerZone = useTimeZone();
  try {
    return value ? intl.formatMessage(messages.yourTime, { time: formatSessionTime(fromZonedInput(value, cohortZone), viewerZone) }) : '';
  } catch {
    return '';
  }
}

const zoneName = (zone: string) => zone.replaceAll('_', ' ');

/** A hint made of whole sentences, the missing ones left out. */
const sentences = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ');

/** Moves a week's due point for the whole cohort, or back to the programme's. */
export function CohortDueDialog({
  week,
  cohortId,
  timeZone,
  onClose,
  onDone,
}: {
  week: WeekDues;
  cohortId: string;
  timeZone: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const intl = useIntl();
  const [value, setValue] = useState(toZonedInput(week.dueAt, timeZone));
  const [error, setError] = useState<unknown>(null);
  const [setDue, { loading }] = useSetCohortDueDate();
  const preview = useViewerPreview(value, timeZone);

  const run = async (dueAt: string | null) => {
    setError(null);
    try {
      await setDue({ variables: { input: { cohortId, week: week.week, dueAt } } });
      onDone(
        dueAt
          ? intl.formatMessage(
              { id: 'grading.dueDialogs.movedNotice', defaultMessage: 'Week {week, number} is now due {due} for the cohort.' },
              { week: week.week, due: formatDateTime(dueAt, timeZone) },
            )
          : intl.formatMessage(
              { id: 'grading.dueDialogs.resetNotice', defaultMessage: 'Week {week, number} is back to the programme’s due point.' },
              { week: week.week },
            ),
      );
    } catch (err) {
      setError(err);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      void run(fromZonedInput(value, timeZone));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Dialog
      title={intl.formatMessage(
        { id: 'grading.dueDialogs.cohortTitle', defaultMessage: 'Due date for week {week, number}' },
        { week: week.week },
      )}
      description={intl.formatMessage(
        {
          id: 'grading.dueDialogs.cohortDescription',
          defaultMessage: '{assignment}. Learners with an extension keep theirs; late marks follow the new date.',
        },
        { assignment: week.assignmentTitle },
      )}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit}>
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'grading.dueDialogs.cohortFailed', defaultMessage: 'The due date was not changed' })}
          />
        )}
        <TextField
          label={intl.formatMessage({ id: 'grading.dueDialogs.cohortDue', defaultMessage: 'Due for the cohort' })}
          type="datetime-local"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          hint={sentences(
            intl.formatMessage(messages.cohortZone, { zone: zoneName(timeZone) }),
            preview,
            intl.formatMessage(
              { id: 'grading.dueDialogs.programmeDue', defaultMessage: 'The programme’s due point is {due}.' },
              { due: formatDateTime(week.programmeDueAt, timeZone) },
            ),
          )}
        />
        <div className="form-actions dialog-actions">
          <button type="submit" className="button button-primary" disabled={loading || !value}>
            {loading
              ? intl.formatMessage(common.saving)
              : intl.formatMessage({ id: 'grading.dueDialogs.saveDueDate', defaultMessage: 'Save due date' })}
          </button>
          {week.cohortDueAt && (
            <button type="button" className="button button-secondary" disabled={loading} onClick={() => void run(null)}>
              <FormattedMessage id="grading.dueDialogs.backToProgramme" defaultMessage="Back to the programme’s" />
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            <FormattedMessage {...common.cancel} />
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Gives one learner their own due point for a week (or moves it). */
export function ExtensionDialog({
  weeks,
  rows,
  timeZone,
  initialWeek,
  onClose,
  onDone,
}: {
  weeks: WeekDues[];
  rows: GradebookRow[];
  timeZone: string;
  initialWeek?: number;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const intl = useIntl();
  const learners = rows.filter((r) => r.enrolmentStatus !== 'WITHDRAWN');
  const [enrolmentId, setEnrolmentId] = useState(learners[0]?.enrolmentId ?? '');
  const [week, setWeek] = useState(initialWeek ?? weeks[0]?.week ?? 1);
  const dueFor = (eid: string, w: number) => {
    const dues = weeks.find((x) => x.week === w);
    return dues?.extensions.find((x) => x.enrolmentId === eid)?.dueAt ?? dues?.dueAt;
  };
  const suggest = (eid: string, w: number) => {
    const current = dueFor(eid, w);
    return current ? toZonedInput(new Date(new Date(current).getTime() + 2 * 86_400_000).toISOString(), timeZone) : '';
  };
  const [value, setValue] = useState(() => suggest(enrolmentId, week));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [extend, { loading }] = useSetDueExtension();
  const preview = useViewerPreview(value, timeZone);
  const current = dueFor(enrolmentId, week);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const dueAt = fromZonedInput(value, timeZone);
      await extend({ variables: { input: { enrolmentId, week, dueAt, reason: reason.trim() || null } } });
      const name =
        learners.find((l) => l.enrolmentId === enrolmentId)?.learner.name ??
        intl.formatMessage({ id: 'grading.dueDialogs.theLearner', defaultMessage: 'The learner' });
      onDone(
        intl.formatMessage(
          { id: 'grading.dueDialogs.extendedNotice', defaultMessage: '{name} now has until {due} for week {week, number}.' },
          { name, due: formatDateTime(dueAt, timeZone), week },
        ),
      );
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Dialog
      title={intl.formatMessage({ id: 'grading.dueDialogs.extensionTitle', defaultMessage: 'Give a learner an extension' })}
      description={intl.formatMessage({
        id: 'grading.dueDialogs.extensionDescription',
        defaultMessage: 'Their own due point for one week; their late marks follow it.',
      })}
      onClose={onClose}
    >
      <form className="form-grid" onSubmit={submit}>
        {error != null && (
          <div className="span-all">
            <ErrorNotice
              error={error}
              title={intl.formatMessage({ id: 'grading.dueDialogs.extensionFailed', defaultMessage: 'The extension was not saved' })}
            />
          </div>
        )}
        <SelectField
          label={intl.formatMessage(gradingMessages.learner)}
          value={enrolmentId}
          onChange={(e) => {
            setEnrolmentId(e.target.value);
            setValue(suggest(e.target.value, week));
          }}
        >
          {learners.map((r) => (
            <option key={r.enrolmentId} value={r.enrolmentId}>
              {r.learner.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={intl.formatMessage({ id: 'grading.dueDialogs.week', defaultMessage: 'Week' })}
          value={String(week)}
          onChange={(e) => {
            setWeek(Number(e.target.value));
            setValue(suggest(enrolmentId, Number(e.target.value)));
          }}
        >
          {weeks.map((w) => (
            <option key={w.week} value={w.week}>
              {intl.formatMessage(weekMessage, { week: w.week })}
            </option>
          ))}
        </SelectField>
        <TextField
          className="span-all"
          label={intl.formatMessage({ id: 'grading.dueDialogs.newDue', defaultMessage: 'New due point' })}
          type="datetime-local"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          hint={sentences(
            intl.formatMessage(messages.cohortZone, { zone: zoneName(timeZone) }),
            preview,
            current &&
              intl.formatMessage(
                { id: 'grading.dueDialogs.nowDue', defaultMessage: 'Now due {due}.' },
                { due: formatDateTime(current, timeZone) },
              ),
          )}
        />
        <TextField
          className="span-all"
          label={intl.formatMessage({ id: 'grading.dueDialogs.reason', defaultMessage: 'Reason (optional)' })}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          hint={intl.formatMessage({
            id: 'grading.dueDialogs.reasonHint',
            defaultMessage: 'Kept with the extension for the cohort’s staff.',
          })}
        />
        <div className="form-actions dialog-actions span-all">
          <button type="submit" className="button button-primary" disabled={loading || !value || !enrolmentId}>
            {loading
              ? intl.formatMessage(common.saving)
              : intl.formatMessage({ id: 'grading.dueDialogs.saveExtension', defaultMessage: 'Save extension' })}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            <FormattedMessage {...common.cancel} />
          </button>
        </div>
      </form>
    </Dialog>
  );
}
