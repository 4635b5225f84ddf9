import type { Role } from '../../gql/graphql';

export interface MenuItem {
  to: string;
  label: string;
  /** only the exact address marks it current (a role's home, whose address prefixes the others) */
  end?: boolean;
}

/**
 * Each role's places, in the order of a working day. Every address here has a route in App.tsx
 * (the shell's browser test visits them all).
 */
export const ROLE_MENU: Record<Role, readonly MenuItem[]> = {
  ADMIN: [
    { to: '/admin', label: 'Partners', end: true },
    { to: '/admin/programmes', label: 'Programmes' },
    { to: '/admin/outcomes', label: 'Network outcomes' },
    { to: '/admin/outbox', label: 'Outbox' },
    { to: '/admin/keys', label: 'Issuer keys' },
  ],
  PARTNER_ADMIN: [
    { to: '/partner', label: 'Outcomes', end: true },
    { to: '/partner/cohorts', label: 'Cohorts' },
    { to: '/partner/people', label: 'People' },
  ],
  COACH: [
    { to: '/coach', label: 'Home', end: true },
    { to: '/coach/grading', label: 'Grading queue' },
    { to: '/coach/gradebooks', label: 'Gradebooks' },
    { to: '/coach/availability', label: 'Availability' },
    { to: '/coach/bookings', label: 'Bookings' },
  ],
  LEARNER: [{ to: '/learner', label: 'Home', end: true }],
};

/** Pages every logged-in person has, whatever their role. */
export const ACCOUNT_ITEM: MenuItem = { to: '/account', label: 'Account' };
