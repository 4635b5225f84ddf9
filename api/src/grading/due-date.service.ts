import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { formatInZone, programmeDueAt, weekOpensAt, type DuePoint, type ProgrammeDefinition } from '@beacon/domain';
import { AppError, badInput, notFound } from '../common/errors.js';
import { PreparedQuery } from '../common/prepared-query.js';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { CohortEntity } from '../cohort/entities/cohort.entity.js';
import { EnrolmentEntity } from '../cohort/entities/enrolment.entity.js';
import { applicableDueAt } from '../cohort/week-calendar.util.js';
import { GradingAccessService } from './grading-access.service.js';
import type { LearnerDueModel, WeekDueDatesModel } from './dto/submission.model.js';
import type { SetCohortDueDateInput, SetDueExtensionInput } from './dto/grading.input.js';
import { gradingErrors as msg } from './grading.errors.js';

type Db = DataSource | EntityManager;

/** A cohort's own due point of a week (enrolment_id null) or a learner's extension; due_at as read from JSON too. */
export interface DueRow {
  enrolment_id: string | null;
  week: number;
  due_at: Date | string;
}

/** The due points of one cohort: per week, and per learner where an extension exists. */
export class CohortDues {
  constructor(
    private readonly cohort: Pick<CohortEntity, 'startDate' | 'timeZone'>,
    private readonly definition: ProgrammeDefinition,
    private readonly overrides: Map<number, Date>,
    private readonly extensions: Map<string, Date>,
  ) {}

  /** From rows of a cohort's own due points (enrolment_id null) and of learners' extensions. */
  static of(cohort: Pick<CohortEntity, 'startDate' | 'timeZone'>, definition: ProgrammeDefinition, rows: DueRow[]): CohortDues {
    return new CohortDues(
      cohort,
      definition,
      new Map(rows.filter((r) => r.enrolment_id === null).map((o) => [o.week, new Date(o.due_at)])),
      new Map(rows.filter((r) => r.enrolment_id !== null).map((x) => [`${x.enrolment_id}/${x.week}`, new Date(x.due_at)])),
    );
  }

  // applicableDueAt: a gradebook asks once per learner and week, so the programme's default is remembered
  private readonly perWeek = new Map<number, DuePoint>();

  /** What applies to learners of the cohort without an extension. */
  forCohort(week: number): DuePoint {
    let due = this.perWeek.get(week);
    if (!due) {
      due = applicableDueAt({ cohort: this.cohort, week, assignment: this.assignment(week), cohortOverride: this.overrides.get(week) });
      this.perWeek.set(week, due);
    }
    return due;
  }

  /** Whether the learner has their own due point for the week. */
  extended(enrolmentId: string, week: number): boolean {
    return this.extensions.has(`${enrolmentId}/${week}`);
  }

  forLearner(enrolmentId: string, week: number): DuePoint {
    if (!this.extended(enrolmentId, week)) return this.forCohort(week);
    return applicableDueAt({
      cohort: this.cohort,
      week,
      assignment: this.assignment(week),
      cohortOverride: this.overrides.get(week),
      extension: this.extensions.get(`${enrolmentId}/${week}`),
    });
  }

  programmeDefault(week: number): Date {
    return programmeDueAt(this.cohort, week, this.assignment(week));
  }

  private assignment(week: number) {
    const a = this.definition.modules.find((m) => m.week === week)?.assignment;
    if (!a) throw badInput(msg.weekHasNoAssignment.with({ week }), { field: 'week' });
    return a;
  }
}

/**
 * Due points: the programme's default (day and time in the cohort's zone), a cohort's override
 * per week, and a learner's extension per week, set by the cohort's coaches or partner admins.
 * Submissions keep the due point that applies to them and their late flag up to date.
 */
