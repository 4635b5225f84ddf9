import { defineErrors } from '../i18n/error-messages.js';

/** What users read when logging in, accepting an invitation or changing their account fails (English; translations in i18n/catalogues/errors). */
export const authErrors = defineErrors('errors.auth', {
  badCredentials: 'The email or password is not right',
  invitationUsed: 'This invitation was already {status, select, accepted {accepted} other {withdrawn}}',
  invitationExpired: 'This invitation has expired; ask for a new one',
  invitationForOther: 'This invitation is for {email}: log in as {email} to accept it',
  logInToAccept: 'Log in as {email} to accept this invitation',
  passwordTooShort: 'Choose a password of at least {min} characters',
  noCohortForGoal: 'This invitation enrols you in no cohort, so there is no goal to set yet: set it once you are enrolled',
  tooManyResets: 'Too many reset requests from your network. Please try again later.',
  resetLinkInvalid: 'This reset link is not valid: it was used already or has expired. Ask for a new one.',
  currentPasswordWrong: 'The current password is not right',
  nameEmpty: 'The name cannot be empty',
  tooManyAttempts:
    'Too many failed attempts. Please wait {unit, select, seconds {{amount} seconds} other {{amount} minutes}} and try again.',
});
