import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from '../lib/router';
import { InvitationPreviewDocument } from '../gql/graphql';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { errorCode } from '../lib/errors';
import { ROLE_HOME } from '../lib/roles';
import { AcceptInvitationForm } from '../modules/invitation/components/AcceptInvitationForm';
import { JoinInvitationPanel } from '../modules/invitation/components/JoinInvitationPanel';
import { rememberRole } from '../modules/shell/hooks/useActiveRole';
import { BeaconMark } from '../ui/BeaconMark';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { ErrorNotice, Loading } from '../ui/Feedback';

/** The product's name, the same in every language. */
const BEACON = 'Beacon';

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

  let body: ReactNode;
  if (loading && !data) {
    body = <Loading label={intl.formatMessage({ id: 'pages.acceptInvitation.opening', defaultMessage: 'Opening your invitation…' })} />;
  } else if (error || !preview) {
    body =
      errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT' ? (
        <Ending
          title={intl.formatMessage({ id: 'pages.acceptInvitation.brokenTitle', defaultMessage: 'This invitation link does not work' })}
        >
          <FormattedMessage
            id="pages.acceptInvitation.brokenText"
            defaultMessage="Check that you opened the whole link from the email, or ask the person who invited you to send a new one."
          />
        </Ending>
      ) : (
        <>
          <h1>{yourInvitation}</h1>
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        </>
      );
  } else if (preview.state === 'ACCEPTED') {
    body = (
      <Ending
        title={intl.formatMessage({
          id: 'pages.acceptInvitation.acceptedTitle',
          defaultMessage: 'This invitation has already been accepted',
        })}
      >
        <FormattedMessage
          id="pages.acceptInvitation.acceptedText"
          defaultMessage="Log in with the email {email} and your password."
          values={{ email: preview.email }}
        />
      </Ending>
    );
  } else if (preview.state === 'EXPIRED') {
    body = (
      <Ending title={intl.formatMessage({ id: 'pages.acceptInvitation.expiredTitle', defaultMessage: 'This invitation has expired' })}>
        <FormattedMessage
          id="pages.acceptInvitation.expiredText"
          defaultMessage="Ask {partner} to invite you again; the new email will have a fresh link."
          values={{ partner: preview.partnerName }}
        />
      </Ending>
    );
  } else if (preview.state === 'REVOKED') {
    body = (
      <Ending title={intl.formatMessage({ id: 'pages.acceptInvitation.revokedTitle', defaultMessage: 'This invitation was revoked' })}>
        <FormattedMessage
          id="pages.acceptInvitation.revokedText"
          defaultMessage="{partner} has withdrawn it. If you think this is a mistake, ask them to invite you again."
          values={{ partner: preview.partnerName }}
        />
      </Ending>
    );
  } else {
    body = (
      <>
        <p className="eyebrow">
          <FormattedMessage id="pages.acceptInvitation.eyebrow" defaultMessage="Invitation" />
        </p>
        <h1>
          <FormattedMessage
            id="pages.acceptInvitation.join"
            defaultMessage="Join {partner} on Beacon"
            values={{ partner: preview.partnerName }}
          />
        </h1>
        <div className="invite-summary">
          <p>
            <FormattedMessage
              id="pages.acceptInvitation.summary"
              defaultMessage="<b>{partner}</b> has invited <b>{name}</b> to join as <b>{role, select, PARTNER_ADMIN {a partner admin} COACH {a coach} LEARNER {a learner} other {an admin}}</b>."
              values={{ partner: preview.partnerName, name: preview.name, role: preview.role, b: (chunks) => <strong>{chunks}</strong> }}
            />
          </p>
        </div>
        {preview.signInToAccept ? (
          <JoinInvitationPanel token={token} preview={preview} onAccepted={onAccepted} />
        ) : (
          <AcceptInvitationForm token={token} preview={preview} onAccepted={onAccepted} />
        )}
      </>
    );
  }

  return (
    <div className="auth-page">
      <LanguageMenu className="page-language" />
      <main className="auth-card" id="main">
        <div className="auth-brand">
          <BeaconMark size={40} />
          <span>{BEACON}</span>
        </div>
        {body}
      </main>
    </div>
  );
}

function Ending({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="auth-lead">{children}</p>
      <Link className="button button-primary button-block" to="/login">
        <FormattedMessage id="pages.acceptInvitation.goToLogin" defaultMessage="Go to log in" />
      </Link>
    </>
  );
}
