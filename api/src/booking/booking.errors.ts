import { defineErrors } from '../i18n/error-messages.js';

/** "24 hours", "3 days", "90 minutes" (as `humanMinutes` writes them), from the values of `duration`. */
const DURATION =
  '{unit, select, day {{amount, plural, one {# day} other {# days}}} hour {{amount, plural, one {# hour} other {# hours}}} other {{amount, plural, one {# minute} other {# minutes}}}}';

/** A number of minutes as `DURATION` reads it: whole days from 72 hours on, whole hours from an hour on, else minutes. */
export function duration(minutes: number): { unit: 'day' | 'hour' | 'minute'; amount: number } {
  if (minutes >= 72 * 60 && minutes % (24 * 60) === 0) return { unit: 'day', amount: minutes / (24 * 60) };
  if (minutes >= 60 && minutes % 60 === 0) return { unit: 'hour', amount: minutes / 60 };
  return { unit: 'minute', amount: minutes };
}

/** What users read when coaching, bookings or availability refuse a request (English; translations in i18n/catalogues/errors). */
export const bookingErrors = defineErrors('errors.booking', {
  slotTaken: 'That time was just taken; pick another slot',
  learnerBusy: 'You already have a coaching session at that time; pick another slot',
  startsAtNotDate: 'startsAt must be a date and time',
  entitlementUsed: 'You have booked all the coaching sessions of your programme; cancel one to book another time',
  noCoachingInProgramme: 'Your programme has no 1-on-1 coaching sessions',
  allSessionsBooked: 'You have booked all {allowed} coaching sessions of your programme; cancel one to book another time',
  onlyLearnerMoves: 'Only the learner can move a booking; you can cancel it with a reason',
  bookingCancelled: 'This booking was cancelled; book a new session instead',
  alreadyAtThatTime: 'The booking is already at that time',
  reasonTooLong: 'The reason can be at most 1000 characters',
  coachMustGiveReason: 'Tell the learner why: a reason is required when a coach cancels',
  alreadyStarted: 'This session has already started; it can no longer be cancelled',
  noAvailability: 'This coach has not published coaching availability yet',
  pastCutoff: `A booking can be cancelled or moved until ${DURATION} before it starts; it is too late for this one, so please contact your coach`,
  inThePast: 'That time is in the past; pick one of the open slots',
  tooSoon: `Coaching must be booked at least ${DURATION} ahead; pick a later slot`,
  beyondHorizon: 'Coaching can be booked at most {days} days ahead; pick an earlier slot',
  outsideDates: 'Coaching takes place during the cohort, {startDate} to {endDate}; pick a slot in those dates',
  notASlot: 'That time is not one of the coach’s slots; pick one of the open slots from coachingSlots',
  cohortClosed:
    '{cohort} is {status, select, draft {draft} open {open} running {running} completed {completed} other {archived}}; coaching can no longer be booked',
  enrolmentNotActive: 'Coaching can be booked once your enrolment is active',
  fromToNotDates: 'from and to must be dates and times',
  toBeforeFrom: 'to must be after from',
  rangeTooLong: 'Ask for at most {days} days of slots at a time',
  dayOffWithHours: '{date}: a day off has no hours; use EXTRA_HOURS to add hours',
  extraHoursNeedRange: '{date}: extra hours need a start and an end',
  fieldNotDate: '{field} must be a date and time',
  clientMutationIdNotUuid: 'clientMutationId must be a UUID',
  tooManyBookings: 'Ask for at most 200 bookings at a time',
  noteTooLong: 'Notes can be at most {max, number} characters',
  cancelledHasNoOutcome: 'A cancelled booking has no outcome to mark',
  notStartedYet: 'This coaching session has not started yet',
});
