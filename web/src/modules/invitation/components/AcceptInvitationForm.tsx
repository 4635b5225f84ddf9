import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { InvitationPreviewQuery } from '../../../gql/graphql';
import type { Viewer } from '../../auth/hooks/useViewer';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';
import { InvitationGoalFields, useInvitationGoal } from './InvitationGoalFields';
import { SPACE } from '../../../lib/jsx';

export const MIN_PASSWORD = 10;

type Preview = InvitationPreviewQuery['invitationPreview'];

/** A new account: the person sets their name and a password, and is logged in. */
export function AcceptInvitationForm({
  token,
  preview,
  onAccepted,
}: {
  token: string;
  preview: Preview;
  onAccepted: (viewer: Viewer) => void;
}) {
  const intl = useIntl();
  const [accept, { loading }] = useAcceptInvitation();
  const [name, setName] = useState(preview.name);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const goal = useInvitationGoal();
  const asksGoal = preview.cohortNames.length > 0;

  const tooShort = password.length < MIN_PASSWORD;
  const passwordError =
    tried && tooShort
      ? intl.formatMessage(
          { id: 'invitation.acceptForm.passwordTooShort', defaultMessage: 'Use at least {min, number} characters.' },
          { min: MIN_PASSWORD },
        )
      : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (tooShort) {
      document.getElementById('accept-password')?.focus();
      return;
    }
    const given = asksGoal ? goal.validate() : undefined;
    if (given === false) return;
    try {
      onAccepted(await accept(token, name, password, given));
    } catch (err) {
      if (!goal.fromApi(err)) setError(err);
    }
  };

  return (
    <form ref={goal.formRef} className="stack" onSubmit={submit} noValidate>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'invitation.acceptFailed', defaultMessage: 'The invitation could not be accepted' })}
        />
      )}
      <TextField
        label={intl.formatMessage({ id: 'invitation.acceptForm.email', defaultMessage: 'Email' })}
        value={preview.email}
        readOnly
        hint={intl.formatMessage({ id: 'invitation.acceptForm.emailHint', defaultMessage: 'The invitation is for this address.' })}
      />
      <TextField
        label={intl.formatMessage({ id: 'invitation.acceptForm.name', defaultMessage: 'Your name' })}
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id="accept-password"
        label={intl.formatMessage({ id: 'invitation.acceptForm.password', defaultMessage: 'Choose a password' })}
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        hint={intl.formatMessage(
          {
            id: 'invitation.acceptForm.passwordHint',
            defaultMessage: 'At least {min, number} characters. A short sentence is easy to remember and hard to guess.',
          },
          { min: MIN_PASSWORD },
        )}
        error={passwordError}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <label className="checkbox">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        {SPACE}
        <FormattedMessage id="invitation.acceptForm.showPassword" defaultMessage="Show password" />
      </label>
      {asksGoal && (
        <InvitationGoalFields cohortNames={preview.cohortNames} draft={goal.draft} onChange={goal.setDraft} errors={goal.errors} />
      )}
      <button type="submit" className="button button-primary button-block" disabled={loading}>
        {loading
          ? intl.formatMessage({ id: 'invitation.accepting', defaultMessage: 'Accepting…' })
          : intl.formatMessage({ id: 'invitation.acceptForm.submit', defaultMessage: 'Set password and join' })}
      </button>
    </form>
  );
}
