import type { Role } from '../gql/graphql';

/** The order roles are offered in, and the one a person lands in when they hold several. */
export const ROLE_ORDER: readonly Role[] = ['ADMIN', 'PARTNER_ADMIN', 'COACH', 'LEARNER'];

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: 'Admin',
  PARTNER_ADMIN: 'Partner admin',
  COACH: 'Coach',
  LEARNER: 'Learner',
};

/** The same, as a plural heading for lists of people. */
export const ROLE_PLURAL: Record<Role, string> = {
  ADMIN: 'Admins',
  PARTNER_ADMIN: 'Partner admins',
  COACH: 'Coaches',
  LEARNER: 'Learners',
};

export const ROLE_HOME: Record<Role, string> = {
  ADMIN: '/admin',
  PARTNER_ADMIN: '/partner',
  COACH: '/coach',
  LEARNER: '/learner',
};

export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLE_ORDER.filter((r) => roles.includes(r));
}

/** A role name with its article, for sentences: "a Coach", "an Admin". */
export function withArticle(role: Role): string {
  const label = ROLE_LABEL[role];
  return `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`;
}
