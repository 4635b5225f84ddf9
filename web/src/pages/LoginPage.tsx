import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { MeDocument } from '../gql/graphql';
import { LoginForm } from '../modules/auth/components/LoginForm';
import { preferredRole } from '../modules/shell/hooks/useActiveRole';
import { ROLE_HOME } from '../lib/roles';
import { BeaconMark } from '../ui/BeaconMark';
import { useDocumentTitle } from '../lib/useDocumentTitle';

/** Only paths inside this app; never another site handed in through ?next=. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const submitted = useRef(false);
  useDocumentTitle('Log in');
  // someone already logged in who opens /login goes straight home
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const next = safeNext(params.get('next'));

  if (data && !submitted.current) return <Navigate to={next ?? '/'} replace />;

  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut;
  const ended = params.get('ended') === '1';

  return (
    <div className="auth-page">
      <main className="auth-card" id="main">
        <div className="auth-brand">
          <BeaconMark size={40} />
          <span>Beacon</span>
        </div>
        <h1>Log in</h1>
        <p className="auth-lead">Certification programmes, cohorts and coaching in one place.</p>
        {loggedOut && (
          <p className="notice notice-info" role="status">
            You have logged out.
          </p>
        )}
        {ended && !loggedOut && (
          <p className="notice notice-info" role="status">
            Your session has ended. Please log in again.
          </p>
        )}
        <LoginForm
          onLoggedIn={(viewer) => {
            submitted.current = true;
            const role = preferredRole(viewer.roles);
            navigate(next ?? (role ? ROLE_HOME[role] : '/'), { replace: true });
          }}
        />
      </main>
    </div>
  );
}
