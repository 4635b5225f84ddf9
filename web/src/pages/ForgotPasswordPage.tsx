import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../gql/graphql';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { BeaconMark } from '../ui/BeaconMark';
import { ErrorNotice } from '../ui/Feedback';
import { TextField } from '../ui/Field';
import { useFieldErrors } from '../ui/useFieldErrors';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password?');
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check } = useFieldErrors<'email'>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const address = email.trim();
    if (!check({ email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? undefined : 'Enter your email address, such as name@example.com.' })) return;
    try {
      await request({ variables: { email: address } });
      setSentTo(address);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div className="auth-page">
      <main className="auth-card" id="main">
        <div className="auth-brand">
          <BeaconMark size={40} />
          <span>Beacon</span>
        </div>
        <h1>Forgot your password?</h1>
        {sentTo ? (
          <div className="stack">
            <p className="notice notice-success" role="status">
              If {sentTo} has a Beacon account, an email with a link to choose a new password is on its way. The link works once, for one hour.
            </p>
            <p>
              <Link to="/login">Back to log in</Link>
            </p>
          </div>
        ) : (
          <>
            <p className="auth-lead">Enter the email address you log in with and we will send you a link to choose a new password.</p>
            <form ref={formRef} className="stack" noValidate onSubmit={submit}>
              {error != null && <ErrorNotice error={error} title="The link was not sent" />}
              <TextField label="Email" name="email" type="email" autoComplete="username" autoFocus value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
              <button type="submit" className="button button-primary button-block" disabled={loading}>
                {loading ? 'Sending…' : 'Send me a link'}
              </button>
              <p>
                <Link to="/login">Back to log in</Link>
              </p>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
