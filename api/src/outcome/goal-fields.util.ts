import type { EntityManager } from 'typeorm';

/** A learner's goal as stored on the enrolment: statement, measure, baseline, target, by when. */
export interface GoalFields {
  statement: string;
  measure: string | null;
  baseline: number | null;
  target: number | null;
  /** YYYY-MM-DD */
  byDate: string | null;
}

/** The same bounds as GoalInput (and, looser, the database's checks). */
export const GOAL_LIMITS = { statement: 2000, measure: 200, abs: 1e11 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * A goal typed as text (a CSV line): every problem in plain words, or the goal. All fields
 * empty is no goal (null); a measure, baseline, target or date needs a statement.
 */
export function parseGoalText(raw: { statement?: string; measure?: string; baseline?: string; target?: string; byDate?: string }): {
  goal: GoalFields | null;
  problems: string[];
} {
  const v = (s: string | undefined) => (s ?? '').trim();
  const [statement, measure, baseline, target, byDate] = [v(raw.statement), v(raw.measure), v(raw.baseline), v(raw.target), v(raw.byDate)];
  const problems: string[] = [];
  if (!statement && !measure && !baseline && !target && !byDate) return { goal: null, problems };
  if (!statement) problems.push('the goal’s measure, baseline, target or date needs a goal statement');
  if (statement.length > GOAL_LIMITS.statement) problems.push(`the goal is longer than ${GOAL_LIMITS.statement} characters`);
  if (measure.length > GOAL_LIMITS.measure) problems.push(`the goal’s measure is longer than ${GOAL_LIMITS.measure} characters`);
  const number = (s: string, what: string): number | null => {
    if (!s) return null;
    const n = Number(s);
    if (!NUMBER.test(s) || !Number.isFinite(n)) problems.push(`the goal’s ${what} "${s}" is not a number (write it like 1200 or 12.5)`);
    else if (Math.abs(n) >= GOAL_LIMITS.abs) problems.push(`the goal’s ${what} is too large`);
    else return n;
    return null;
  };
  const goal: GoalFields = {
    statement,
    measure: measure || null,
    baseline: number(baseline, 'baseline'),
    target: number(target, 'target'),
    byDate: byDate || null,
  };
  if (byDate && !isCalendarDate(byDate)) problems.push(`the goal’s date "${byDate}" is not a date such as 2027-06-30`);
  return problems.length ? { goal: null, problems } : { goal, problems };
}

/** A goal from GoalInput (already validated by its decorators): trimmed, empty measure as none. */
export function goalFromInput(input: {
  statement: string;
  measure?: string | null;
  baseline?: number | null;
  target?: number | null;
  byDate?: string | null;
}): GoalFields | null {
  const statement = input.statement.trim();
  if (!statement) return null;
  return {
    statement,
    measure: input.measure?.trim() || null,
    baseline: input.baseline ?? null,
    target: input.target ?? null,
    byDate: input.byDate ?? null,
  };
}

/** Writes the goal onto the given enrolments (the learner's own, checked by the caller). */
export async function writeGoal(tx: Pick<EntityManager, 'query'>, enrolmentIds: string[], g: GoalFields): Promise<void> {
  if (enrolmentIds.length === 0) return;
  await tx.query(
    `UPDATE enrolment SET outcome_goal = $2, goal_measure = $3, goal_baseline = $4, goal_target = $5, goal_by_date = $6 WHERE id = ANY($1::uuid[])`,
    [enrolmentIds, g.statement, g.measure, g.baseline, g.target, g.byDate],
  );
}
