import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENROLMENT_STATUSES, median, outcomeRate } from '@beacon/domain';
import type { TenantScope, Viewer } from '../auth/viewer.js';
import { notFound } from '../common/errors.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import type { CohortStatus } from '../cohort/entities/cohort.entity.js';
import { measuresQuery, type MeasureFilter, type MeasureRow } from './outcome.queries.js';
import { RiskService, type EnrolmentRisk } from './risk.service.js';
import type {
  AtRiskLearnerModel,
  CohortOutcomeModel,
  CredentialPathModel,
  NetworkOutcomesModel,
  OutcomeMeasuresFields,
  PartnerOutcomeModel,
  PartnerOutcomesModel,
} from './dto/outcome.model.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NetworkFilter {
  programmeId?: string | null;
  programmeVersion?: number | null;
  from?: string | null;
  to?: string | null;
}

/** Measures of a row: DESIGN.md "Outcome measures", rates 0–1, null where nothing counts yet. */
function measures(r: MeasureRow, atRisk: number | null): OutcomeMeasuresFields {
  return {
    enrolled: r.enrolled,
    active: r.active,
    withdrawn: r.withdrawn,
    certified: r.certified,
    certifiedRate: outcomeRate(r.certified_of_ended, r.certified_base),
    onTimeRate: outcomeRate(r.on_time, r.certified_of_ended),
    medianDaysToCredential: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
    goalReachedRate: outcomeRate(r.goal_reached, r.goal_checked),
    attendanceRate: outcomeRate(r.present, r.recorded),
    atRisk,
  };
}

/** The outcome dashboards: a partner's cohorts and totals, the network's partners side by side, the at-risk lists. */
@Injectable()
export class OutcomeService {
  constructor(
    private readonly db: DataSource,
    private readonly risk: RiskService,
    private readonly access: CohortAccessService,
  ) {}

  async partnerOutcomes(scope: TenantScope, partnerId: string, now = new Date()): Promise<PartnerOutcomesModel> {
    if (!UUID.test(partnerId) || !scope.includes(partnerId)) throw notFound('Partner');
    const [partner]: { name: string }[] = await this.db.query(`SELECT name FROM partner WHERE id = $1`, [partnerId]);
    if (!partner) throw notFound('Partner');
    const { rows, atRisk } = await this.measure({ partnerIds: [partnerId], programmeId: null, programmeVersion: null, from: null, to: null, now });
    const totals = rows.find((r) => r.cohort_id === null);
    const cohorts = rows.filter((r) => r.cohort_id !== null);
    return {
      partnerId,
      partnerName: partner.name,
      totals: totals ? measures(totals, partnerAtRisk(cohorts, atRisk)) : emptyMeasures(),
      cohorts: cohorts.map((r) => cohortOutcome(r, atRisk)),
    };
  }

