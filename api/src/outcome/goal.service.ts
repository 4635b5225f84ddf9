import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProgrammeDefinition } from '@beacon/domain';
import type { Viewer } from '../auth/viewer.js';
import { badInput, notFound } from '../common/errors.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { currentWeekAt } from '../cohort/week-calendar.util.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { GoalCheckInKind } from './entities/goal-check-in.entity.js';
import type { EnrolmentGoalModel, GoalCheckInInput, GoalCheckInModel, GoalInput, LearnerGoalModel } from './dto/goal.model.js';
import { goalFromInput, writeGoal } from './goal-fields.util.js';
import { takingPartEnrolment } from '../cohort/cohort.queries.js';
import { goalErrors } from './outcome.errors.js';

/** Records a check-in; recording again replaces the answer (the coach's confirmation was of the old one). */
export async function saveCheckIn(
  db: Pick<EntityManager, 'query'>,
  enrolmentId: string,
  input: Pick<GoalCheckInInput, 'kind' | 'currentValue' | 'reached' | 'note'>,
): Promise<void> {
  await db.query(
    `INSERT INTO goal_check_in (enrolment_id, kind, current_value, reached, note) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (enrolment_id, kind) DO UPDATE SET current_value = EXCLUDED.current_value, reached = EXCLUDED.reached, note = EXCLUDED.note,
       recorded_at = now(), coach_confirmed_at = NULL, coach_confirmed_by_id = NULL, coach_comment = NULL`,
    [enrolmentId, input.kind, input.currentValue ?? null, input.reached, (input.note ?? '').trim()],
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND_ORDER = [GoalCheckInKind.MID, GoalCheckInKind.END, GoalCheckInKind.FOLLOW_UP];

interface EnrolmentRow {
  id: string;
  cohort_id: string;
  user_id: string;
  status: string;
  outcome_goal: string | null;
  goal_measure: string | null;
  goal_baseline: string | null;
  goal_target: string | null;
  goal_by_date: string | null;
  start_date: string;
  time_zone: string;
  programme_version_id: string;
}

/**
 * The learner's goal, made measurable (statement, measure, baseline, target, by when), and
 * its check-ins: mid-programme from week 4, at the end from the last week, a follow-up once
 * the cohort has ended (graduates keep access). The cohort's coaches confirm or comment.
 */
@Injectable()
export class GoalService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly programmes: ProgrammeService,
  ) {}

  private async enrolment(enrolmentId: string): Promise<EnrolmentRow> {
    if (!UUID.test(enrolmentId)) throw notFound('Enrolment');
    const [e]: EnrolmentRow[] = await this.db.query(
      `SELECT e.id, e.cohort_id, e.user_id, e.status, e.outcome_goal, e.goal_measure, e.goal_baseline, e.goal_target, e.goal_by_date::text AS goal_by_date,
              c.start_date::text AS start_date, c.time_zone, c.programme_version_id
         FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.id = $1`,
      [enrolmentId],
    );
    if (!e) throw notFound('Enrolment');
    return e;
  }

  /** The learner's own enrolment (not withdrawn); anyone else's is NOT_FOUND. */
  private async own(viewer: Viewer, enrolmentId: string): Promise<EnrolmentRow> {
    const e = await this.enrolment(enrolmentId);
    if (e.user_id !== viewer.userId || e.status === 'WITHDRAWN') throw notFound('Enrolment');
    return e;
  }

  async goal(viewer: Viewer, enrolmentId: string, now = new Date()): Promise<EnrolmentGoalModel> {
    const e = await this.enrolment(enrolmentId);
    if (e.user_id !== viewer.userId) {
      await this.access.requireStaff(viewer, e.cohort_id).catch(() => {
        throw notFound('Enrolment');
      });
    }
    return this.model(e, now);
  }

  async updateGoal(viewer: Viewer, enrolmentId: string, input: GoalInput): Promise<EnrolmentGoalModel> {
    const e = await this.own(viewer, enrolmentId);
    const goal = goalFromInput(input);
    if (!goal) throw badInput(goalErrors.statementMissing, { field: 'statement' });
    await writeGoal(this.db, [e.id], goal);
    return this.model(await this.enrolment(e.id));
  }

  async recordCheckIn(viewer: Viewer, enrolmentId: string, input: GoalCheckInInput, now = new Date()): Promise<EnrolmentGoalModel> {
    const e = await this.own(viewer, enrolmentId);
    const open = await this.openKinds(e, now);
    if (!open.includes(input.kind)) throw badInput(goalErrors.checkInNotOpen.with({ kind: input.kind }), { field: 'kind' });
    await saveCheckIn(this.db, e.id, input);
    return this.model(e, now);
  }

  async confirmCheckIn(
    viewer: Viewer,
    enrolmentId: string,
    kind: GoalCheckInKind,
    comment: string | null,
    now = new Date(),
  ): Promise<EnrolmentGoalModel> {
    const e = await this.enrolment(enrolmentId);
    await this.access.requireStaff(viewer, e.cohort_id).catch(() => {
      throw notFound('Enrolment');
    });
    // TypeORM answers an UPDATE with [rows, count]
    const [done]: [unknown[], number] = await this.db.query(
      `UPDATE goal_check_in SET coach_confirmed_at = now(), coach_confirmed_by_id = $3, coach_comment = $4 WHERE enrolment_id = $1 AND kind = $2 RETURNING id`,
      [e.id, kind, viewer.userId, comment?.trim() || null],
    );
    if (done.length === 0) throw badInput(goalErrors.checkInNotRecorded, { field: 'kind' });
    return this.model(e, now);
  }

  /**
   * Every learner of a cohort (active or completed) with their goal and check-ins, by name:
   * where its coaches confirm or comment the check-ins. Two queries, whatever the cohort's size.
   */
  async cohortGoals(viewer: Viewer, cohortId: string, now = new Date()): Promise<LearnerGoalModel[]> {
    if (!UUID.test(cohortId)) throw notFound('Cohort');
    await this.access.requireStaff(viewer, cohortId);
    const rows: (EnrolmentRow & { name: string; email: string })[] = await this.db.query(
      `SELECT e.id, e.cohort_id, e.user_id, e.status, e.outcome_goal, e.goal_measure, e.goal_baseline, e.goal_target, e.goal_by_date::text AS goal_by_date,
              c.start_date::text AS start_date, c.time_zone, c.programme_version_id, u.name, u.email
         FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN "user" u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND ${takingPartEnrolment('e')}
        ORDER BY u.name, u.email`,
      [cohortId],
    );
    if (rows.length === 0) return [];
    const week = await this.cohortWeek(rows[0], now);
    const checkIns = await this.checkIns(rows.map((r) => r.id));
    return rows.map((r) => ({
      enrolmentId: r.id,
      learner: { id: r.user_id, name: r.name, email: r.email },
      goal: goalModel(r, checkIns.get(r.id) ?? [], openKindsIn(r.status, week)),
    }));
  }

  /** The week the enrolment's cohort is in, and how many weeks its programme has. */
  private async cohortWeek(e: EnrolmentRow, now: Date): Promise<{ week: number; weeks: number }> {
    const d: ProgrammeDefinition = (await this.programmes.versionsById([e.programme_version_id])).get(e.programme_version_id)!.definition;
    return { week: currentWeekAt(e.start_date, e.time_zone, d.weeks, now), weeks: d.weeks };
  }

  private async openKinds(e: EnrolmentRow, now: Date): Promise<GoalCheckInKind[]> {
    if (e.status !== 'ACTIVE' && e.status !== 'COMPLETED') return [];
    return openKindsIn(e.status, await this.cohortWeek(e, now));
  }

  /** The check-ins of the enrolments, each in MID, END, FOLLOW_UP order. */
  private async checkIns(enrolmentIds: string[]): Promise<Map<string, GoalCheckInModel[]>> {
    const rows: CheckInRow[] = await this.db.query(
      `SELECT g.enrolment_id, g.id, g.kind, g.current_value, g.reached, g.note, g.recorded_at, g.coach_confirmed_at, g.coach_comment, u.id AS coach_id, u.name AS coach_name, u.email AS coach_email
         FROM goal_check_in g LEFT JOIN "user" u ON u.id = g.coach_confirmed_by_id WHERE g.enrolment_id = ANY($1::uuid[])`,
      [enrolmentIds],
    );
    rows.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const byEnrolment = new Map<string, GoalCheckInModel[]>();
    for (const r of rows) {
      const list = byEnrolment.get(r.enrolment_id) ?? [];
      list.push({
        id: r.id,
        kind: r.kind,
        currentValue: r.current_value === null ? null : Number(r.current_value),
        reached: r.reached,
        note: r.note,
        recordedAt: r.recorded_at,
        coachConfirmedAt: r.coach_confirmed_at,
        coachConfirmedBy: r.coach_id ? { id: r.coach_id, name: r.coach_name!, email: r.coach_email! } : null,
        coachComment: r.coach_comment,
      });
      byEnrolment.set(r.enrolment_id, list);
    }
    return byEnrolment;
  }

  private async model(e: EnrolmentRow, now = new Date()): Promise<EnrolmentGoalModel> {
    const checkIns = await this.checkIns([e.id]);
    return goalModel(e, checkIns.get(e.id) ?? [], await this.openKinds(e, now));
  }
}

