import { useMutation } from '@apollo/client/react';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink, useLocation } from '../../../lib/router';
import { UpdateProfileDocument } from '../../../gql/graphql';
import { ROLE_MESSAGES, sortRoles } from '../../../lib/roles';
import { zoneLongName } from '../../../lib/time';
import { LanguageMenu } from '../../../i18n/LanguageMenu';
import { BEACON, BeaconMark } from '../../../ui/BeaconMark';
import { Loading } from '../../../ui/Feedback';
import { useLogout } from '../../auth/hooks/useSession';
import { useViewer } from '../../auth/hooks/useViewer';
import { ZoneProposal } from '../../account/components/ZoneProposal';
import { preferredRole, rememberRole, useActiveRole } from '../hooks/useActiveRole';
import { ACCOUNT_ITEM, ROLE_MENU } from '../menu';
import { RoleSwitcher } from './RoleSwitcher';
import { SPACE } from '../../../lib/jsx';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');

/** The frame around every logged-in page: the role's places, who you are, and the way out. */
export function AppShell({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const viewer = useViewer();
  const activeRole = useActiveRole();
  const { pathname } = useLocation();
  const [logout, { loading: loggingOut }] = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const [updateProfile] = useMutation(UpdateProfileDocument);
  const roles = sortRoles(viewer.roles);
  // pages of no role (the account page) keep the menu of the role last used
  const role = activeRole && roles.includes(activeRole) ? activeRole : preferredRole(roles);
  const menu = role ? ROLE_MENU[role] : [];

  useEffect(() => {
    if (activeRole && roles.includes(activeRole)) rememberRole(activeRole);
  }, [activeRole, roles]);
  // a phone's menu closes once it has taken you somewhere
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <FormattedMessage id="shell.appShell.skipToMain" defaultMessage="Skip to main content" />
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <BeaconMark />
            <span>{BEACON}</span>
          </Link>
          {roles.length === 1 && <span className="role-badge">{intl.formatMessage(ROLE_MESSAGES[roles[0]])}</span>}
          <button
            type="button"
            className="menu-toggle button button-ghost-inverse button-small"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span className="menu-toggle-bars" aria-hidden="true" />
            <FormattedMessage id="shell.appShell.menu" defaultMessage="Menu" />
          </button>
          <div id="site-menu" className={menuOpen ? 'topbar-menu open' : 'topbar-menu'}>
            <nav className="main-nav" aria-label={intl.formatMessage({ id: 'shell.appShell.mainNav', defaultMessage: 'Main' })}>
              <ul>
                {menu.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end} className={navClass} onClick={() => setMenuOpen(false)}>
                      {intl.formatMessage(item.label)}
                    </NavLink>
                  </li>
                ))}
                <li className="main-nav-account">
                  <NavLink to={ACCOUNT_ITEM.to} className={navClass} title={viewer.email} onClick={() => setMenuOpen(false)}>
                    {intl.formatMessage(ACCOUNT_ITEM.label)}
                    <span className="visually-hidden">
                      {SPACE}
                      <FormattedMessage id="shell.appShell.accountOf" defaultMessage="({name})" values={{ name: viewer.name }} />
                    </span>
                  </NavLink>
                </li>
              </ul>
            </nav>
            {roles.length > 1 && <RoleSwitcher roles={roles} current={role} />}
            <div className="topbar-user">
              <LanguageMenu save={(locale) => updateProfile({ variables: { input: { locale } } })} />
              <span className="user-name" title={viewer.email}>
                {viewer.name}
              </span>
              <button
                type="button"
                className="button button-ghost-inverse button-small"
                onClick={() => void logout()}
                disabled={loggingOut}
              >
                {loggingOut
                  ? intl.formatMessage({ id: 'shell.appShell.loggingOut', defaultMessage: 'Logging out…' })
                  : intl.formatMessage({ id: 'shell.appShell.logOut', defaultMessage: 'Log out' })}
              </button>
            </div>
          </div>
        </div>
      </header>
      {/* data-path: the address whose page is shown (while a page's code loads, the previous page stays) */}
      <main id="main" className="main" tabIndex={-1} data-path={pathname}>
        <ZoneProposal />
        <Suspense fallback={<Loading label={intl.formatMessage({ id: 'shell.appShell.loadingPage', defaultMessage: 'Loading page…' })} />}>
          {children}
        </Suspense>
      </main>
      <footer className="footer">
        <p>
          <FormattedMessage
            id="shell.appShell.timeZoneFooter"
            defaultMessage="Times are shown in your time zone: {zoneName} ({timeZone}). <link>Change it</link>"
            values={{
              zoneName: zoneLongName(viewer.timeZone),
              timeZone: viewer.timeZone,
              link: (chunks) => <Link to="/account">{chunks}</Link>,
            }}
          />
        </p>
      </footer>
    </div>
  );
}
