import { reviewIssues, rubricMaxPoints, totalRubric, type CriterionScore, type RubricIssue } from '@beacon/domain';
import { defineMessages, type IntlShape, type NoMessageValues } from 'react-intl';
import type { Verdict } from '../../../gql/graphql';

export interface RubricLevel {
  label: string;
  points: number;
}
export interface RubricCriterion {
  id: string;
  title: string;
  levels: RubricLevel[];
}

/** Points chosen per criterion id; a criterion not yet scored is absent. */
export type Scores = Record<string, number>;

/** A criterion's levels, lowest first, as the grader reads them left to right. */
export function sortedLevels(c: RubricCriterion): RubricLevel[] {
  return [...c.levels].sort((a, b) => a.points - b.points);
}

/** The form's scores as the domain takes them: one per scored criterion of this rubric. */
function criterionScores(rubric: RubricCriterion[], scores: Scores): CriterionScore[] {
  return rubric.filter((c) => scores[c.id] !== undefined).map((c) => ({ criterionId: c.id, points: scores[c.id] }));
}

export function maxPoints(rubric: RubricCriterion[]): number {
  return rubricMaxPoints(rubric);
}

export function totalOf(rubric: RubricCriterion[], scores: Scores): number {
  return totalRubric(rubric, criterionScores(rubric, scores)).total;
}

export function unscored(rubric: RubricCriterion[], scores: Scores): RubricCriterion[] {
  return rubric.filter((c) => scores[c.id] === undefined);
}

const problemMessages = defineMessages<{
  unscored: { criteria: string };
  noVerdict: NoMessageValues;
  passBelowMark: { passMark: number };
  feedbackRequired: { verdict: string };
}>({
  unscored: { id: 'grading.rubric.unscored', defaultMessage: 'Choose a level for {criteria}.' },
  noVerdict: { id: 'grading.rubric.noVerdict', defaultMessage: 'Choose a verdict.' },
  passBelowMark: { id: 'grading.rubric.passBelowMark', defaultMessage: 'Pass needs a total of at least {passMark, number}.' },
  feedbackRequired: {
    id: 'grading.rubric.feedbackRequired',
    defaultMessage:
      '{verdict, select, REVISE {Write feedback: with Revise the learner needs to know what to change.} other {Write feedback: with Fail the learner needs to know what to change.}}',
  },
});

export type ReviewProblemField = 'scores' | 'verdict' | 'feedback';
export interface ReviewProblem {
  field: ReviewProblemField;
  message: string;
}

/**
 * The domain's issues in the display language, one sentence per form field problem: criteria
 * without a valid level are named together ("Choose a level for A, B."). Issues the form cannot
 * produce are left to the API, which checks again: scores come one per criterion of the rubric
 * (no unknown or twice-scored criterion) and the feedback field stops at MAX_FEEDBACK_LENGTH.
 */
export function reviewProblemMessages(intl: IntlShape, issues: readonly RubricIssue[]): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const toChoose: string[] = [];
  let chooseAt = -1;
  for (const issue of issues) {
    switch (issue.code) {
      case 'UNSCORED':
      case 'NOT_A_LEVEL':
        if (chooseAt < 0) chooseAt = problems.length;
        toChoose.push(issue.title);
        break;
      case 'INVALID_VERDICT':
        problems.push({ field: 'verdict', message: intl.formatMessage(problemMessages.noVerdict) });
        break;
      case 'PASS_BELOW_MARK':
        problems.push({ field: 'verdict', message: intl.formatMessage(problemMessages.passBelowMark, { passMark: issue.passMark }) });
        break;
      case 'FEEDBACK_REQUIRED':
        problems.push({ field: 'feedback', message: intl.formatMessage(problemMessages.feedbackRequired, { verdict: issue.verdict }) });
        break;
      case 'UNKNOWN_CRITERION':
      case 'SCORED_TWICE':
      case 'FEEDBACK_TOO_LONG':
        break;
    }
  }
  // the criteria are the author's titles, listed as the display language lists ("A, B, C")
  if (toChoose.length) {
    problems.splice(chooseAt, 0, {
      field: 'scores',
      message: intl.formatMessage(problemMessages.unscored, { criteria: intl.formatList(toChoose, { type: 'unit', style: 'short' }) }),
    });
  }
  return problems;
}

/**
 * What stops a review from being saved, by the domain's rules (the API applies them again):
 * every criterion scored, PASS only at or above the pass mark, feedback with REVISE and FAIL.
 */
export function reviewProblems(
  intl: IntlShape,
  rubric: RubricCriterion[],
  passMark: number,
  scores: Scores,
  verdict: Verdict | null,
  feedback: string,
): ReviewProblem[] {
  return reviewProblemMessages(
    intl,
    reviewIssues({ rubric, passMark }, { scores: criterionScores(rubric, scores), verdict, feedback }).issues,
  );
}
