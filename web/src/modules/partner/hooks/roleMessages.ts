import { defineMessages } from 'react-intl';
import type { Role } from '../../../gql/graphql';

/**
 * Role names as the partner pages show them. Sentences that name a role ("Remove Ama as coach?")
 * carry the role in their own message (`{role, select, …}`), so each language can inflect it.
 */
export const ROLE_NAME: Record<Role, { id: string; defaultMessage: string }> = defineMessages({
  ADMIN: { id: 'partner.role.admin', defaultMessage: 'Admin' },
  PARTNER_ADMIN: { id: 'partner.role.partnerAdmin', defaultMessage: 'Partner admin' },
  COACH: { id: 'partner.role.coach', defaultMessage: 'Coach' },
  LEARNER: { id: 'partner.role.learner', defaultMessage: 'Learner' },
});

/** The same, as the heading of a list of people. */
export const ROLE_PLURAL_NAME: Record<Role, { id: string; defaultMessage: string }> = defineMessages({
  ADMIN: { id: 'partner.role.admins', defaultMessage: 'Admins' },
  PARTNER_ADMIN: { id: 'partner.role.partnerAdmins', defaultMessage: 'Partner admins' },
  COACH: { id: 'partner.role.coaches', defaultMessage: 'Coaches' },
  LEARNER: { id: 'partner.role.learners', defaultMessage: 'Learners' },
});
