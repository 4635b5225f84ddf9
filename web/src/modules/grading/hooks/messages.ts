import { defineMessages, type MessageDescriptor, type NoMessageValues } from 'react-intl';
import { common } from '../../../i18n/common';

/** Words several grading components share. */
export const gradingMessages = defineMessages<{
  version: { version: number };
  points: { points: number };
  late: NoMessageValues;
  awaitingReview: NoMessageValues;
  gradingQueue: NoMessageValues;
  gradebook: NoMessageValues;
  learner: NoMessageValues;
  criterion: NoMessageValues;
  actions: NoMessageValues;
  coachGradingEyebrow: NoMessageValues;
}>({
  version: { id: 'grading.version', defaultMessage: 'Version {version, number}' },
  points: { id: 'grading.points', defaultMessage: '{points, plural, one {# point} other {# points}}' },
  late: { id: 'grading.late', defaultMessage: 'Late' },
  awaitingReview: { id: 'grading.awaitingReview', defaultMessage: 'Awaiting review' },
  gradingQueue: { id: 'grading.gradingQueue', defaultMessage: 'Grading queue' },
  gradebook: { id: 'grading.gradebook', defaultMessage: 'Gradebook' },
  learner: { id: 'grading.learner', defaultMessage: 'Learner' },
  criterion: { id: 'grading.criterion', defaultMessage: 'Criterion' },
  actions: { id: 'grading.actions', defaultMessage: 'Actions' },
  coachGradingEyebrow: { id: 'grading.coachGradingEyebrow', defaultMessage: 'Coach · grading' },
});

/** "Week 3" (common.week, declared there without its argument's type). */
export const weekMessage: MessageDescriptor = common.week;

/** Pure punctuation between facts on one line. */
export const SEPARATOR = ' · ';