interface CheckInRow {
  enrolment_id: string;
  id: string;
  kind: GoalCheckInKind;
  current_value: string | null;
  reached: GoalCheckInModel['reached'];
  note: string;
  recorded_at: Date;
  coach_confirmed_at: Date | null;
  coach_comment: string | null;
  coach_id: string | null;
  coach_name: string | null;
  coach_email: string | null;
}

/** The check-ins a learner may record in the cohort's `week`: mid-programme from week 4, at the end from the last week, a follow-up after. */
function openKindsIn(status: string, { week, weeks }: { week: number; weeks: number }): GoalCheckInKind[] {
  if (status !== 'ACTIVE' && status !== 'COMPLETED') return [];
  const open: GoalCheckInKind[] = [];
  if (week >= Math.min(4, weeks)) open.push(GoalCheckInKind.MID);
  if (week >= weeks) open.push(GoalCheckInKind.END);
  if (week > weeks) open.push(GoalCheckInKind.FOLLOW_UP);
  return open;
}

function goalModel(e: EnrolmentRow, checkIns: GoalCheckInModel[], checkInsOpen: GoalCheckInKind[]): EnrolmentGoalModel {
  return {
    enrolmentId: e.id,
    statement: e.outcome_goal,
    measure: e.goal_measure,
    baseline: e.goal_baseline === null ? null : Number(e.goal_baseline),
    target: e.goal_target === null ? null : Number(e.goal_target),
    byDate: e.goal_by_date,
    checkIns,
    checkInsOpen,
  };
}
