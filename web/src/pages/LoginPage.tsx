import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Redirect, useLocation, useNavigate, useSearchParams } from '../lib/router';
import { MeDocument } from '../gql/graphql';
import { graphqlRequest } from '../lib/graphqlRequest';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { preferredRole } from '../modules/shell/hooks/useActiveRole';
import { ROLE_HOME } from '../lib/roles';
import { AuthCard } from '../ui/AuthCard';
import { useDocumentTitle } from '../lib/useDocumentTitle';

/** Only paths inside this app; never another site handed in through ?next=. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const submitted = useRef(false);
  const title = intl.formatMessage({ id: 'pages.login.title', defaultMessage: 'Log in' });
  useDocumentTitle(title);
  // someone already logged in who opens /login goes straight home (asked without the Apollo
  // client, which this page does not load; any failure just leaves the form)
  const [data, setData] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    graphqlRequest(MeDocument)
      .then((d) => live && setData(d.me))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const next = safeNext(params.get('next'));

  if (data && !submitted.current) return <Redirect to={next ?? '/'} replace />;

  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut;
  const ended = params.get('ended') === '1';

  return (
    <AuthCard>
      <h1>{title}</h1>
      <p className="auth-lead">
        <FormattedMessage id="pages.login.lead" defaultMessage="Certification programmes, cohorts and coaching in one place." />
      </p>
      {loggedOut && (
        <p className="notice notice-info" role="status">
          <FormattedMessage id="pages.login.loggedOut" defaultMessage="You have logged out." />
        </p>
      )}
      {ended && !loggedOut && (
        <p className="notice notice-info" role="status">
          <FormattedMessage id="pages.login.sessionEnded" defaultMessage="Your session has ended. Please log in again." />
        </p>
      )}
      <LoginForm
        onLoggedIn={(viewer) => {
          submitted.current = true;
          const role = preferredRole(viewer.roles);
          navigate(next ?? (role ? ROLE_HOME[role] : '/'), { replace: true });
        }}
      />
    </AuthCard>
  );
}
