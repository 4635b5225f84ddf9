import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assessRisk, EnrolmentStatus, type ProgrammeDefinition, type RiskAssessment, type WeekStanding } from '@beacon/domain';
import { ProgrammeService } from '../programme/programme.service.js';
import { applicableDueAt, currentWeekAt, opensAt } from '../cohort/week-calendar.util.js';
import { RISK_COHORTS_SQL, RISK_INPUTS_SQL, type RiskCohortRow, type RiskRow } from './outcome.queries.js';

export interface EnrolmentRisk extends RiskAssessment {
  enrolmentId: string;
  cohortId: string;
  partnerId: string;
  userId: string;
  name: string;
  email: string;
}

/**
 * Gathers what the risk rules of @beacon/domain look at — the calendar left, attendance,
 * each week's standing and due point, coaching held and booked, the latest activity — for
 * many enrolments in two queries, and applies them.
 */
@Injectable()
export class RiskService {
  constructor(
    private readonly db: DataSource,
    private readonly programmes: ProgrammeService,
  ) {}

  /** Active enrolments of the cohorts (or only `enrolmentIds` of them), in learner-name order. */
  async assess(
    cohortIds: string[],
    opts: { now?: Date; enrolmentIds?: string[]; statuses?: EnrolmentStatus[]; db?: DataSource | EntityManager } = {},
  ): Promise<EnrolmentRisk[]> {
    if (cohortIds.length === 0) return [];
    const now = opts.now ?? new Date();
    const db = opts.db ?? this.db;
    const [cohortRows, rows]: [RiskCohortRow[], RiskRow[]] = await Promise.all([
      db.query(RISK_COHORTS_SQL, [cohortIds]),
      db.query(RISK_INPUTS_SQL, [cohortIds, now, opts.statuses ?? [EnrolmentStatus.ACTIVE], opts.enrolmentIds ?? null]),
    ]);
    const versions = await this.programmes.versionsById(cohortRows.map((c) => c.programme_version_id));
    const cohorts = new Map(cohortRows.map((c) => [c.id, c]));
    return rows.map((r) => {
      const c = cohorts.get(r.cohort_id)!;
      const d: ProgrammeDefinition = versions.get(c.programme_version_id)!.definition;
      const overrides = new Map(c.overrides.map((o) => [o.week, new Date(o.dueAt)]));
      const extensions = new Map(r.extensions.map((x) => [x.week, new Date(x.dueAt)]));
      const byWeek = new Map(r.weeks.map((w) => [w.week, w]));
      const cohort = { startDate: c.start_date, timeZone: c.time_zone };
      const weeks = d.modules
        .filter((m) => m.assignment)
        .map((m) => ({
          week: m.week,
          dueAt: applicableDueAt({
            cohort,
            week: m.week,
            assignment: m.assignment!,
            cohortOverride: overrides.get(m.week),
            extension: extensions.get(m.week),
          }).dueAt,
          standing: standingOf(byWeek.get(m.week)),
        }));
      const assessment = assessRisk({
        criteria: d.completion,
        now,
        startsAt: opensAt(c.start_date, c.time_zone, 1),
        endsAt: opensAt(c.start_date, c.time_zone, d.weeks + 1),
        currentWeek: currentWeekAt(c.start_date, c.time_zone, d.weeks, now),
        weeks,
        attendance: { held: r.held, attended: r.attended, excused: r.excused, remaining: r.remaining },
        coaching: { held: r.coaching_held, upcoming: r.coaching_booked },
        lastActivityAt: r.last_activity ? new Date(r.last_activity) : null,
      });
      return {
        ...assessment,
        enrolmentId: r.id,
        cohortId: r.cohort_id,
        partnerId: c.partner_id,
        userId: r.user_id,
        name: r.name,
        email: r.email,
      };
    });
  }
}

function standingOf(w: RiskRow['weeks'][number] | undefined): WeekStanding {
  if (!w) return 'NOT_SUBMITTED';
  if (w.passed) return 'PASSED';
  if (w.state !== 'RELEASED') return 'AWAITING_REVIEW';
  return w.verdict === 'FAIL' ? 'FAILED' : w.verdict === 'REVISE' ? 'REVISE' : 'AWAITING_REVIEW';
}
