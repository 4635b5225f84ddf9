import { useLocation } from '../../../lib/router';
import type { Role } from '../../../gql/graphql';
import { ROLE_HOME, sortRoles } from '../../../lib/roles';

const STORAGE_KEY = 'beacon.lastRole';

/** The role whose pages are open, read from the address (each role has its own home). */
export function useActiveRole(): Role | undefined {
  const { pathname } = useLocation();
  return (Object.entries(ROLE_HOME) as [Role, string][]).find(([, home]) => pathname === home || pathname.startsWith(`${home}/`))?.[0];
}

/** Remembers the role someone last worked in, so they come back to it (a preference, not a secret). */
export function rememberRole(role: Role): void {
  try {
    localStorage.setItem(STORAGE_KEY, role);
  } catch {
    // storage may be disabled; the default order still works
  }
}

/** Where a person lands: the role they last used if they still hold it, else their first role. */
export function preferredRole(roles: readonly Role[]): Role | undefined {
  let last: string | null = null;
  try {
    last = localStorage.getItem(STORAGE_KEY);
  } catch {
    last = null;
  }
  if (last && roles.includes(last as Role)) return last as Role;
  return sortRoles(roles)[0];
}
