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

export function maxPoints(rubric: RubricCriterion[]): number {
  return rubric.reduce((n, c) => n + Math.max(0, ...c.levels.map((l) => l.points)), 0);
}

export function totalOf(rubric: RubricCriterion[], scores: Scores): number {
  return rubric.reduce((n, c) => n + (scores[c.id] ?? 0), 0);
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
    defaultMessage: '{verdict, select, REVISE {Write feedback: with Revise the learner needs to know what to change.} other {Write feedback: with Fail the learner needs to know what to change.}}',
  },
});

/**
 * What stops a review from being saved, as the API would say it (the API checks again): every
 * criterion scored, PASS only at or above the pass mark, feedback with REVISE and FAIL.
 */
export function reviewProblems(intl: IntlShape, rubric: RubricCriterion[], passMark: number, scores: Scores, verdict: Verdict | null, feedback: string): { field: 'scores' | 'verdict' | 'feedback'; message: string }[] {
  const problems: { field: 'scores' | 'verdict' | 'feedback'; message: string }[] = [];
  const missing = unscored(rubric, scores);
  // the criteria are the author's titles, listed as the display language lists ("A, B, C")
  if (missing.length) problems.push({ field: 'scores', message: intl.formatMessage(problemMessages.unscored, { criteria: intl.formatList(missing.map((c) => c.title), { type: 'unit', style: 'short' }) }) });
  if (!verdict) problems.push({ field: 'verdict', message: intl.formatMessage(problemMessages.noVerdict) });
  else if (verdict === 'PASS' && totalOf(rubric, scores) < passMark) problems.push({ field: 'verdict', message: intl.formatMessage(problemMessages.passBelowMark, { passMark }) });
  if ((verdict === 'REVISE' || verdict === 'FAIL') && !feedback.trim()) problems.push({ field: 'feedback', message: intl.formatMessage(problemMessages.feedbackRequired, { verdict }) });
  return problems;
}
