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

/**
 * What stops a review from being saved, as the API would say it (the API checks again): every
 * criterion scored, PASS only at or above the pass mark, feedback with REVISE and FAIL.
 */
export function reviewProblems(rubric: RubricCriterion[], passMark: number, scores: Scores, verdict: Verdict | null, feedback: string): { field: 'scores' | 'verdict' | 'feedback'; message: string }[] {
  const problems: { field: 'scores' | 'verdict' | 'feedback'; message: string }[] = [];
  const missing = unscored(rubric, scores);
  if (missing.length) problems.push({ field: 'scores', message: `Choose a level for ${missing.map((c) => c.title).join(', ')}.` });
  if (!verdict) problems.push({ field: 'verdict', message: 'Choose a verdict.' });
  else if (verdict === 'PASS' && totalOf(rubric, scores) < passMark) problems.push({ field: 'verdict', message: `Pass needs a total of at least ${passMark}.` });
  if ((verdict === 'REVISE' || verdict === 'FAIL') && !feedback.trim()) problems.push({ field: 'feedback', message: `Write feedback: with ${verdict === 'REVISE' ? 'Revise' : 'Fail'} the learner needs to know what to change.` });
  return problems;
}
