import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import {
  NotificationSettingsDocument,
  UpdateNotificationSettingsDocument,
  type NotificationSettingsFieldsFragment,
} from '../../../gql/graphql';
import { common } from '../../../i18n/common';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';

type Setting = keyof Omit<NotificationSettingsFieldsFragment, '__typename'>;

const LABELS: Record<Setting, MessageDescriptor> = defineMessages({
  weekOpened: { id: 'account.notifications.weekOpened', defaultMessage: 'A new week of my programme opens' },
  sessionReminders: { id: 'account.notifications.sessionReminders', defaultMessage: 'Reminders before live sessions' },
  dueSoon: { id: 'account.notifications.dueSoon', defaultMessage: 'An assignment is due soon' },
  reviewReleased: { id: 'account.notifications.reviewReleased', defaultMessage: 'A review of my work is released' },
  bookingChanges: { id: 'account.notifications.bookingChanges', defaultMessage: 'Coaching bookings are made, moved or cancelled' },
  credentialIssued: { id: 'account.notifications.credentialIssued', defaultMessage: 'A credential is issued to me' },
  credentialExpiry: {
    id: 'credential.notifications.expiryReminders',
    defaultMessage: 'My credential expires in 60 and in 14 days, with what renewing it needs',
  },
  atRiskAlerts: { id: 'account.notifications.atRiskAlerts', defaultMessage: 'Learners I look after fall at risk' },
  goalFollowUps: {
    id: 'followUp.notifications.goalFollowUps',
    defaultMessage: 'Three months after a programme, asking whether I reached my goal',
  },
});

/** The settings in the order they are offered. */
const SETTINGS: readonly Setting[] = [
  'weekOpened',
  'sessionReminders',
  'dueSoon',
  'reviewReleased',
  'bookingChanges',
  'credentialIssued',
  'credentialExpiry',
  'goalFollowUps',
  'atRiskAlerts',
];

/** Which emails the person receives; invitations and password resets always go. */
export function NotificationsCard() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(NotificationSettingsDocument);
  const [save, saving] = useMutation(UpdateNotificationSettingsDocument);
  const [values, setValues] = useState<Record<Setting, boolean> | null>(null);
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  useEffect(() => {
    if (data && !values) {
      const from = data.notificationSettings;
      setValues(Object.fromEntries(SETTINGS.map((s) => [s, from[s]])) as Record<Setting, boolean>);
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
    <Card
      title={intl.formatMessage({ id: 'account.notifications.title', defaultMessage: 'Emails' })}
      description={intl.formatMessage({
        id: 'account.notifications.description',
        defaultMessage: 'Invitations and password resets always reach you.',
      })}
    >
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'account.notifications.loading', defaultMessage: 'Loading your email settings…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'account.notifications.loadFailed', defaultMessage: 'Your email settings could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        values && (
          <form className="stack" noValidate onSubmit={submit}>
            {saved && (
              <SuccessNotice>
                <FormattedMessage id="account.notifications.saved" defaultMessage="Your email settings were saved." />
              </SuccessNotice>
            )}
            {saveError != null && (
              <ErrorNotice
                error={saveError}
                title={intl.formatMessage({ id: 'account.notifications.notSaved', defaultMessage: 'Your email settings were not saved' })}
              />
            )}
            <fieldset className="plain-fieldset">
              <legend className="visually-hidden">
                <FormattedMessage id="account.notifications.legend" defaultMessage="Email me when" />
              </legend>
              {SETTINGS.map((s) => (
                <label key={s} className="checkbox checkbox-row">
                  <input type="checkbox" checked={values[s]} onChange={(e) => setValues({ ...values, [s]: e.target.checked })} />
                  {intl.formatMessage(LABELS[s])}
                </label>
              ))}
            </fieldset>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={saving.loading}>
                {saving.loading ? (
                  <FormattedMessage {...common.saving} />
                ) : (
                  <FormattedMessage id="account.notifications.save" defaultMessage="Save email settings" />
                )}
              </button>
            </div>
          </form>
        )
      )}
    </Card>
  );
}
