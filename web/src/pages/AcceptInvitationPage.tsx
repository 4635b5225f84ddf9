import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate, useParams } from '../lib/router';
import { InvitationPreviewDocument } from '../gql/graphql';
import { ROLE_HOME } from '../lib/roles';
import { AcceptInvitationForm } from '../modules/invitation/components/AcceptInvitationForm';
import { JoinInvitationPanel } from '../modules/invitation/components/JoinInvitationPanel';
import { rememberRole } from '../modules/shell/hooks/useActiveRole';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { LinkEnding, TokenPage } from '../ui/TokenPage';

export function AcceptInvitationPage() {
  const intl = useIntl();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const preview = data?.invitationPreview;
  const yourInvitation = intl.formatMessage({ id: 'pages.acceptInvitation.title', defaultMessage: 'Your invitation' });
  useDocumentTitle(yourInvitation);
  const onAccepted = () => {
    rememberRole(preview!.role);
    navigate(ROLE_HOME[preview!.role], { replace: true });
  };

  const logIn = <FormattedMessage id="pages.acceptInvitation.goToLogin" defaultMessage="Go to log in" />;

  return (
    <TokenPage
      loading={loading && !data}
      opening={intl.formatMessage({ id: 'pages.acceptInvitation.opening', defaultMessage: 'Opening your invitation…' })}
      found={!error && !!preview}
      error={error}
      dead={(code) =>
        code === 'NOT_FOUND' || code === 'BAD_USER_INPUT'
          ? {
              title: intl.formatMessage({ id: 'pages.acceptInvitation.brokenTitle', defaultMessage: 'This invitation link does not work' }),
              text: (
                <FormattedMessage
                  id="pages.acceptInvitation.brokenText"
                  defaultMessage="Check that you opened the whole link from the email, or ask the person who invited you to send a new one."
                />
              ),
            }
          : undefined
      }
      title={yourInvitation}
      onRetry={() => void refetch()}
      logIn={logIn}
    >
      {() => {
        const p = preview!;
        if (p.state === 'ACCEPTED')
          return (
            <LinkEnding
              title={intl.formatMessage({
                id: 'pages.acceptInvitation.acceptedTitle',
                defaultMessage: 'This invitation has already been accepted',
              })}
              logIn={logIn}
            >
              <FormattedMessage
                id="pages.acceptInvitation.acceptedText"
                defaultMessage="Log in with the email {email} and your password."
                values={{ email: p.email }}
              />
            </LinkEnding>
          );
        if (p.state === 'EXPIRED')
          return (
            <LinkEnding
              title={intl.formatMessage({ id: 'pages.acceptInvitation.expiredTitle', defaultMessage: 'This invitation has expired' })}
              logIn={logIn}
            >
              <FormattedMessage
                id="pages.acceptInvitation.expiredText"
                defaultMessage="Ask {partner} to invite you again; the new email will have a fresh link."
                values={{ partner: p.partnerName }}
              />
            </LinkEnding>
          );
        if (p.state === 'REVOKED')
          return (
            <LinkEnding
              title={intl.formatMessage({ id: 'pages.acceptInvitation.revokedTitle', defaultMessage: 'This invitation was revoked' })}
              logIn={logIn}
            >
              <FormattedMessage
                id="pages.acceptInvitation.revokedText"
                defaultMessage="{partner} has withdrawn it. If you think this is a mistake, ask them to invite you again."
                values={{ partner: p.partnerName }}
              />
            </LinkEnding>
          );
        return (
          <>
            <p className="eyebrow">
              <FormattedMessage id="pages.acceptInvitation.eyebrow" defaultMessage="Invitation" />
            </p>
            <h1>
              <FormattedMessage
                id="pages.acceptInvitation.join"
                defaultMessage="Join {partner} on Beacon"
                values={{ partner: p.partnerName }}
              />
            </h1>
            <div className="invite-summary">
              <p>
                <FormattedMessage
                  id="pages.acceptInvitation.summary"
                  defaultMessage="<b>{partner}</b> has invited <b>{name}</b> to join as <b>{role, select, PARTNER_ADMIN {a partner admin} COACH {a coach} LEARNER {a learner} other {an admin}}</b>."
                  values={{ partner: p.partnerName, name: p.name, role: p.role, b: (chunks) => <strong>{chunks}</strong> }}
                />
              </p>
            </div>
            {p.signInToAccept ? (
              <JoinInvitationPanel token={token} preview={p} onAccepted={onAccepted} />
            ) : (
              <AcceptInvitationForm token={token} preview={p} onAccepted={onAccepted} />
            )}
          </>
        );
      }}
    </TokenPage>
  );
}
