import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken } from '../auth/token.util.js';
import { AppError, notFound } from '../common/errors.js';
import { GoalCheckInKind, type GoalReached } from './entities/goal-check-in.entity.js';
import { saveCheckIn } from './goal.service.js';
import type { GoalFollowUpInput, GoalFollowUpModel } from './dto/goal-follow-up.model.js';
import { takingPartEnrolment } from '../cohort/cohort.queries.js';
import { goalErrors } from './outcome.errors.js';

interface LinkRow {
  enrolment_id: string;
  expires_at: Date;
  name: string;
  cohort_name: string;
  statement: string | null;
  measure: string | null;
  baseline: string | null;
  target: string | null;
  by_date: string | null;
  reached: GoalReached | null;
  current_value: string | null;
  note: string | null;
  recorded_at: Date | null;
}

/**
 * The follow-up link's two operations, without a login: the token says which enrolment, and
 * is good for reading its goal and recording its FOLLOW_UP check-in until it expires (again
 * replaces the answer, as in the app). A withdrawn enrolment's link stops working.
 */
@Injectable()
export class GoalFollowUpService {
  constructor(private readonly db: DataSource) {}

  private async link(db: Pick<EntityManager, 'query'>, token: string, now: Date, lock = false): Promise<LinkRow> {
    if (token.length < 20 || token.length > 200) throw notFound('Follow-up link');
    const [row]: LinkRow[] = await db.query(
      `SELECT f.enrolment_id, f.expires_at, u.name, c.name AS cohort_name, e.outcome_goal AS statement, e.goal_measure AS measure,
              e.goal_baseline::text AS baseline, e.goal_target::text AS target, e.goal_by_date::text AS by_date,
              g.reached, g.current_value::text AS current_value, g.note, g.recorded_at
         FROM goal_follow_up f
         JOIN enrolment e ON e.id = f.enrolment_id AND ${takingPartEnrolment('e')}
         JOIN cohort c ON c.id = e.cohort_id
         JOIN "user" u ON u.id = e.user_id
         LEFT JOIN goal_check_in g ON g.enrolment_id = e.id AND g.kind = 'FOLLOW_UP'
        WHERE f.token_hash = $1 ${lock ? 'FOR UPDATE OF f' : ''}`,
      [hashToken(token)],
    );
    if (!row) throw notFound('Follow-up link');
    if (row.expires_at.getTime() <= now.getTime()) throw new AppError('CONFLICT', goalErrors.followUpLinkExpired);
    return row;
  }

  async show(token: string, now = new Date()): Promise<GoalFollowUpModel> {
    return toModel(await this.link(this.db, token, now));
  }

  async record(token: string, input: GoalFollowUpInput, now = new Date()): Promise<GoalFollowUpModel> {
    const row = await this.db.transaction(async (tx) => {
      const link = await this.link(tx, token, now, true);
      await saveCheckIn(tx, link.enrolment_id, {
        kind: GoalCheckInKind.FOLLOW_UP,
        reached: input.reached,
        currentValue: input.currentValue ?? null,
        note: input.note ?? '',
      });
      await tx.query(`UPDATE goal_follow_up SET used_at = coalesce(used_at, $2) WHERE enrolment_id = $1`, [link.enrolment_id, now]);
      return this.link(tx, token, now);
    });
    return toModel(row);
  }
}

function toModel(r: LinkRow): GoalFollowUpModel {
  const num = (v: string | null) => (v === null ? null : Number(v));
  return {
    firstName: r.name.split(' ')[0],
    cohortName: r.cohort_name,
    // a learner who cleared their goal since still sees that a follow-up was asked
    statement: r.statement ?? '',
    measure: r.measure,
    baseline: num(r.baseline),
    target: num(r.target),
    byDate: r.by_date,
    expiresAt: r.expires_at,
    reached: r.reached,
    currentValue: num(r.current_value),
    note: r.note,
    recordedAt: r.recorded_at,
  };
}
