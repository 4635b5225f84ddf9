import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { errorCode, errorMessage } from '../../../lib/errors';
import { TextField } from '../../../ui/Field';
import { useLogin } from '../hooks/useLogin';
import type { Viewer } from '../hooks/useViewer';

export function LoginForm({ onLoggedIn }: { onLoggedIn: (viewer: Viewer) => void }) {
  const intl = useIntl();
  const [login, { loading }] = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      onLoggedIn(await login(email, password));
    } catch (err) {
      setError(err);
    }
  };

  const code = error ? errorCode(error) : undefined;
  return (
    <form className="stack" onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
      {error != null && (
        <div id="login-error" className="notice notice-error" role="alert">
          <p className="notice-title">
            {code === 'TOO_MANY_REQUESTS' ? (
              <FormattedMessage id="auth.loginForm.tooManyAttempts" defaultMessage="Too many attempts" />
            ) : (
              <FormattedMessage id="auth.loginForm.failed" defaultMessage="Could not log in" />
            )}
          </p>
          <p>{errorMessage(error)}</p>
        </div>
      )}
      <TextField
        label={intl.formatMessage({ id: 'auth.loginForm.email', defaultMessage: 'Email' })}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label={intl.formatMessage({ id: 'auth.loginForm.password', defaultMessage: 'Password' })}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" className="button button-primary button-block" disabled={loading}>
        {loading ? (
          <FormattedMessage id="auth.loginForm.loggingIn" defaultMessage="Logging in…" />
        ) : (
          <FormattedMessage id="auth.loginForm.logIn" defaultMessage="Log in" />
        )}
      </button>
      <p className="auth-aside">
        <Link to="/forgot-password">
          <FormattedMessage id="auth.loginForm.forgotPassword" defaultMessage="Forgot password?" />
        </Link>
      </p>
    </form>
  );
}
