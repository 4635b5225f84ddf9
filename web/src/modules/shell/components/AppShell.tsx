import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { ROLE_LABEL, sortRoles } from '../../../lib/roles';
import { zoneLongName } from '../../../lib/time';
import { BeaconMark } from '../../../ui/BeaconMark';
import { useLogout } from '../../auth/hooks/useSession';
import { useViewer } from '../../auth/hooks/useViewer';
import { rememberRole, useActiveRole } from '../hooks/useActiveRole';
import { RoleSwitcher } from './RoleSwitcher';

/** The frame around every logged-in page: who you are, in which role, and the way out. */
export function AppShell() {
  const viewer = useViewer();
  const activeRole = useActiveRole();
  const [logout, { loading: loggingOut }] = useLogout();
  const roles = sortRoles(viewer.roles);

  useEffect(() => {
    if (activeRole && roles.includes(activeRole)) rememberRole(activeRole);
  }, [activeRole, roles]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <BeaconMark />
            <span>Beacon</span>
          </Link>
          {roles.length > 1 ? <RoleSwitcher roles={roles} /> : roles[0] && <span className="role-badge">{ROLE_LABEL[roles[0]]}</span>}
          <div className="topbar-user">
            <span className="user-name" title={viewer.email}>
              {viewer.name}
            </span>
            <button type="button" className="button button-ghost-inverse button-small" onClick={() => void logout()} disabled={loggingOut}>
              {loggingOut ? 'Logging out…' : 'Log out'}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>
          Times are shown in your time zone: {zoneLongName(viewer.timeZone)} ({viewer.timeZone}).
        </p>
      </footer>
    </div>
  );
}
