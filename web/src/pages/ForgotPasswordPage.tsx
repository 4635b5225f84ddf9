import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../lib/router';
import { RequestPasswordResetDocument } from '../gql/graphql';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { AuthCard } from '../ui/AuthCard';
import { ErrorNotice } from '../ui/Feedback';
import { TextField } from '../ui/Field';
import { useFieldErrors } from '../ui/useFieldErrors';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'pages.forgotPassword.title', defaultMessage: 'Forgot your password?' });
  useDocumentTitle(title);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check } = useFieldErrors<'email'>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const address = email.trim();
    const emailError = intl.formatMessage({
      id: 'pages.forgotPassword.emailInvalid',
      defaultMessage: 'Enter your email address, such as name@example.com.',
    });
    if (!check({ email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? undefined : emailError })) return;
    try {
      await request({ variables: { email: address } });
      setSentTo(address);
    } catch (err) {
      setError(err);
    }
  };

  const backToLogin = (
    <p>
      <Link to="/login">
        <FormattedMessage id="pages.forgotPassword.backToLogin" defaultMessage="Back to log in" />
      </Link>
    </p>
  );

  return (
    <AuthCard>
      <h1>{title}</h1>
      {sentTo ? (
        <div className="stack">
          <p className="notice notice-success" role="status">
            <FormattedMessage
              id="pages.forgotPassword.sent"
              defaultMessage="If {email} has a Beacon account, an email with a link to choose a new password is on its way. The link works once, for one hour."
              values={{ email: sentTo }}
            />
          </p>
          {backToLogin}
        </div>
      ) : (
        <>
          <p className="auth-lead">
            <FormattedMessage
              id="pages.forgotPassword.lead"
              defaultMessage="Enter the email address you log in with and we will send you a link to choose a new password."
            />
          </p>
          <form ref={formRef} className="stack" noValidate onSubmit={submit}>
            {error != null && (
              <ErrorNotice
                error={error}
                title={intl.formatMessage({ id: 'pages.forgotPassword.notSent', defaultMessage: 'The link was not sent' })}
              />
            )}
            <TextField
              label={intl.formatMessage({ id: 'pages.forgotPassword.email', defaultMessage: 'Email' })}
              name="email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={errors.email}
            />
            <button type="submit" className="button button-primary button-block" disabled={loading}>
              {loading ? (
                <FormattedMessage id="pages.forgotPassword.sending" defaultMessage="Sending…" />
              ) : (
                <FormattedMessage id="pages.forgotPassword.send" defaultMessage="Send me a link" />
              )}
            </button>
            {backToLogin}
          </form>
        </>
      )}
    </AuthCard>
  );
}
