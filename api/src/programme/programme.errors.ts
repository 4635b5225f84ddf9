import { defineErrors } from '../i18n/error-messages.js';

/** What users read when a programme refuses a change (English; translations in i18n/catalogues/errors). */
export const programmeErrors = defineErrors('errors.programme', {
  notPublished: 'This programme has no published version yet: the certifying body must publish it first',
  // the problems are @beacon/domain's, in English
  cannotPublish: '{code} cannot be published yet: {problems}',
  codeTaken: 'A programme with the code "{code}" already exists; choose another code',
});
