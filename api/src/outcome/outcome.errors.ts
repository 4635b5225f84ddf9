import { defineErrors } from '../i18n/error-messages.js';

/** What users read when a goal or its check-ins refuse a change (English; translations in i18n/catalogues/errors). */
export const goalErrors = defineErrors('errors.goal', {
  statementMissing: 'Say what you want to change at work',
  checkInNotOpen: 'The {kind, select, MID {mid-programme} END {end-of-programme} other {follow-up}} check-in is not open yet',
  checkInNotRecorded: 'The learner has not recorded this check-in yet',
  commentTooLong: 'The comment must be at most 2000 characters',
  followUpLinkExpired: 'This follow-up link has expired: log in to Beacon to record your follow-up',
});

/** What users read when outcomes or messages to learners refuse a request. */
export const outcomeErrors = defineErrors('errors.outcome', {
  noRecipient: 'Choose at least one learner',
  tooManyRecipients: 'At most {max} learners at once',
  subjectLength: 'The subject must be 1–200 characters',
  bodyLength: 'The message must be 1–10000 characters',
  notADate: '{field} must be a date such as 2027-01-11',
  programmeIdNotId: 'programmeId is not an id',
  programmeVersionAlone: 'programmeVersion needs a programmeId and is 1 or more',
});
