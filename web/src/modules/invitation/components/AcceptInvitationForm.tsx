import { useState, type FormEvent } from 'react';
import type { InvitationPreviewQuery } from '../../../gql/graphql';
import type { Viewer } from '../../auth/hooks/useViewer';
import { errorCode } from '../../../lib/errors';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

export const MIN_PASSWORD = 10;

type Preview = InvitationPreviewQuery['invitationPreview'];

/**
 * Sets the new account's name and password; or, when the email already has an account, asks
 * for that account's password, since the link alone must not open an existing account.
 */
export function AcceptInvitationForm({ token, preview, onAccepted }: { token: string; preview: Preview; onAccepted: (viewer: Viewer) => void }) {
  const [accept, { loading }] = useAcceptInvitation();
  const [name, setName] = useState(preview.name);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const tooShort = !preview.hasAccount && password.length < MIN_PASSWORD;
  const missingCurrent = preview.hasAccount && password.length === 0;
  const passwordError = tried && tooShort ? `Use at least ${MIN_PASSWORD} characters.` : undefined;
  const currentError = tried && missingCurrent ? 'Enter the password you log in to Beacon with.' : error != null && errorCode(error) === 'UNAUTHENTICATED' ? 'That password is not right for this account.' : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (tooShort || missingCurrent) {
      document.getElementById('accept-password')?.focus();
      return;
    }
    try {
      onAccepted(await accept(token, name, password));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {error != null && <ErrorNotice error={error} title="The invitation could not be accepted" />}
      <TextField label="Email" value={preview.email} readOnly hint="The invitation is for this address." />
      {preview.hasAccount ? (
        <>
          <div className="notice notice-info" id="accept-existing">
            <p>You already have a Beacon account with this email. Accepting adds this role to it, and your password stays the same.</p>
            <p>To make sure it is you, enter that account’s password: the link in an email alone cannot open an existing account.</p>
          </div>
          <TextField
            id="accept-password"
            label="Your current password"
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
            hint="The password you log in to Beacon with."
            error={currentError}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <label className="checkbox">
            <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> Show password
          </label>
        </>
      ) : (
        <>
          <TextField label="Your name" name="name" autoComplete="name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
          <TextField
            id="accept-password"
            label="Choose a password"
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD}
            hint={`At least ${MIN_PASSWORD} characters. A short sentence is easy to remember and hard to guess.`}
            error={passwordError}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <label className="checkbox">
            <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> Show password
          </label>
        </>
      )}
      <button type="submit" className="button button-primary button-block" disabled={loading}>
        {loading ? 'Accepting…' : preview.hasAccount ? 'Accept invitation' : 'Set password and join'}
      </button>
    </form>
  );
}
