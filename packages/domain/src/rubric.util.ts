import type { AssignmentDefinition, RubricCriterion } from './programme-definition.js';

export const VERDICTS = ['PASS', 'REVISE', 'FAIL'] as const;
/** A coach's decision on a submission: passed, to be revised and resubmitted, or failed. */
export type Verdict = (typeof VERDICTS)[number];

export interface CriterionScore {
  criterionId: string;
  points: number;
}

export interface RubricTotal {
  total: number;
  maxPoints: number;
  /** one sentence per problem, naming the criterion; empty when every criterion is scored once with one of its levels */
  problems: string[];
}

export const MAX_FEEDBACK_LENGTH = 20_000;

/**
 * One thing wrong with a review, as data: the web says it in the visitor's language from the
 * code and its fields, the API in English (describeRubricIssue).
 */
export type RubricIssue =
  | { code: 'UNKNOWN_CRITERION'; criterionId: string }
  | { code: 'SCORED_TWICE'; criterionId: string; title: string }
  | { code: 'NOT_A_LEVEL'; criterionId: string; title: string; points: number; levels: { label: string; points: number }[] }
  | { code: 'UNSCORED'; criterionId: string; title: string }
  /** no verdict, or one that is not in VERDICTS */
  | { code: 'INVALID_VERDICT' }
  | { code: 'PASS_BELOW_MARK'; total: number; passMark: number }
  | { code: 'FEEDBACK_REQUIRED'; verdict: 'REVISE' | 'FAIL' }
  | { code: 'FEEDBACK_TOO_LONG'; maxLength: number };

export type RubricIssueCode = RubricIssue['code'];

/** The English sentence for an issue (the API's error messages). */
export function describeRubricIssue(issue: RubricIssue): string {
  switch (issue.code) {
    case 'UNKNOWN_CRITERION':
      return `"${issue.criterionId}" is not a criterion of this rubric`;
    case 'SCORED_TWICE':
      return `"${issue.title}" is scored more than once`;
    case 'NOT_A_LEVEL':
      return `"${issue.title}" cannot score ${issue.points}; its levels are ${issue.levels.map((l) => `${l.points} (${l.label})`).join(', ')}`;
    case 'UNSCORED':
      return `"${issue.title}" is not scored`;
    case 'INVALID_VERDICT':
      return `The verdict must be one of ${VERDICTS.join(', ')}`;
    case 'PASS_BELOW_MARK':
      return `A total of ${issue.total} is below the pass mark of ${issue.passMark}: the verdict cannot be PASS (choose REVISE or FAIL)`;
    case 'FEEDBACK_REQUIRED':
      return `Feedback is required with a ${issue.verdict} verdict, so the learner knows what to change`;
    case 'FEEDBACK_TOO_LONG':
      return `Feedback can be at most ${issue.maxLength} characters`;
  }
}

/** The most points a submission can score: the best level of every criterion. */
export function rubricMaxPoints(rubric: readonly { levels: readonly { points: number }[] }[]): number {
  return rubric.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0);
}

/** totalRubric with its problems as issues. */
export function rubricIssues(
  rubric: readonly RubricCriterion[],
  scores: readonly CriterionScore[],
): { total: number; maxPoints: number; issues: RubricIssue[] } {
  const issues: RubricIssue[] = [];
  const byId = new Map(rubric.map((c) => [c.id, c]));
  const seen = new Set<string>();
  let total = 0;
  for (const s of scores) {
    const criterion = byId.get(s.criterionId);
    if (!criterion) {
      issues.push({ code: 'UNKNOWN_CRITERION', criterionId: s.criterionId });
      continue;
    }
    if (seen.has(s.criterionId)) {
      issues.push({ code: 'SCORED_TWICE', criterionId: criterion.id, title: criterion.title });
      continue;
    }
    seen.add(s.criterionId);
    if (!criterion.levels.some((l) => l.points === s.points)) {
      issues.push({
        code: 'NOT_A_LEVEL',
        criterionId: criterion.id,
        title: criterion.title,
        points: s.points,
        levels: criterion.levels.map((l) => ({ label: l.label, points: l.points })),
      });
      continue;
    }
    total += s.points;
  }
  for (const c of rubric) if (!seen.has(c.id)) issues.push({ code: 'UNSCORED', criterionId: c.id, title: c.title });
  return { total, maxPoints: rubricMaxPoints(rubric), issues };
}

