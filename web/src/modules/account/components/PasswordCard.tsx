import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ChangePasswordDocument, MySessionsDocument } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { ErrorNotice, SuccessNotice } from '../../../ui/Feedback';
import { TextField } from '../../../ui/Field';
import { useFieldErrors } from '../../../ui/useFieldErrors';

const MIN_LENGTH = 10;
type Field = 'currentPassword' | 'newPassword' | 'repeat';

/** Changing the password needs the current one; every other session ends. */
export function PasswordCard() {
  const intl = useIntl();
  const [change, { loading }] = useMutation(ChangePasswordDocument, { refetchQueries: [MySessionsDocument] });
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { formRef, errors, check, fromApi } = useFieldErrors<Field>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    const ok = check({
      currentPassword: current
        ? undefined
        : intl.formatMessage({ id: 'account.password.currentMissing', defaultMessage: 'Enter your current password.' }),
      newPassword:
        next.length < MIN_LENGTH
          ? intl.formatMessage(
              { id: 'account.password.tooShort', defaultMessage: 'Choose a new password of at least {min, number} characters.' },
              { min: MIN_LENGTH },
            )
          : undefined,
      repeat:
        repeat !== next
          ? intl.formatMessage({ id: 'account.password.notSame', defaultMessage: 'The two new passwords are not the same.' })
          : undefined,
    });
    if (!ok) return;
    try {
      await change({ variables: { currentPassword: current, newPassword: next } });
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (err) {
      if (!fromApi(err, ['currentPassword', 'newPassword'])) setError(err);
    }
  };

  return (
    <Card
      title={intl.formatMessage({ id: 'account.password.title', defaultMessage: 'Password' })}
      description={intl.formatMessage({
        id: 'account.password.description',
        defaultMessage: 'You stay logged in here; every other session ends.',
      })}
    >
      {done && (
        <SuccessNotice>
          <FormattedMessage
            id="account.password.changed"
            defaultMessage="Your password was changed, and your other sessions were logged out."
          />
        </SuccessNotice>
      )}
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'account.password.notChanged', defaultMessage: 'Your password was not changed' })}
        />
      )}
      <form ref={formRef} className="stack" noValidate onSubmit={submit}>
        <TextField
          label={intl.formatMessage({ id: 'account.password.current', defaultMessage: 'Current password' })}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.currentPassword}
        />
        <TextField
          label={intl.formatMessage({ id: 'account.password.new', defaultMessage: 'New password' })}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.newPassword}
          hint={intl.formatMessage(
            { id: 'account.password.hint', defaultMessage: 'At least {min, number} characters.' },
            { min: MIN_LENGTH },
          )}
        />
        <TextField
          label={intl.formatMessage({ id: 'account.password.repeat', defaultMessage: 'New password again' })}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={errors.repeat}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? (
              <FormattedMessage id="account.password.changing" defaultMessage="Changing…" />
            ) : (
              <FormattedMessage id="account.password.submit" defaultMessage="Change password" />
            )}
          </button>
        </div>
      </form>
    </Card>
  );
}
