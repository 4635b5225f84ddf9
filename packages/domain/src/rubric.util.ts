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

/** The most points a submission can score: the best level of every criterion. */
export function rubricMaxPoints(rubric: readonly RubricCriterion[]): number {
  return rubric.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0);
}

/**
 * Totals a rubric's scores. Every criterion must be scored exactly once, with the points of
 * one of its levels; anything else is reported as a problem (and left out of the total).
 */
export function totalRubric(rubric: readonly RubricCriterion[], scores: readonly CriterionScore[]): RubricTotal {
  const problems: string[] = [];
  const byId = new Map(rubric.map((c) => [c.id, c]));
  const seen = new Set<string>();
  let total = 0;
  for (const s of scores) {
    const criterion = byId.get(s.criterionId);
    if (!criterion) {
      problems.push(`"${s.criterionId}" is not a criterion of this rubric`);
      continue;
    }
    if (seen.has(s.criterionId)) {
      problems.push(`"${criterion.title}" is scored more than once`);
      continue;
    }
    seen.add(s.criterionId);
    if (!criterion.levels.some((l) => l.points === s.points)) {
      const allowed = criterion.levels.map((l) => `${l.points} (${l.label})`).join(', ');
      problems.push(`"${criterion.title}" cannot score ${s.points}; its levels are ${allowed}`);
      continue;
    }
    total += s.points;
  }
  for (const c of rubric) if (!seen.has(c.id)) problems.push(`"${c.title}" is not scored`);
  return { total, maxPoints: rubricMaxPoints(rubric), problems };
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

export const MAX_FEEDBACK_LENGTH = 20_000;

/**
 * What makes a review unacceptable: bad scores, a PASS below the pass mark (a coach may still
 * ask for a revision of, or fail, work that reaches it), or a REVISE or FAIL without feedback
 * telling the learner why.
 */
export function reviewProblems(assignment: Pick<AssignmentDefinition, 'rubric' | 'passMark'>, review: ReviewDraft): { total: number; maxPoints: number; problems: string[] } {
  const { total, maxPoints, problems } = totalRubric(assignment.rubric, review.scores);
  if (!VERDICTS.includes(review.verdict)) problems.push(`The verdict must be one of ${VERDICTS.join(', ')}`);
  if (problems.length === 0 && review.verdict === 'PASS' && !meetsPassMark(total, assignment.passMark)) {
    problems.push(`A total of ${total} is below the pass mark of ${assignment.passMark}: the verdict cannot be PASS (choose REVISE or FAIL)`);
  }
  if ((review.verdict === 'REVISE' || review.verdict === 'FAIL') && review.feedback.trim().length === 0) {
    problems.push(`Feedback is required with a ${review.verdict} verdict, so the learner knows what to change`);
  }
  if (review.feedback.length > MAX_FEEDBACK_LENGTH) problems.push(`Feedback can be at most ${MAX_FEEDBACK_LENGTH} characters`);
  return { total, maxPoints, problems };
}
