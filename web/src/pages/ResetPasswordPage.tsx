import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from '../lib/router';
import { MeDocument, ResetPasswordDocument } from '../gql/graphql';
import { common } from '../i18n/common';
import { errorCode } from '../lib/errors';
import { ROLE_HOME } from '../lib/roles';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { preferredRole } from '../modules/shell/hooks/useActiveRole';
import { AuthCard } from '../ui/AuthCard';
import { ErrorNotice } from '../ui/Feedback';
import { TextField } from '../ui/Field';
import { useFieldErrors } from '../ui/useFieldErrors';

const MIN_LENGTH = 10;

/** The page a reset email links to: choose a new password, and be logged in with it (every other session ends). */
export function ResetPasswordPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'pages.resetPassword.title', defaultMessage: 'Choose a new password' });
  useDocumentTitle(title);
  const { token = '' } = useParams();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<'newPassword' | 'repeat'>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const ok = check({
      newPassword:
        password.length < MIN_LENGTH
          ? intl.formatMessage(
              { id: 'pages.resetPassword.tooShort', defaultMessage: 'Choose a password of at least {min, number} characters.' },
              { min: MIN_LENGTH },
            )
          : undefined,
      repeat:
        repeat !== password
          ? intl.formatMessage({ id: 'pages.resetPassword.notSame', defaultMessage: 'The two passwords are not the same.' })
          : undefined,
    });
    if (!ok) return;
    try {
      await client.clearStore();
      const { data } = await reset({ variables: { token, newPassword: password } });
      if (!data) return;
      const user = data.resetPassword.user;
      client.writeQuery({ query: MeDocument, data: { me: user } });
      const role = preferredRole(user.roles);
      navigate(role ? ROLE_HOME[role] : '/', { replace: true });
    } catch (err) {
      if (!fromApi(err, ['newPassword'])) setError(err);
    }
  };

  // a used or expired link cannot be mended here: offer a new one
  const dead = errorCode(error) === 'BAD_USER_INPUT' || errorCode(error) === 'NOT_FOUND';
  return (
    <AuthCard>
      <h1>{title}</h1>
      <form ref={formRef} className="stack" noValidate onSubmit={submit}>
        {error != null && (
          <>
            <ErrorNotice
              error={error}
              title={intl.formatMessage({ id: 'pages.resetPassword.notChanged', defaultMessage: 'Your password was not changed' })}
            />
            {dead && (
              <p>
                <Link to="/forgot-password">
                  <FormattedMessage id="pages.resetPassword.newLink" defaultMessage="Ask for a new link" />
                </Link>
              </p>
            )}
          </>
        )}
        <TextField
          label={intl.formatMessage({ id: 'pages.resetPassword.newPassword', defaultMessage: 'New password' })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.newPassword}
          hint={intl.formatMessage(
            { id: 'pages.resetPassword.hint', defaultMessage: 'At least {min, number} characters.' },
            { min: MIN_LENGTH },
          )}
        />
        <TextField
          label={intl.formatMessage({ id: 'pages.resetPassword.repeat', defaultMessage: 'New password again' })}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={errors.repeat}
        />
        <button type="submit" className="button button-primary button-block" disabled={loading}>
          {loading ? (
            <FormattedMessage {...common.saving} />
          ) : (
            <FormattedMessage id="pages.resetPassword.save" defaultMessage="Save and log in" />
          )}
        </button>
      </form>
    </AuthCard>
  );
}