/**
 * Totals a rubric's scores. Every criterion must be scored exactly once, with the points of
 * one of its levels; anything else is reported as a problem (and left out of the total).
 */
export function totalRubric(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]): RubricTotal {
  const { total, maxPoints, issues } = rubricIssues(rubric, scores);
  return { total, maxPoints, problems: issues.map(describeRubricIssue) };
}

/** A submission passes when its total reaches the pass mark. */
export function meetsPassMark(total: number, passMark: number): boolean {
  return total >= passMark;
}

export interface ReviewDraft {
  scores: readonly CriterionScore[];
  verdict: Verdict;
  feedback: string;
}

/** reviewProblems with its problems as issues; a draft may have no verdict yet (a form being filled in). */
export function reviewIssues(
  assignment: Pick<AssignmentDefinition, 'rubric' | 'passMark'>,
  review: Omit<ReviewDraft, 'verdict'> & { verdict: Verdict | null },
): { total: number; maxPoints: number; issues: RubricIssue[] } {
  const { total, maxPoints, issues } = rubricIssues(assignment.rubric, review.scores);
  if (!review.verdict || !VERDICTS.includes(review.verdict)) issues.push({ code: 'INVALID_VERDICT' });
  if (issues.length === 0 && review.verdict === 'PASS' && !meetsPassMark(total, assignment.passMark)) {
    issues.push({ code: 'PASS_BELOW_MARK', total, passMark: assignment.passMark });
  }
  if ((review.verdict === 'REVISE' || review.verdict === 'FAIL') && review.feedback.trim().length === 0) {
    issues.push({ code: 'FEEDBACK_REQUIRED', verdict: review.verdict });
  }
  if (review.feedback.length > MAX_FEEDBACK_LENGTH) issues.push({ code: 'FEEDBACK_TOO_LONG', maxLength: MAX_FEEDBACK_LENGTH });
  return { total, maxPoints, issues };
}

/**
 * What makes a review unacceptable: bad scores, a PASS below the pass mark (a coach may still
 * ask for a revision of, or fail, work that reaches it), or a REVISE or FAIL without feedback
 * telling the learner why.
 */
export function reviewProblems(
  assignment: Pick<AssignmentDefinition, 'rubric' | 'passMark'>,
  review: ReviewDraft,
): { total: number; maxPoints: number; problems: string[] } {
  const { total, maxPoints, issues } = reviewIssues(assignment, review);
  return { total, maxPoints, problems: issues.map(describeRubricIssue) };
}

/** Bounds of a rubric as authored (the API's input rules say the same). */
export const MAX_RUBRIC_CRITERIA = 20;
export const MAX_RUBRIC_LEVELS = 10;
export const MAX_LEVEL_POINTS = 1000;

/**
 * One thing wrong with an assignment's rubric as an author wrote it, as data. Criterion and
 * level numbers are positions (0-based) in the order written. The web says it next to the
 * field in the visitor's language; the API in English (describeRubricDefinitionIssue).
 */
export type RubricDefinitionIssue =
  | { code: 'NO_CRITERIA' }
  | { code: 'CRITERION_TITLE_MISSING'; criterion: number }
  /** a coach's review names criteria by title, so two with one title cannot be told apart */
  | { code: 'CRITERION_TITLE_TWICE'; criterion: number; title: string }
  | { code: 'NO_LEVELS'; criterion: number; title: string }
  | { code: 'LEVEL_LABEL_MISSING'; criterion: number; level: number; title: string }
  | { code: 'LEVEL_POINTS_INVALID'; criterion: number; level: number; title: string; points: number }
  /** a review scores a criterion with the points of one of its levels: two levels with the same points are one */
  | { code: 'LEVEL_POINTS_TWICE'; criterion: number; level: number; title: string; points: number }
  | { code: 'PASS_MARK_ABOVE_MAX'; passMark: number; maxPoints: number };

export type RubricDefinitionIssueCode = RubricDefinitionIssue['code'];

/**
 * Issues a draft may be saved with (a rubric still being written) but not published; every
 * other issue makes the rubric unusable for grading, so the draft is refused.
 */
const PUBLISH_ONLY: readonly RubricDefinitionIssueCode[] = ['NO_CRITERIA', 'PASS_MARK_ABOVE_MAX'];
export const blocksSaving = (issue: RubricDefinitionIssue): boolean => !PUBLISH_ONLY.includes(issue.code);

