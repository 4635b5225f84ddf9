import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { Role } from '../gql/graphql';

/** The order roles are offered in, and the one a person lands in when they hold several. */
export const ROLE_ORDER: readonly Role[] = ['ADMIN', 'PARTNER_ADMIN', 'COACH', 'LEARNER'];

/** A role's name, to show: `intl.formatMessage(ROLE_MESSAGES[role])`. */
export const ROLE_MESSAGES: Record<Role, MessageDescriptor> = defineMessages({
  ADMIN: { id: 'lib.roles.admin', defaultMessage: 'Admin' },
  PARTNER_ADMIN: { id: 'lib.roles.partnerAdmin', defaultMessage: 'Partner admin' },
  COACH: { id: 'lib.roles.coach', defaultMessage: 'Coach' },
  LEARNER: { id: 'lib.roles.learner', defaultMessage: 'Learner' },
});

/** The same, as a plural heading for lists of people: `intl.formatMessage(ROLE_PLURAL_MESSAGES[role])`. */
export const ROLE_PLURAL_MESSAGES: Record<Role, MessageDescriptor> = defineMessages({
  ADMIN: { id: 'lib.roles.admins', defaultMessage: 'Admins' },
  PARTNER_ADMIN: { id: 'lib.roles.partnerAdmins', defaultMessage: 'Partner admins' },
  COACH: { id: 'lib.roles.coaches', defaultMessage: 'Coaches' },
  LEARNER: { id: 'lib.roles.learners', defaultMessage: 'Learners' },
});

/**
 * English role names, for code that is not shown to people (and for pages not yet localised).
 * What people read uses ROLE_MESSAGES; sentences with a role in them use an ICU `select` on the
 * role code, since articles and agreement differ from language to language.
 */
export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: 'Admin',
  PARTNER_ADMIN: 'Partner admin',
  COACH: 'Coach',
  LEARNER: 'Learner',
};

/** The same, as a plural heading for lists of people (English; see ROLE_PLURAL_MESSAGES). */
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

/**
 * A role name with its article, for English sentences: "a coach", "an admin". Articles do not
 * translate word by word: a localised sentence selects on the role code instead
 * (`{role, select, ADMIN {…} COACH {…} other {…}}`).
 */
export function withArticle(role: Role): string {
  const label = ROLE_LABEL[role];
  return `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`;
}
