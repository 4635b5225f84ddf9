import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LiveSessionFieldsFragment } from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { formatSessionTime, fromZonedInput, toZonedInput } from '../../../lib/time';
import { ErrorNotice } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useUpdateLiveSession, type CohortView } from '../hooks/useCohorts';

/** Not words: the start of every web address. */
const URL_PLACEHOLDER = 'https://';

/** Changes one session: its start on the cohort's wall clock, duration, host and links. */
export function SessionEditor({
  session,
  cohort,
  onSaved,
  onCancel,
}: {
  session: LiveSessionFieldsFragment;
  cohort: CohortView;
  onSaved: (s: LiveSessionFieldsFragment) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
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
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'cohort.sessionEditor.failed', defaultMessage: 'The session was not saved' })}
          />
        </div>
      )}
      <TextField
        label={intl.formatMessage({ id: 'cohort.sessionEditor.starts', defaultMessage: 'Starts' })}
        type="datetime-local"
        required
        value={startsAt}
        onChange={(e) => setStartsAt(e.target.value)}
        hint={
          preview
            ? intl.formatMessage(
                { id: 'cohort.sessionEditor.startsHintPreview', defaultMessage: 'In the cohort’s zone, {zone}. Your time: {time}.' },
                { zone, time: preview },
              )
            : intl.formatMessage({ id: 'cohort.sessionEditor.startsHint', defaultMessage: 'In the cohort’s zone, {zone}.' }, { zone })
        }
      />
      <TextField
        label={intl.formatMessage({ id: 'cohort.sessionEditor.duration', defaultMessage: 'Duration (minutes)' })}
        type="number"
        required
        min={5}
        max={600}
        value={duration}
        onChange={(e) => setDuration(e.target.value)}
      />
      <SelectField
        label={intl.formatMessage({ id: 'cohort.sessionEditor.host', defaultMessage: 'Host' })}
        value={hostId}
        onChange={(e) => setHostId(e.target.value)}
        hint={intl.formatMessage({ id: 'cohort.sessionEditor.hostHint', defaultMessage: 'One of the cohort’s coaches.' })}
      >
        <option value="">{intl.formatMessage({ id: 'cohort.sessionEditor.noHost', defaultMessage: 'No host' })}</option>
        {cohort.coaches.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={intl.formatMessage({ id: 'cohort.sessionEditor.joinLink', defaultMessage: 'Join link' })}
        type="url"
        placeholder={URL_PLACEHOLDER}
        value={joinUrl}
        onChange={(e) => setJoinUrl(e.target.value)}
      />
      <TextField
        label={intl.formatMessage({ id: 'cohort.sessionEditor.recordingLink', defaultMessage: 'Recording link' })}
        type="url"
        placeholder={URL_PLACEHOLDER}
        value={recordingUrl}
        onChange={(e) => setRecordingUrl(e.target.value)}
        className="span-all"
      />
      <div className="form-actions span-all">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading
            ? intl.formatMessage(common.saving)
            : intl.formatMessage({ id: 'cohort.sessionEditor.save', defaultMessage: 'Save session' })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          <FormattedMessage {...common.cancel} />
        </button>
      </div>
    </form>
  );
}