/**
 * What is wrong with an assignment's rubric and pass mark, in the order of the fields: every
 * criterion has a title of its own and at least one level; every level a label and whole
 * points 0–MAX_LEVEL_POINTS, no two levels of a criterion with the same points; the pass mark
 * reachable (at most rubricMaxPoints). Titles and labels count as written once trimmed.
 */
export function rubricDefinitionIssues(assignment: {
  rubric: readonly { title: string; levels: readonly { label: string; points: number }[] }[];
  passMark: number;
}): RubricDefinitionIssue[] {
  const issues: RubricDefinitionIssue[] = [];
  if (assignment.rubric.length === 0) issues.push({ code: 'NO_CRITERIA' });
  const titles = new Set<string>();
  assignment.rubric.forEach((c, criterion) => {
    const title = c.title.trim();
    const key = title.toLocaleLowerCase();
    if (!title) issues.push({ code: 'CRITERION_TITLE_MISSING', criterion });
    else if (titles.has(key)) issues.push({ code: 'CRITERION_TITLE_TWICE', criterion, title });
    titles.add(key);
    if (c.levels.length === 0) issues.push({ code: 'NO_LEVELS', criterion, title });
    const points = new Set<number>();
    c.levels.forEach((l, level) => {
      if (!l.label.trim()) issues.push({ code: 'LEVEL_LABEL_MISSING', criterion, level, title });
      if (!Number.isInteger(l.points) || l.points < 0 || l.points > MAX_LEVEL_POINTS)
        issues.push({ code: 'LEVEL_POINTS_INVALID', criterion, level, title, points: l.points });
      else if (points.has(l.points)) issues.push({ code: 'LEVEL_POINTS_TWICE', criterion, level, title, points: l.points });
      points.add(l.points);
    });
  });
  const maxPoints = rubricMaxPoints(assignment.rubric);
  if (assignment.rubric.length > 0 && assignment.passMark > maxPoints)
    issues.push({ code: 'PASS_MARK_ABOVE_MAX', passMark: assignment.passMark, maxPoints });
  return issues;
}

/** Where the issue is, within the assignment: "rubric.1.levels.0.points", "passMark", "rubric". */
export function rubricDefinitionIssuePath(issue: RubricDefinitionIssue): string {
  switch (issue.code) {
    case 'NO_CRITERIA':
      return 'rubric';
    case 'CRITERION_TITLE_MISSING':
    case 'CRITERION_TITLE_TWICE':
      return `rubric.${issue.criterion}.title`;
    case 'NO_LEVELS':
      return `rubric.${issue.criterion}.levels`;
    case 'LEVEL_LABEL_MISSING':
      return `rubric.${issue.criterion}.levels.${issue.level}.label`;
    case 'LEVEL_POINTS_INVALID':
    case 'LEVEL_POINTS_TWICE':
      return `rubric.${issue.criterion}.levels.${issue.level}.points`;
    case 'PASS_MARK_ABOVE_MAX':
      return 'passMark';
  }
}

/** The English sentence for an issue (the API's error messages); criteria and levels are counted from 1. */
export function describeRubricDefinitionIssue(issue: RubricDefinitionIssue): string {
  switch (issue.code) {
    case 'NO_CRITERIA':
      return 'The rubric needs at least one criterion';
    case 'CRITERION_TITLE_MISSING':
      return `Criterion ${issue.criterion + 1} needs a title`;
    case 'CRITERION_TITLE_TWICE':
      return `Criterion ${issue.criterion + 1}: another criterion is already called "${issue.title}"`;
    case 'NO_LEVELS':
      return `Criterion ${issue.criterion + 1} ("${issue.title}") needs at least one level`;
    case 'LEVEL_LABEL_MISSING':
      return `Criterion ${issue.criterion + 1} ("${issue.title}"), level ${issue.level + 1} needs a label`;
    case 'LEVEL_POINTS_INVALID':
      return `Criterion ${issue.criterion + 1} ("${issue.title}"), level ${issue.level + 1}: points must be a whole number from 0 to ${MAX_LEVEL_POINTS}`;
    case 'LEVEL_POINTS_TWICE':
      return `Criterion ${issue.criterion + 1} ("${issue.title}"), level ${issue.level + 1}: another level already gives ${issue.points} points`;
    case 'PASS_MARK_ABOVE_MAX':
      return `The pass mark ${issue.passMark} is above the rubric's maximum ${issue.maxPoints}`;
  }
}
