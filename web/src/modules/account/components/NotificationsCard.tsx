import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { NotificationSettingsDocument, UpdateNotificationSettingsDocument, type NotificationSettingsFieldsFragment } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';

type Setting = keyof Omit<NotificationSettingsFieldsFragment, '__typename'>;

const SETTINGS: { key: Setting; label: string }[] = [
  { key: 'weekOpened', label: 'A new week of my programme opens' },
  { key: 'sessionReminders', label: 'Reminders before live sessions' },
  { key: 'dueSoon', label: 'An assignment is due soon' },
  { key: 'reviewReleased', label: 'A review of my work is released' },
  { key: 'bookingChanges', label: 'Coaching bookings are made, moved or cancelled' },
  { key: 'credentialIssued', label: 'A credential is issued to me' },
  { key: 'atRiskAlerts', label: 'Learners I look after fall at risk' },
];

/** Which emails the person receives; invitations and password resets always go. */
export function NotificationsCard() {
  const { data, loading, error, refetch } = useQuery(NotificationSettingsDocument);
  const [save, saving] = useMutation(UpdateNotificationSettingsDocument);
  const [values, setValues] = useState<Record<Setting, boolean> | null>(null);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  useEffect(() => {
    if (data && !values) {
      const from = data.notificationSettings;
      setValues(Object.fromEntries(SETTINGS.map((s) => [s.key, from[s.key]])) as Record<Setting, boolean>);
    }
  }, [data, values]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!values) return;
    setSaved(false);
    setSaveError(null);
    try {
      await save({ variables: { input: values } });
      setSaved(true);
    } catch (err) {
      setSaveError(err);
    }
  };

  return (
    <Card title="Emails" description="Invitations and password resets always reach you.">
      {loading && !data ? (
        <Loading label="Loading your email settings…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Your email settings could not be loaded" onRetry={() => void refetch()} />
      ) : (
        values && (
          <form className="stack" noValidate onSubmit={submit}>
            {saved && <SuccessNotice>Your email settings were saved.</SuccessNotice>}
            {saveError != null && <ErrorNotice error={saveError} title="Your email settings were not saved" />}
            <fieldset className="plain-fieldset">
              <legend className="visually-hidden">Email me when</legend>
              {SETTINGS.map((s) => (
                <label key={s.key} className="checkbox checkbox-row">
                  <input type="checkbox" checked={values[s.key]} onChange={(e) => setValues({ ...values, [s.key]: e.target.checked })} />
                  {s.label}
                </label>
              ))}
            </fieldset>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={saving.loading}>
                {saving.loading ? 'Saving…' : 'Save email settings'}
              </button>
            </div>
          </form>
        )
      )}
    </Card>
  );
}
