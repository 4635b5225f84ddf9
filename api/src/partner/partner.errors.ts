import { defineErrors } from '../i18n/error-messages.js';

/** What users read when a partner, its members or its invitations refuse a change (English; translations in i18n/catalogues/errors). */
export const partnerErrors = defineErrors('errors.partner', {
  slugTaken: 'A partner with the slug "{slug}" already exists',
  ownAdminRole: 'You cannot remove your own administrator role',
  onlyBodyRemovesAdmin: 'Only the certifying body can remove a partner administrator',
  adminNotInvitable: 'Administrators cannot be invited into a partner',
  partnerAdminInvites: 'Partner administrators can invite coaches and learners; ask the certifying body for another administrator',
  alreadyMember:
    '{email} is already a {role, select, ADMIN {administrator} PARTNER_ADMIN {partner administrator} COACH {coach} other {learner}} of {partner}',
  invitationAccepted: 'This invitation was already accepted',
  invitationWithdrawn: 'This invitation was withdrawn; invite the person again',
  onlyPendingWithdrawn: 'Only a pending invitation can be withdrawn',
});
