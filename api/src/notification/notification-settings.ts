/**
 * Which emails a person receives. Each message kind belongs to at most one setting; kinds that
 * belong to none (invitations, enrolments, password resets) always go.
 */
export const NOTIFICATION_SETTINGS = [
  'weekOpened',
  'sessionReminders',
  'dueSoon',
  'reviewReleased',
  'bookingChanges',
  'credentialIssued',
  'credentialExpiry',
  'atRiskAlerts',
  'goalFollowUps',
] as const;
export type NotificationSetting = (typeof NOTIFICATION_SETTINGS)[number];

const ALWAYS = new Set(['invitation', 'enrolment', 'password-reset']);

/** The setting a message kind obeys, or null when it always goes. */
export function settingOfKind(kind: string): NotificationSetting | null {
  if (ALWAYS.has(kind)) return null;
  if (kind === 'week-opened') return 'weekOpened';
  if (kind === 'session-reminder' || kind === 'booking-reminder') return 'sessionReminders';
  if (kind.startsWith('due') || kind === 'assignment-due') return 'dueSoon';
  if (kind === 'review-released') return 'reviewReleased';
  if (kind.startsWith('booking-')) return 'bookingChanges';
  if (kind === 'credential-expiry') return 'credentialExpiry';
  if (kind.startsWith('credential-')) return 'credentialIssued';
  if (kind.startsWith('at-risk')) return 'atRiskAlerts';
  if (kind === 'goal-follow-up') return 'goalFollowUps';
  return null;
}
