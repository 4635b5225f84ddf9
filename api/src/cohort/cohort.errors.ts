import { defineErrors } from '../i18n/error-messages.js';

const STATUS = 'draft {draft} open {open} running {running} completed {completed} other {archived}';

/** What users read when a cohort, its enrolments or its sessions refuse a change (English; translations in i18n/catalogues/errors). */
export const cohortErrors = defineErrors('errors.cohort', {
  pastStart: 'The start date {startDate} is in the past in {timeZone}; confirm to start the cohort in the past',
  capacityBelowTaken: 'The cohort already has {taken} learners; capacity cannot be below that',
  startDateFixed: `The start date of a {status, select, ${STATUS}} cohort cannot change; only drafts and open cohorts can move`,
  changedMeanwhile: 'The cohort changed meanwhile; reload and try again',
  onlyDraftDeleted: `Only a draft cohort can be deleted; this one is {status, select, ${STATUS}}`,
  hasEnrolments: 'The cohort has {count, plural, one {# enrolment} other {# enrolments}}; withdraw them or keep the cohort',
  statusMove: `A {from, select, ${STATUS}} cohort cannot become {to, select, ${STATUS}}; next can be: {from, select, draft {open} open {draft, running} running {completed} completed {archived} other {nothing}}`,
  notACoach: 'Only a coach of this partner can be assigned; invite them as a coach first',
  completedCannotWithdraw: 'A learner who completed the programme cannot be withdrawn',
  closedToEnrolment: `This cohort is {status, select, ${STATUS}}; learners can no longer be enrolled`,
  full: '{cohort} is full (capacity {capacity})',
  alreadyEnrolled: '{email} is already enrolled in {cohort}',
  withdrawn: 'You have withdrawn from this cohort',
  contentItemNotInProgramme: 'This content item is not part of your programme',
  weekNotOpen: 'Week {week} is not open yet',
  csvTooLarge: 'The file is larger than {kilobytes} KB',
  goalTooLong: 'The goal can be at most 2000 characters',
  sessionCancelled: 'This session was cancelled; it cannot be changed',
  startsAtNotDate: 'startsAt must be a date and time',
  hostNotCoach: 'The host must be a coach of this cohort',
  sessionCancelledNoAttendance: 'This session was cancelled; there is no attendance to take',
  attendanceNotYet: 'Attendance can be taken once the session is about to start',
  noAttendance: 'No attendance given',
  learnerTwice: 'A learner appears twice',
  attendanceActiveOnly: 'Attendance can only be recorded for active learners of this cohort',
});
