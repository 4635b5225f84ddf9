import { useState, type FormEvent } from 'react';
import type { InvitationPreviewQuery } from '../../../gql/graphql';
import type { Viewer } from '../../auth/hooks/useViewer';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

export const MIN_PASSWORD = 10;

type Preview = InvitationPreviewQuery['invitationPreview'];

/** A new account: the person sets their name and a password, and is logged in. */
export function AcceptInvitationForm({ token, preview, onAccepted }: { token: string; preview: Preview; onAccepted: (viewer: Viewer) => void }) {
  const [accept, { loading }] = useAcceptInvitation();
  const [name, setName] = useState(preview.name);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const tooShort = password.length < MIN_PASSWORD;
  const passwordError = tried && tooShort ? `Use at least ${MIN_PASSWORD} characters.` : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (tooShort) {
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
      <button type="submit" className="button button-primary button-block" disabled={loading}>
        {loading ? 'Accepting…' : 'Set password and join'}
      </button>
    </form>
  );
}
