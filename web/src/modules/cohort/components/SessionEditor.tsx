import { useState, type FormEvent } from 'react';
import type { LiveSessionFieldsFragment } from '../../../gql/graphql';
import { formatSessionTime, fromZonedInput, toZonedInput } from '../../../lib/time';
import { ErrorNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useUpdateLiveSession, type CohortView } from '../hooks/useCohorts';

/** Changes one session: its start on the cohort's wall clock, duration, host and links. */
export function SessionEditor({ session, cohort, onSaved, onCancel }: { session: LiveSessionFieldsFragment; cohort: CohortView; onSaved: (s: LiveSessionFieldsFragment) => void; onCancel: () => void }) {
  const viewerZone = useTimeZone();
  const [update, { loading }] = useUpdateLiveSession();
  const [startsAt, setStartsAt] = useState(toZonedInput(session.startsAt, cohort.timeZone));
  const [duration, setDuration] = useState(String(session.durationMinutes));
  const [hostId, setHostId] = useState(session.host?.id ?? '');
  const [joinUrl, setJoinUrl] = useState(session.joinUrl ?? '');
  const [recordingUrl, setRecordingUrl] = useState(session.recordingUrl ?? '');
  const [error, setError] = useState<unknown>(null);
  const zone = cohort.timeZone.replaceAll('_', ' ');
  let preview = '';
  try {
    preview = startsAt ? formatSessionTime(fromZonedInput(startsAt, cohort.timeZone), viewerZone) : '';
  } catch {
    preview = '';
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const { data } = await update({
        variables: {
          id: session.id,
          input: {
            startsAt: fromZonedInput(startsAt, cohort.timeZone),
            durationMinutes: Number(duration),
            hostId: hostId || null,
            joinUrl: joinUrl.trim() || null,
            recordingUrl: recordingUrl.trim() || null,
          },
        },
      });
      if (data) onSaved(data.updateLiveSession);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="form-grid" onSubmit={submit}>
      {error != null && (
        <div className="span-all">
          <ErrorNotice error={error} title="The session was not saved" />
        </div>
      )}
      <TextField label="Starts" type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} hint={`In the cohort’s zone, ${zone}.${preview ? ` Your time: ${preview}.` : ''}`} />
      <TextField label="Duration (minutes)" type="number" required min={5} max={600} value={duration} onChange={(e) => setDuration(e.target.value)} />
      <SelectField label="Host" value={hostId} onChange={(e) => setHostId(e.target.value)} hint="One of the cohort’s coaches.">
        <option value="">No host</option>
        {cohort.coaches.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField label="Join link" type="url" placeholder="https://" value={joinUrl} onChange={(e) => setJoinUrl(e.target.value)} />
      <TextField label="Recording link" type="url" placeholder="https://" value={recordingUrl} onChange={(e) => setRecordingUrl(e.target.value)} className="span-all" />
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save session'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
