import { NavLink } from 'react-router';
import type { Role } from '../../../gql/graphql';
import { ROLE_HOME, ROLE_LABEL, sortRoles } from '../../../lib/roles';
import { rememberRole } from '../hooks/useActiveRole';

/** For people holding several roles: one link per role's home, the open one marked current. */
export function RoleSwitcher({ roles }: { roles: readonly Role[] }) {
  return (
    <nav className="role-switcher" aria-label="Switch role">
      <ul>
        {sortRoles(roles).map((role) => (
          <li key={role}>
            <NavLink to={ROLE_HOME[role]} onClick={() => rememberRole(role)} className={({ isActive }) => (isActive ? 'role-link active' : 'role-link')}>
              {ROLE_LABEL[role]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
