import { useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import type { Role } from '../../../gql/graphql';
import { ROLE_HOME, ROLE_MESSAGES, sortRoles } from '../../../lib/roles';
import { rememberRole } from '../hooks/useActiveRole';

/** For people holding several roles: one link per role's home, the role in use marked current. */
export function RoleSwitcher({ roles, current }: { roles: readonly Role[]; current?: Role }) {
  const intl = useIntl();
  return (
    <nav className="role-switcher" aria-label={intl.formatMessage({ id: 'shell.roleSwitcher.label', defaultMessage: 'Switch role' })}>
      <ul>
        {sortRoles(roles).map((role) => (
          <li key={role}>
            <Link
              to={ROLE_HOME[role]}
              onClick={() => rememberRole(role)}
              className={role === current ? 'role-link active' : 'role-link'}
              aria-current={role === current ? 'true' : undefined}
            >
              {intl.formatMessage(ROLE_MESSAGES[role])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
