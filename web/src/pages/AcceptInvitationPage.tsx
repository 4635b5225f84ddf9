import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { InvitationPreviewDocument } from '../gql/graphql';
import { errorCode } from '../lib/errors';
import { ROLE_HOME, withArticle } from '../lib/roles';
import { AcceptInvitationForm } from '../modules/invitation/components/AcceptInvitationForm';
import { JoinInvitationPanel } from '../modules/invitation/components/JoinInvitationPanel';
import { rememberRole } from '../modules/shell/hooks/useActiveRole';
import { BeaconMark } from '../ui/BeaconMark';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { ErrorNotice, Loading } from '../ui/Feedback';

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const preview = data?.invitationPreview;
  useDocumentTitle('Your invitation');
  const onAccepted = () => {
    rememberRole(preview!.role);
    navigate(ROLE_HOME[preview!.role], { replace: true });
  };

  let body: ReactNode;
  if (loading && !data) {
    body = <Loading label="Opening your invitation…" />;
  } else if (error || !preview) {
    body =
      errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT' ? (
        <Ending title="This invitation link does not work">Check that you opened the whole link from the email, or ask the person who invited you to send a new one.</Ending>
      ) : (
        <>
          <h1>Your invitation</h1>
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        </>
      );
  } else if (preview.state === 'ACCEPTED') {
    body = <Ending title="This invitation has already been accepted">Log in with the email {preview.email} and your password.</Ending>;
  } else if (preview.state === 'EXPIRED') {
    body = <Ending title="This invitation has expired">Ask {preview.partnerName} to invite you again; the new email will have a fresh link.</Ending>;
  } else if (preview.state === 'REVOKED') {
    body = <Ending title="This invitation was revoked">{preview.partnerName} has withdrawn it. If you think this is a mistake, ask them to invite you again.</Ending>;
  } else {
    body = (
      <>
        <p className="eyebrow">Invitation</p>
        <h1>Join {preview.partnerName} on Beacon</h1>
        <div className="invite-summary">
          <p>
            <strong>{preview.partnerName}</strong> has invited <strong>{preview.name}</strong> to join as <strong>{withArticle(preview.role)}</strong>.
          </p>
        </div>
        {preview.signInToAccept ? <JoinInvitationPanel token={token} preview={preview} onAccepted={onAccepted} /> : <AcceptInvitationForm token={token} preview={preview} onAccepted={onAccepted} />}
      </>
    );
  }

  return (
    <div className="auth-page">
      <main className="auth-card" id="main">
        <div className="auth-brand">
          <BeaconMark size={40} />
          <span>Beacon</span>
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
        Go to log in
      </Link>
    </>
  );
}
