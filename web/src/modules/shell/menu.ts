import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { Role } from '../../gql/graphql';

export interface MenuItem {
  to: string;
  /** shown as `intl.formatMessage(item.label)` */
  label: MessageDescriptor;
  /** only the exact address marks it current (a role's home, whose address prefixes the others) */
  end?: boolean;
}

const labels = defineMessages({
  partners: { id: 'shell.menu.partners', defaultMessage: 'Partners' },
  programmes: { id: 'shell.menu.programmes', defaultMessage: 'Programmes' },
  networkOutcomes: { id: 'shell.menu.networkOutcomes', defaultMessage: 'Network outcomes' },
  outbox: { id: 'shell.menu.outbox', defaultMessage: 'Outbox' },
  issuerKeys: { id: 'shell.menu.issuerKeys', defaultMessage: 'Issuer keys' },
  outcomes: { id: 'shell.menu.outcomes', defaultMessage: 'Outcomes' },
  cohorts: { id: 'shell.menu.cohorts', defaultMessage: 'Cohorts' },
  people: { id: 'shell.menu.people', defaultMessage: 'People' },
  home: { id: 'shell.menu.home', defaultMessage: 'Home' },
  gradingQueue: { id: 'shell.menu.gradingQueue', defaultMessage: 'Grading queue' },
  gradebooks: { id: 'shell.menu.gradebooks', defaultMessage: 'Gradebooks' },
  availability: { id: 'shell.menu.availability', defaultMessage: 'Availability' },
  bookings: { id: 'shell.menu.bookings', defaultMessage: 'Bookings' },
  account: { id: 'shell.menu.account', defaultMessage: 'Account' },
});

/**
 * Each role's places, in the order of a working day. Every address here has a route in App.tsx
 * (the shell's browser test visits them all).
 */
export const ROLE_MENU: Record<Role, readonly MenuItem[]> = {
  ADMIN: [
    { to: '/admin', label: labels.partners, end: true },
    { to: '/admin/programmes', label: labels.programmes },
    { to: '/admin/outcomes', label: labels.networkOutcomes },
    { to: '/admin/outbox', label: labels.outbox },
    { to: '/admin/keys', label: labels.issuerKeys },
  ],
  PARTNER_ADMIN: [
    { to: '/partner', label: labels.outcomes, end: true },
    { to: '/partner/cohorts', label: labels.cohorts },
    { to: '/partner/people', label: labels.people },
  ],
  COACH: [
    { to: '/coach', label: labels.home, end: true },
    { to: '/coach/grading', label: labels.gradingQueue },
    { to: '/coach/gradebooks', label: labels.gradebooks },
    { to: '/coach/availability', label: labels.availability },
    { to: '/coach/bookings', label: labels.bookings },
  ],
  LEARNER: [{ to: '/learner', label: labels.home, end: true }],
};

/** Pages every logged-in person has, whatever their role. */
export const ACCOUNT_ITEM: MenuItem = { to: '/account', label: labels.account };
