import {
  blocksSaving,
  MAX_LEVEL_POINTS,
  rubricDefinitionIssuePath,
  rubricDefinitionIssues,
  type RubricDefinitionIssue,
} from '@beacon/domain';
import { defineMessages, type IntlShape, type NoMessageValues } from 'react-intl';
import type { AssignmentInput, ProgrammeDefinitionInput } from '../../../gql/graphql';

type Intl = Pick<IntlShape, 'formatMessage'>;

/** Messages by field path, e.g. "modules.0.assignment.rubric.1.title". */
export type PathMessages = Record<string, string>;

const messages = defineMessages<{
  titleMissing: NoMessageValues;
  instructionsMissing: NoMessageValues;
  dueTimeInvalid: NoMessageValues;
  passMarkInvalid: NoMessageValues;
  noSubmissionKind: NoMessageValues;
  noCriteria: NoMessageValues;
  criterionTitleMissing: NoMessageValues;
  criterionTitleTwice: { title: string };
  noLevels: NoMessageValues;
  levelLabelMissing: NoMessageValues;
  levelPointsInvalid: { max: number };
  levelPointsTwice: { points: number };
  passMarkAboveMax: { max: number };
}>({
  titleMissing: { id: 'programme.assignmentIssues.titleMissing', defaultMessage: 'Give the assignment a title.' },
  instructionsMissing: { id: 'programme.assignmentIssues.instructionsMissing', defaultMessage: 'Write the instructions learners follow.' },
  dueTimeInvalid: {
    id: 'programme.assignmentIssues.dueTimeInvalid',
    defaultMessage: 'Enter a time between 00:00 and 23:59, such as 23:59.',
  },
  passMarkInvalid: { id: 'programme.assignmentIssues.passMarkInvalid', defaultMessage: 'Enter a whole number of points, 0 or more.' },
  noSubmissionKind: {
    id: 'programme.assignmentIssues.noSubmissionKind',
    defaultMessage: 'Choose at least one way to submit before publishing.',
  },
  noCriteria: { id: 'programme.assignmentIssues.noCriteria', defaultMessage: 'Add at least one criterion before publishing.' },
  criterionTitleMissing: { id: 'programme.assignmentIssues.criterionTitleMissing', defaultMessage: 'Give this criterion a title.' },
  criterionTitleTwice: {
    id: 'programme.assignmentIssues.criterionTitleTwice',
    defaultMessage: 'Another criterion is already called “{title}”: coaches could not tell them apart.',
  },
  noLevels: { id: 'programme.assignmentIssues.noLevels', defaultMessage: 'Add at least one level.' },
  levelLabelMissing: { id: 'programme.assignmentIssues.levelLabelMissing', defaultMessage: 'Give this level a label.' },
  levelPointsInvalid: {
    id: 'programme.assignmentIssues.levelPointsInvalid',
    defaultMessage: 'Enter a whole number of points from 0 to {max, number}.',
  },
  levelPointsTwice: {
    id: 'programme.assignmentIssues.levelPointsTwice',
    defaultMessage: 'Another level of this criterion already gives {points, number} points.',
  },
  passMarkAboveMax: {
    id: 'programme.assignmentIssues.passMarkAboveMax',
    defaultMessage: 'The pass mark is above the rubric’s maximum of {max, number}: the draft can be saved, but not published.',
  },
});

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A domain issue in the display language. */
export function rubricIssueMessage(intl: Intl, issue: RubricDefinitionIssue): string {
  switch (issue.code) {
    case 'NO_CRITERIA':
      return intl.formatMessage(messages.noCriteria);
    case 'CRITERION_TITLE_MISSING':
      return intl.formatMessage(messages.criterionTitleMissing);
    case 'CRITERION_TITLE_TWICE':
      return intl.formatMessage(messages.criterionTitleTwice, { title: issue.title });
    case 'NO_LEVELS':
      return intl.formatMessage(messages.noLevels);
    case 'LEVEL_LABEL_MISSING':
      return intl.formatMessage(messages.levelLabelMissing);
    case 'LEVEL_POINTS_INVALID':
      return intl.formatMessage(messages.levelPointsInvalid, { max: MAX_LEVEL_POINTS });
    case 'LEVEL_POINTS_TWICE':
      return intl.formatMessage(messages.levelPointsTwice, { points: issue.points });
    case 'PASS_MARK_ABOVE_MAX':
      return intl.formatMessage(messages.passMarkAboveMax, { max: issue.maxPoints });
  }
}

/**
 * What is wrong with one assignment, by field path within it ("rubric.1.levels.0.points"):
 * `errors` stop the draft being saved (the API refuses them too, by the same domain rules);
 * `notes` only stop it being published (a rubric still being written can be saved).
 */
export function assignmentIssues(intl: Intl, a: AssignmentInput): { errors: PathMessages; notes: PathMessages } {
  const errors: PathMessages = {};
  const notes: PathMessages = {};
  if (!a.title.trim()) errors.title = intl.formatMessage(messages.titleMissing);
  if (!a.instructions.trim()) errors.instructions = intl.formatMessage(messages.instructionsMissing);
  if (a.submissionKinds.length === 0) notes.submissionKinds = intl.formatMessage(messages.noSubmissionKind);
  if (!Number.isInteger(a.passMark) || a.passMark < 0) errors.passMark = intl.formatMessage(messages.passMarkInvalid);
  if (!HH_MM.test(a.dueTime)) errors.dueTime = intl.formatMessage(messages.dueTimeInvalid);
  for (const issue of rubricDefinitionIssues(a)) {
    const path = rubricDefinitionIssuePath(issue);
    const into = blocksSaving(issue) ? errors : notes;
    // the first problem of a field is the one to fix first
    if (!(path in into) && !(path in errors)) into[path] = rubricIssueMessage(intl, issue);
  }
  return { errors, notes };
}

/** The errors of every week's assignment, by path within the definition ("modules.0.assignment.title"), in the order of the weeks. */
export function definitionErrors(intl: Intl, def: ProgrammeDefinitionInput): PathMessages {
  const all: PathMessages = {};
  def.modules.forEach((m, i) => {
    if (!m.assignment) return;
    for (const [path, message] of Object.entries(assignmentIssues(intl, m.assignment).errors))
      all[`modules.${i}.assignment.${path}`] = message;
  });
  return all;
}

/** The week (1, 2, …) of the first error, by its path. */
export function weekOfPath(path: string): number | null {
  const m = /^modules\.(\d+)\./.exec(path);
  return m ? Number(m[1]) + 1 : null;
}