  async networkOutcomes(filter: NetworkFilter, now = new Date()): Promise<NetworkOutcomesModel> {
    const { rows, atRisk } = await this.measure({
      partnerIds: null,
      programmeId: filter.programmeId ?? null,
      programmeVersion: filter.programmeVersion ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      now,
    });
    const partners: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM partner ORDER BY name`);
    const totals = new Map(rows.filter((r) => r.cohort_id === null).map((r) => [r.partner_id, r]));
    const result: PartnerOutcomeModel[] = partners.map((p) => {
      const t = totals.get(p.id);
      const cohorts = rows.filter((r) => r.cohort_id !== null && r.partner_id === p.id);
      return { partnerId: p.id, partnerName: p.name, cohorts: cohorts.length, ...(t ? measures(t, partnerAtRisk(cohorts, atRisk)) : emptyMeasures()) };
    });
    const med = (pick: (m: OutcomeMeasuresFields) => number | null) => median(result.map(pick).filter((v): v is number => v !== null));
    const keys = ['enrolled', 'active', 'withdrawn', 'certified', 'certifiedRate', 'onTimeRate', 'medianDaysToCredential', 'goalReachedRate', 'attendanceRate', 'atRisk'] as const;
    const medianRow = Object.fromEntries(keys.map((k) => [k, med((m) => m[k])])) as Record<(typeof keys)[number], number | null>;
    return { partners: result, median: medianRow };
  }

  /** The measures' rows, and the at-risk count of each running cohort. */
  private async measure(f: MeasureFilter): Promise<{ rows: MeasureRow[]; atRisk: Map<string, number> }> {
    const rows: MeasureRow[] = await this.db.query(...measuresQuery(f));
    const running = rows.filter((r) => r.cohort_id !== null && r.running).map((r) => r.cohort_id!);
    const atRisk = new Map<string, number>(running.map((id) => [id, 0]));
    for (const r of await this.risk.assess(running, { now: f.now })) {
      if (r.reasons.length) atRisk.set(r.cohortId, atRisk.get(r.cohortId)! + 1);
    }
    return { rows, atRisk };
  }

  /** A cohort's learners at risk, the unreachable first: for its coaches, its partner's admins and admins. */
  async atRiskLearners(viewer: Viewer, cohortId: string, now = new Date()): Promise<AtRiskLearnerModel[]> {
    await this.access.requireStaff(viewer, cohortId);
    const assessed = (await this.risk.assess([cohortId], { now })).filter((r) => r.reasons.length > 0);
    assessed.sort((a, b) => Number(a.path.reachable) - Number(b.path.reachable) || b.reasons.length - a.reasons.length || a.name.localeCompare(b.name));
    return assessed.map(atRiskModel);
  }

  /** One learner's path to the credential: for the learner, or staff of the cohort. */
  async pathToCredential(viewer: Viewer, enrolmentId: string, now = new Date()): Promise<CredentialPathModel> {
    if (!UUID.test(enrolmentId)) throw notFound('Enrolment');
    const [e]: { cohort_id: string; user_id: string }[] = await this.db.query(`SELECT cohort_id, user_id FROM enrolment WHERE id = $1`, [enrolmentId]);
    if (!e) throw notFound('Enrolment');
    if (e.user_id !== viewer.userId) {
      await this.access.requireStaff(viewer, e.cohort_id).catch(() => {
        throw notFound('Enrolment');
      });
    }
    const [r] = await this.risk.assess([e.cohort_id], { now, enrolmentIds: [enrolmentId], statuses: [...ENROLMENT_STATUSES] });
    return pathModel(r);
  }
}

export function atRiskModel(r: EnrolmentRisk): AtRiskLearnerModel {
  return {
    enrolmentId: r.enrolmentId,
    learner: { id: r.userId, name: r.name, email: r.email },
    reasons: r.reasons,
    credentialReachable: r.path.reachable,
    summary: r.path.summary,
    path: pathModel(r),
  };
}

export function pathModel(r: EnrolmentRisk): CredentialPathModel {
  return {
    enrolmentId: r.enrolmentId,
    reachable: r.path.reachable,
    summary: r.path.summary,
    sessionsRemaining: r.path.attendance.remaining,
    sessionsToAttend: r.path.attendance.toAttend,
    weeksToPass: r.path.weeksToPass,
    weeksLost: r.path.weeksLost,
    coachingToHold: r.path.coachingToHold,
    coachingBooked: r.path.coachingBooked,
    reasons: r.reasons,
  };
}

function cohortOutcome(r: MeasureRow, atRisk: Map<string, number>): CohortOutcomeModel {
  return {
    cohortId: r.cohort_id!,
    cohortName: r.cohort_name!,
    startDate: r.start_date!,
    endDate: r.end_date!,
    status: r.status as CohortStatus,
    ended: r.ended === true,
    programmeCode: r.programme_code!,
    programmeVersion: r.programme_version!,
    ...measures(r, atRisk.get(r.cohort_id!) ?? null),
  };
}

/** The partner's at-risk total over its running cohorts; null when none is running. */
function partnerAtRisk(cohorts: MeasureRow[], atRisk: Map<string, number>): number | null {
  const counts = cohorts.filter((c) => atRisk.has(c.cohort_id!)).map((c) => atRisk.get(c.cohort_id!)!);
  return counts.length ? counts.reduce((a, b) => a + b, 0) : null;
}

function emptyMeasures(): OutcomeMeasuresFields {
  return {
    enrolled: 0,
    active: 0,
    withdrawn: 0,
    certified: 0,
    certifiedRate: null,
    onTimeRate: null,
    medianDaysToCredential: null,
    goalReachedRate: null,
    attendanceRate: null,
    atRisk: null,
  };
}
