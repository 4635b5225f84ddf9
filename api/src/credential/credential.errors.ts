import { defineErrors } from '../i18n/error-messages.js';

/** What users read when issuing or revoking a credential is refused (English; translations in i18n/catalogues/errors). */
export const credentialErrors = defineErrors('errors.credential', {
  reasonLength: 'Give a reason of up to 500 characters',
  alreadyRevoked: 'This credential is already revoked',
  notEligible: 'This learner has not met the completion criteria yet; see their eligibility for what is left',
  certificateSize: 'size must be a4 or letter',
});