/** $1 a cohort: its own due points and its learners' extensions. */
const COHORT_DUES = new PreparedQuery<DueRow>(
  'cohort_dues',
  `SELECT NULL::uuid AS enrolment_id, week, due_at FROM cohort_due_date WHERE cohort_id = $1
   UNION ALL SELECT x.enrolment_id, x.week, x.due_at FROM due_extension x JOIN enrolment e ON e.id = x.enrolment_id WHERE e.cohort_id = $1`,
);

@Injectable()
export class DueDateService {
  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortAccessService,
    private readonly grading: GradingAccessService,
  ) {}

  /** Everything needed to tell the due point of any learner of the cohort, in one query. */
  async load(cohort: CohortEntity, definition: ProgrammeDefinition, db: Db = this.db, enrolmentIds?: string[]): Promise<CohortDues> {
    const rows: DueRow[] = enrolmentIds
      ? await db.query(
          `SELECT NULL::uuid AS enrolment_id, week, due_at FROM cohort_due_date WHERE cohort_id = $1
           UNION ALL SELECT enrolment_id, week, due_at FROM due_extension WHERE enrolment_id = ANY($2)`,
          [cohort.id, enrolmentIds],
        )
      : // the whole cohort (gradebook, queue): a hot query, prepared; inside a transaction it must use its connection
        db instanceof DataSource
        ? await COHORT_DUES.run(db, [cohort.id])
        : await db.query(COHORT_DUES.text, [cohort.id]);
    return CohortDues.of(cohort, definition, rows);
  }

  async cohortDueDates(viewer: Viewer, cohortId: string): Promise<WeekDueDatesModel[]> {
    const cohort = await this.cohorts.requireStaff(viewer, cohortId);
    const definition = (await this.grading.definitions([cohort])).get(cohort.programmeVersionId)!;
    const dues = await this.load(cohort, definition);
    const [overrides, extensions]: [
      { week: number; due_at: Date }[],
      {
        enrolment_id: string;
        week: number;
        due_at: Date;
        reason: string | null;
        granted_at: Date;
        user_id: string;
        name: string;
        email: string;
      }[],
    ] = await Promise.all([
      this.db.query(`SELECT week, due_at FROM cohort_due_date WHERE cohort_id = $1`, [cohort.id]),
      this.db.query(
        `SELECT x.enrolment_id, x.week, x.due_at, x.reason, x.granted_at, u.id AS user_id, u.name, u.email
           FROM due_extension x JOIN enrolment e ON e.id = x.enrolment_id JOIN "user" u ON u.id = e.user_id
          WHERE e.cohort_id = $1 ORDER BY u.name`,
        [cohort.id],
      ),
    ]);
    return definition.modules
      .filter((m) => m.assignment)
      .sort((a, b) => a.week - b.week)
      .map((m) => ({
        cohortId: cohort.id,
        week: m.week,
        assignmentTitle: m.assignment!.title,
        programmeDueAt: dues.programmeDefault(m.week),
        cohortDueAt: overrides.find((o) => o.week === m.week)?.due_at ?? null,
        dueAt: dues.forCohort(m.week).dueAt,
        extensions: extensions
          .filter((x) => x.week === m.week)
          .map((x) => ({
            enrolmentId: x.enrolment_id,
            learner: { id: x.user_id, name: x.name, email: x.email },
            dueAt: x.due_at,
            reason: x.reason,
            grantedAt: x.granted_at,
          })),
      }));
  }

  /** Sets (or, with no dueAt, removes) a cohort's due point for a week; learners with an extension keep theirs. */
  async setCohortDue(viewer: Viewer, input: SetCohortDueDateInput): Promise<WeekDueDatesModel> {
    const cohort = await this.cohorts.requireStaff(viewer, input.cohortId);
    const definition = (await this.grading.definitions([cohort])).get(cohort.programmeVersionId)!;
    const dueAt = input.dueAt ?? null;
    this.checkDue(cohort, definition, input.week, dueAt);
    await this.db.transaction(async (tx) => {
      if (dueAt) {
        await tx.query(
          `INSERT INTO cohort_due_date (cohort_id, week, due_at, set_by_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (cohort_id, week) DO UPDATE SET due_at = EXCLUDED.due_at, set_by_id = EXCLUDED.set_by_id, set_at = now()`,
          [cohort.id, input.week, dueAt, viewer.userId],
        );
      } else {
        await tx.query(`DELETE FROM cohort_due_date WHERE cohort_id = $1 AND week = $2`, [cohort.id, input.week]);
      }
      const applies = dueAt ?? programmeDueAt(cohort, input.week, definition.modules.find((m) => m.week === input.week)!.assignment!);
      await tx.query(
        `UPDATE submission s SET due_at = $1::timestamptz, late = s.submitted_at > $1::timestamptz
           FROM enrolment e
          WHERE e.id = s.enrolment_id AND e.cohort_id = $2 AND s.week = $3
            AND NOT EXISTS (SELECT 1 FROM due_extension x WHERE x.enrolment_id = s.enrolment_id AND x.week = s.week)`,
        [applies, cohort.id, input.week],
      );
    });
    return (await this.cohortDueDates(viewer, cohort.id)).find((w) => w.week === input.week)!;
  }

  /** Grants, moves or (with no dueAt) removes one learner's extension for a week. */
  async setExtension(viewer: Viewer, input: SetDueExtensionInput): Promise<LearnerDueModel> {
    const enrolment = await this.db
      .getRepository(EnrolmentEntity)
      .findOne({ where: { id: input.enrolmentId }, relations: { cohort: true } });
    if (!enrolment) throw notFound('Enrolment');
    const cohort = await this.cohorts.requireStaff(viewer, enrolment.cohortId).catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'NOT_FOUND' ? notFound('Enrolment') : e;
    });
    const definition = (await this.grading.definitions([cohort])).get(cohort.programmeVersionId)!;
    const dueAt = input.dueAt ?? null;
    this.checkDue(cohort, definition, input.week, dueAt);
    const due = await this.db.transaction(async (tx) => {
      if (dueAt) {
        await tx.query(
          `INSERT INTO due_extension (enrolment_id, week, due_at, reason, granted_by_id) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (enrolment_id, week) DO UPDATE SET due_at = EXCLUDED.due_at, reason = EXCLUDED.reason, granted_by_id = EXCLUDED.granted_by_id, granted_at = now()`,
          [enrolment.id, input.week, dueAt, input.reason?.trim() || null, viewer.userId],
        );
      } else {
        await tx.query(`DELETE FROM due_extension WHERE enrolment_id = $1 AND week = $2`, [enrolment.id, input.week]);
      }
      const applies = (await this.load(cohort, definition, tx, [enrolment.id])).forLearner(enrolment.id, input.week);
      await tx.query(
        `UPDATE submission SET due_at = $1::timestamptz, late = submitted_at > $1::timestamptz WHERE enrolment_id = $2 AND week = $3`,
        [applies.dueAt, enrolment.id, input.week],
      );
      return applies;
    });
    return { enrolmentId: enrolment.id, week: input.week, dueAt: due.dueAt, source: due.source };
  }

  private checkDue(cohort: CohortEntity, definition: ProgrammeDefinition, week: number, dueAt: Date | null): void {
    if (!definition.modules.find((m) => m.week === week)?.assignment)
      throw badInput(msg.weekHasNoAssignment.with({ week }), { field: 'week' });
    if (!dueAt) return;
    if (Number.isNaN(dueAt.getTime())) throw badInput(msg.dueAtNotDate, { field: 'dueAt' });
    const opens = weekOpensAt(cohort.startDate, cohort.timeZone, week);
    if (dueAt.getTime() <= opens.getTime()) {
      throw badInput(msg.dueBeforeWeekOpens.with({ week, opens: formatInZone(opens, cohort.timeZone) }), { field: 'dueAt' });
    }
  }
}
