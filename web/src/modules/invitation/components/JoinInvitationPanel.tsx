import { useMutation, useQuery, useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from '../../../lib/router';
import { LogoutDocument, MeDocument, type InvitationPreviewQuery } from '../../../gql/graphql';
import type { Viewer } from '../../auth/hooks/useViewer';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { useJoinInvitation } from '../hooks/useJoinInvitation';
import { InvitationGoalFields, useInvitationGoal } from './InvitationGoalFields';

type Preview = InvitationPreviewQuery['invitationPreview'];

/**
 * An invitation for an existing account: the link alone never opens it. The person logs in as
 * the invited email (the login page brings them back here), then accepts from that session.
 */
export function JoinInvitationPanel({
  token,
  preview,
  onAccepted,
}: {
  token: string;
  preview: Preview;
  onAccepted: (viewer: Viewer) => void;
}) {
  const intl = useIntl();
  const { data, loading } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const [join, { loading: joining }] = useJoinInvitation();
  const [logout, { loading: leaving }] = useMutation(LogoutDocument);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const goal = useInvitationGoal();
  const asksGoal = preview.cohortNames.length > 0;
  const here = `/invite/${token}`;
  const loginUrl = `/login?next=${encodeURIComponent(here)}`;
  const me = data?.me;

  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'invitation.join.checking', defaultMessage: 'Checking who is logged in…' })} />;

  if (!me) {
    return (
      <div className="stack">
        <div className="notice notice-info" id="join-existing">
          <p>
            <FormattedMessage
              id="invitation.join.forAccount"
              defaultMessage="This invitation is for the Beacon account of {email}."
              values={{ email: preview.email }}
            />
          </p>
          <p>
            <FormattedMessage
              id="invitation.join.logInFirst"
              defaultMessage="Log in to that account, and you come back here to accept. Your password stays the same."
            />
          </p>
        </div>
        <Link className="button button-primary button-block" to={loginUrl}>
          <FormattedMessage id="invitation.join.logInToAccept" defaultMessage="Log in to accept" />
        </Link>
      </div>
    );
  }

  if (me.email !== preview.email) {
    return (
      <div className="stack">
        <div className="notice notice-warning" role="status">
          <p>
            <FormattedMessage
              id="invitation.join.otherAccount"
              defaultMessage="You are logged in as {current}, but this invitation is for {invited}."
              values={{ current: me.email, invited: preview.email }}
            />
          </p>
          <p>
            <FormattedMessage
              id="invitation.join.switchAccount"
              defaultMessage="Log out, then log in as {email} to accept it."
              values={{ email: preview.email }}
            />
          </p>
        </div>
        <button
          type="button"
          className="button button-primary button-block"
          disabled={leaving}
          onClick={async () => {
            try {
              await logout();
            } finally {
              await client.clearStore();
              navigate(loginUrl, { replace: true });
            }
          }}
        >
          {leaving
            ? intl.formatMessage({ id: 'invitation.join.loggingOut', defaultMessage: 'Logging out…' })
            : intl.formatMessage(
                { id: 'invitation.join.logOutAndIn', defaultMessage: 'Log out and log in as {email}' },
                { email: preview.email },
              )}
        </button>
      </div>
    );
  }

  const accept = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const given = asksGoal ? goal.validate() : undefined;
    if (given === false) return;
    try {
      onAccepted(await join(token, given));
    } catch (err) {
      if (!goal.fromApi(err)) setError(err);
    }
  };

  return (
    <form ref={goal.formRef} className="stack" noValidate onSubmit={accept}>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'invitation.acceptFailed', defaultMessage: 'The invitation could not be accepted' })}
        />
      )}
      <p className="notice notice-info">
        <FormattedMessage
          id="invitation.join.loggedIn"
          defaultMessage="You are logged in as {email}. Accepting adds this role to your account."
          values={{ email: me.email }}
        />
      </p>
      {asksGoal && (
        <InvitationGoalFields cohortNames={preview.cohortNames} draft={goal.draft} onChange={goal.setDraft} errors={goal.errors} />
      )}
      <button type="submit" className="button button-primary button-block" disabled={joining}>
        {joining
          ? intl.formatMessage({ id: 'invitation.accepting', defaultMessage: 'Accepting…' })
          : intl.formatMessage({ id: 'invitation.join.accept', defaultMessage: 'Accept invitation' })}
      </button>
    </form>
  );
}
