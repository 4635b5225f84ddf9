import { useState, type FormEvent } from 'react';
import { formatDateTime, formatSessionTime, fromZonedInput, toZonedInput } from '../../../lib/time';
import { ErrorNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useSetCohortDueDate, useSetDueExtension, type GradebookRow, type WeekDues } from '../hooks/useGradebook';
import { Dialog } from './Dialog';

/** "Your time: Tue 24 Nov, 17:00 GMT+2", for a wall-clock value typed in the cohort's zone. */
function useViewerPreview(value: string, cohortZone: string): string {
  const viewerZone = useTimeZone();
  try {
    return value ? ` Your time: ${formatSessionTime(fromZonedInput(value, cohortZone), viewerZone)}.` : '';
  } catch {
    return '';
  }
}

const zoneName = (zone: string) => zone.replaceAll('_', ' ');

/** Moves a week's due point for the whole cohort, or back to the programme's. */
export function CohortDueDialog({ week, cohortId, timeZone, onClose, onDone }: { week: WeekDues; cohortId: string; timeZone: string; onClose: () => void; onDone: (message: string) => void }) {
  const [value, setValue] = useState(toZonedInput(week.dueAt, timeZone));
  const [error, setError] = useState<unknown>(null);
  const [setDue, { loading }] = useSetCohortDueDate();
  const preview = useViewerPreview(value, timeZone);

  const run = async (dueAt: string | null) => {
    setError(null);
    try {
      await setDue({ variables: { input: { cohortId, week: week.week, dueAt } } });
      onDone(dueAt ? `Week ${week.week} is now due ${formatDateTime(dueAt, timeZone)} for the cohort.` : `Week ${week.week} is back to the programme’s due point.`);
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
    <Dialog title={`Due date for week ${week.week}`} description={`${week.assignmentTitle}. Learners with an extension keep theirs; late marks follow the new date.`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        {error != null && <ErrorNotice error={error} title="The due date was not changed" />}
        <TextField
          label="Due for the cohort"
          type="datetime-local"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          hint={`In the cohort’s zone, ${zoneName(timeZone)}.${preview} The programme’s due point is ${formatDateTime(week.programmeDueAt, timeZone)}.`}
        />
        <div className="form-actions dialog-actions">
          <button type="submit" className="button button-primary" disabled={loading || !value}>
            {loading ? 'Saving…' : 'Save due date'}
          </button>
          {week.cohortDueAt && (
            <button type="button" className="button button-secondary" disabled={loading} onClick={() => void run(null)}>
              Back to the programme’s
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Gives one learner their own due point for a week (or moves it). */
export function ExtensionDialog({ weeks, rows, timeZone, initialWeek, onClose, onDone }: { weeks: WeekDues[]; rows: GradebookRow[]; timeZone: string; initialWeek?: number; onClose: () => void; onDone: (message: string) => void }) {
  const learners = rows.filter((r) => r.enrolmentStatus !== 'WITHDRAWN');
  const [enrolmentId, setEnrolmentId] = useState(learners[0]?.enrolmentId ?? '');
  const [week, setWeek] = useState(initialWeek ?? weeks[0]?.week ?? 1);
  const dueFor = (eid: string, w: number) => rows.find((r) => r.enrolmentId === eid)?.cells.find((c) => c.week === w)?.dueAt ?? weeks.find((x) => x.week === w)?.dueAt;
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
      const name = learners.find((l) => l.enrolmentId === enrolmentId)?.learner.name ?? 'The learner';
      onDone(`${name} now has until ${formatDateTime(dueAt, timeZone)} for week ${week}.`);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Dialog title="Give a learner an extension" description="Their own due point for one week; their late marks follow it." onClose={onClose}>
      <form className="form-grid" onSubmit={submit}>
        {error != null && (
          <div className="span-all">
            <ErrorNotice error={error} title="The extension was not saved" />
          </div>
        )}
        <SelectField
          label="Learner"
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
          label="Week"
          value={String(week)}
          onChange={(e) => {
            setWeek(Number(e.target.value));
            setValue(suggest(enrolmentId, Number(e.target.value)));
          }}
        >
          {weeks.map((w) => (
            <option key={w.week} value={w.week}>
              Week {w.week}
            </option>
          ))}
        </SelectField>
        <TextField
          className="span-all"
          label="New due point"
          type="datetime-local"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
          hint={`In the cohort’s zone, ${zoneName(timeZone)}.${preview}${current ? ` Now due ${formatDateTime(current, timeZone)}.` : ''}`}
        />
        <TextField className="span-all" label="Reason (optional)" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} hint="Kept with the extension for the cohort’s staff." />
        <div className="form-actions dialog-actions span-all">
          <button type="submit" className="button button-primary" disabled={loading || !value || !enrolmentId}>
            {loading ? 'Saving…' : 'Save extension'}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
