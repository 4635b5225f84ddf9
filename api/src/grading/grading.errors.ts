import { defineErrors } from '../i18n/error-messages.js';

/** What users read when a submission, a review or a due point is refused (English; translations in i18n/catalogues/errors). */
export const gradingErrors = defineErrors('errors.grading', {
  savedMeanwhile: 'Someone else saved this review meanwhile; reload it to see their changes (yours were not saved)',
  savedMeanwhileBeforeRelease: 'Someone else saved this review meanwhile; reload it and check it before releasing',
  newerVersion: 'The learner has submitted version {version} since; review that version instead',
  noReviewYet: 'This submission has no review yet: save it with expectedVersion 0',
  reviewReleased: 'This review has been released; it can no longer change',
  noSuchWeek: 'The programme has no week {week}',
  weekHasNoAssignment: 'Week {week} has no assignment',
  // kinds: "text, a link" (English words)
  addYourAnswer: 'Add your answer: {kinds}',
  kindsRefused: 'This assignment accepts {accepted} only, not {refused}',
  fileGone: 'The file was not found; upload it again',
  dueAtNotDate: 'dueAt must be a date and time',
  // opens: "Tue 3 Nov, 10:00 GMT+2", in the cohort's zone
  dueBeforeWeekOpens: 'The due point must be after week {week} opens ({opens})',
  staffOnly: 'Only the cohort’s coaches and partner admins can see this',
  coachesGrade: 'Only the cohort’s coaches grade submissions',
});

/** Why an uploaded file was refused (`FileRefusedError`); `accepted` is the list of accepted types (ACCEPTED_LIST). */
export const fileErrors = defineErrors('errors.file', {
  tooLarge: 'The file is larger than the {megabytes} MB limit',
  noFile: 'Send the file as multipart/form-data in a field named "file"',
  empty: 'The file is empty',
  // used and quota: "12.5 MB"
  quotaExceeded: 'Your uploads would exceed your {quota} quota ({used} used); files not attached to a submission are removed after a day',
  // type: "PNG (image/png)"
  typeNotAccepted: 'This file is {type}, which is not accepted. Upload {accepted}.',
  nameContradictsContent: 'The file is named .{claimed} but its content is {type}; rename it or upload the right file.',
  typeUnknown: 'The type of this file could not be recognised from its content. Upload {accepted}.',
  notPlainText: 'The file is named .{claimed} but is not plain text (UTF-8).',
});
