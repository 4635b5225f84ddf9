import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENROLMENT_STATUSES, median, outcomeRate } from '@beacon/domain';
import type { TenantScope, Viewer } from '../auth/viewer.js';
import { notFound } from '../common/errors.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import type { CohortStatus } from '../cohort/entities/cohort.entity.js';
import {
  COHORT_MEASURES_SQL,
  outcomeCohortsQuery,
  STORE_COHORT_MEASURES_SQL,
  type CohortMeasureRow,
  type MeasureFilter,
  type OutcomeCohortRow,
} from './outcome.queries.js';
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

/** How long a cohort's at-risk count may be taken from the roll-up when none of its inputs changed: risk also moves with the clock. */
export const RISK_SNAPSHOT_MAX_AGE_MS = 5 * 60_000;
/** The measures' roll-up does not move with the clock; an hour bounds what a write racing a recomputation could leave behind. */
export const OUTCOME_SNAPSHOT_MAX_AGE_MS = 60 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NetworkFilter {
  programmeId?: string | null;
  programmeVersion?: number | null;
  from?: string | null;
  to?: string | null;
}

/** A cohort's measures, or a partner's summed over its cohorts (certification and on-time counted in ended cohorts only). */
interface Tally {
  enrolled: number;
  active: number;
  withdrawn: number;
  certified: number;
  certifiedOfEnded: number;
  certifiedBase: number;
  onTime: number;
  days: number[];
  goalReached: number;
  goalChecked: number;
  present: number;
  recorded: number;
}

function tally(cohorts: MeasuredCohort[]): Tally {
  const t: Tally = {
    enrolled: 0,
    active: 0,
    withdrawn: 0,
    certified: 0,
    certifiedOfEnded: 0,
    certifiedBase: 0,
    onTime: 0,
    days: [],
    goalReached: 0,
    goalChecked: 0,
    present: 0,
    recorded: 0,
  };
  for (const { row: c, m } of cohorts) {
    t.enrolled += m.enrolled;
    t.active += m.active;
    t.withdrawn += m.withdrawn;
    t.certified += m.certified;
    if (c.ended) {
      t.certifiedOfEnded += m.certified;
      t.certifiedBase += m.certified_base;
      t.onTime += m.on_time;
    }
    t.days.push(...m.days);
    t.goalReached += m.goal_reached;
    t.goalChecked += m.goal_checked;
    t.present += m.present;
    t.recorded += m.recorded;
  }
  return t;
}

/** Measures of a tally: DESIGN.md "Outcome measures", rates 0–1, null where nothing counts yet. */
function measures(t: Tally, atRisk: number | null): OutcomeMeasuresFields {
  const days = median(t.days);
  return {
    enrolled: t.enrolled,
    active: t.active,
    withdrawn: t.withdrawn,
    certified: t.certified,
    certifiedRate: outcomeRate(t.certifiedOfEnded, t.certifiedBase),
    onTimeRate: outcomeRate(t.onTime, t.certifiedOfEnded),
    medianDaysToCredential: days === null ? null : Math.round(days * 10) / 10,
    goalReachedRate: outcomeRate(t.goalReached, t.goalChecked),
    attendanceRate: outcomeRate(t.present, t.recorded),
    atRisk,
  };
}

interface RiskSnapshot {
  cohortId: string;
  assessed: number;
  /** the at-risk learners, the unreachable first */
  learners: EnrolmentRisk[];
}

interface MeasuredCohort {
  row: OutcomeCohortRow;
  m: CohortMeasureRow;
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
    const { cohorts, atRisk } = await this.measure({
      partnerIds: [partnerId],
      programmeId: null,
      programmeVersion: null,
      from: null,
      to: null,
      now,
    });
    return {
      partnerId,
      partnerName: partner.name,
      totals: cohorts.length ? measures(tally(cohorts), partnerAtRisk(cohorts, atRisk)) : emptyMeasures(),
      cohorts: cohorts.map((c) => cohortOutcome(c, atRisk)),
    };
  }

  async networkOutcomes(filter: NetworkFilter, now = new Date()): Promise<NetworkOutcomesModel> {
    const { cohorts, atRisk } = await this.measure({
      partnerIds: null,
      programmeId: filter.programmeId ?? null,
      programmeVersion: filter.programmeVersion ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      now,
    });
    const partners: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM partner ORDER BY name`);
    const byPartner = new Map<string, MeasuredCohort[]>();
    for (const c of cohorts) byPartner.set(c.row.partner_id, [...(byPartner.get(c.row.partner_id) ?? []), c]);
    const result: PartnerOutcomeModel[] = partners.map((p) => {
      const own = byPartner.get(p.id) ?? [];
      return {
        partnerId: p.id,
        partnerName: p.name,
        cohorts: own.length,
        ...(own.length ? measures(tally(own), partnerAtRisk(own, atRisk)) : emptyMeasures()),
      };
    });
    const med = (pick: (m: OutcomeMeasuresFields) => number | null) => median(result.map(pick).filter((v): v is number => v !== null));
    const keys = [
      'enrolled',
      'active',
      'withdrawn',
      'certified',
      'certifiedRate',
      'onTimeRate',
      'medianDaysToCredential',
      'goalReachedRate',
      'attendanceRate',
      'atRisk',
    ] as const;
    const medianRow = Object.fromEntries(keys.map((k) => [k, med((m) => m[k])])) as Record<(typeof keys)[number], number | null>;
    return { partners: result, median: medianRow };
  }

  /**
   * The cohorts' measures from the cohort_outcome roll-up (rows a trigger dropped, or older than
   * OUTCOME_SNAPSHOT_MAX_AGE_MS, are measured again and stored), and each running cohort's at-risk count.
   */
  private async measure(f: MeasureFilter): Promise<{ cohorts: MeasuredCohort[]; atRisk: Map<string, number> }> {
    const rows: OutcomeCohortRow[] = await this.db.query(
      ...outcomeCohortsQuery(f, new Date(f.now.getTime() - OUTCOME_SNAPSHOT_MAX_AGE_MS)),
    );
    const missing = rows.filter((r) => !r.cohort_id).map((r) => r.id);
    const measured = new Map<string, CohortMeasureRow>(rows.filter((r) => r.cohort_id).map((r) => [r.id, r as CohortMeasureRow]));
    if (missing.length) {
      const fresh: CohortMeasureRow[] = await this.db.query(COHORT_MEASURES_SQL, [missing]);
      await this.db.query(STORE_COHORT_MEASURES_SQL, [JSON.stringify(fresh), f.now]);
      for (const m of fresh) measured.set(m.cohort_id, m);
    }
    const cohorts = rows.map((row) => ({ row, m: measured.get(row.id)! }));
    const running = rows.filter((r) => r.running).map((r) => r.id);
    return { cohorts, atRisk: await this.atRiskCounts(running, f.now) };
  }

  /**
   * The at-risk count of each cohort, from the cohort_risk roll-up where its snapshot is younger
   * than RISK_SNAPSHOT_MAX_AGE_MS (a trigger drops it when the risk rules' inputs change);
   * the others are assessed now and their snapshots stored.
   */
  async atRiskCounts(cohortIds: string[], now = new Date()): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (cohortIds.length === 0) return counts;
    const fresh: { cohort_id: string; at_risk: number }[] = await this.db.query(
      `SELECT cohort_id, at_risk FROM cohort_risk WHERE cohort_id = ANY($1::uuid[]) AND computed_at > $2 AND computed_at <= $3`,
      [cohortIds, new Date(now.getTime() - RISK_SNAPSHOT_MAX_AGE_MS), now],
    );
    for (const r of fresh) counts.set(r.cohort_id, r.at_risk);
    const stale = cohortIds.filter((id) => !counts.has(id));
    if (stale.length === 0) return counts;
    const snapshots = await this.assessAndStore(stale, now);
    for (const snap of snapshots) counts.set(snap.cohortId, snap.learners.length);
    return counts;
  }

  /** Assesses every active learner of the cohorts and stores each cohort's at-risk learners, the unreachable first. */
  private async assessAndStore(cohortIds: string[], now: Date): Promise<RiskSnapshot[]> {
    const snapshots = new Map<string, RiskSnapshot>(cohortIds.map((id) => [id, { cohortId: id, assessed: 0, learners: [] }]));
    for (const r of await this.risk.assess(cohortIds, { now })) {
      const snap = snapshots.get(r.cohortId)!;
      snap.assessed += 1;
      if (r.reasons.length) snap.learners.push(r);
    }
    for (const snap of snapshots.values()) {
      snap.learners.sort(
        (a, b) =>
          Number(a.path.reachable) - Number(b.path.reachable) || b.reasons.length - a.reasons.length || a.name.localeCompare(b.name),
      );
    }
    await this.storeRiskSnapshots([...snapshots.values()], now);
    return [...snapshots.values()];
  }

  /** Stores what an assessment found, unless a newer snapshot is already there. */
  private async storeRiskSnapshots(snapshots: RiskSnapshot[], at: Date): Promise<void> {
    if (snapshots.length === 0) return;
    await this.db.query(
      `INSERT INTO cohort_risk (cohort_id, assessed, at_risk, learners, computed_at)
       SELECT s.cohort_id, s.assessed, jsonb_array_length(s.learners), s.learners, $2
         FROM jsonb_to_recordset($1::jsonb) AS s(cohort_id uuid, assessed int, learners jsonb)
        WHERE EXISTS (SELECT 1 FROM cohort c WHERE c.id = s.cohort_id)
       ON CONFLICT (cohort_id) DO UPDATE SET assessed = EXCLUDED.assessed, at_risk = EXCLUDED.at_risk, learners = EXCLUDED.learners, computed_at = EXCLUDED.computed_at
        WHERE cohort_risk.computed_at <= EXCLUDED.computed_at`,
      [JSON.stringify(snapshots.map((s) => ({ cohort_id: s.cohortId, assessed: s.assessed, learners: s.learners }))), at],
    );
  }

  /** A cohort's fresh at-risk snapshot, if the roll-up holds one. */
  private async freshLearnersAtRisk(cohortId: string, now: Date): Promise<EnrolmentRisk[] | null> {
    const [row]: { learners: EnrolmentRisk[] }[] = await this.db.query(
      `SELECT learners FROM cohort_risk WHERE cohort_id = $1 AND computed_at > $2 AND computed_at <= $3`,
      [cohortId, new Date(now.getTime() - RISK_SNAPSHOT_MAX_AGE_MS), now],
    );
    return row ? row.learners : null;
  }

  /** A cohort's learners at risk, the unreachable first: for its coaches, its partner's admins and admins. */
  async atRiskLearners(viewer: Viewer, cohortId: string, now = new Date()): Promise<AtRiskLearnerModel[]> {
    await this.access.requireStaff(viewer, cohortId);
    const learners = (await this.freshLearnersAtRisk(cohortId, now)) ?? (await this.assessAndStore([cohortId], now))[0].learners;
    return learners.map(atRiskModel);
  }

  /** One learner's path to the credential: for the learner, or staff of the cohort. */
  async pathToCredential(viewer: Viewer, enrolmentId: string, now = new Date()): Promise<CredentialPathModel> {
    if (!UUID.test(enrolmentId)) throw notFound('Enrolment');
    const [e]: { cohort_id: string; user_id: string }[] = await this.db.query(`SELECT cohort_id, user_id FROM enrolment WHERE id = $1`, [
      enrolmentId,
    ]);
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

function cohortOutcome({ row: r, m }: MeasuredCohort, atRisk: Map<string, number>): CohortOutcomeModel {
  return {
    cohortId: r.id,
    cohortName: r.name,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status as CohortStatus,
    ended: r.ended,
    programmeCode: r.programme_code,
    programmeVersion: r.programme_version,
    ...measures(tally([{ row: r, m }]), atRisk.get(r.id) ?? null),
  };
}

/** The partner's at-risk total over its running cohorts; null when none is running. */
function partnerAtRisk(cohorts: MeasuredCohort[], atRisk: Map<string, number>): number | null {
  const counts = cohorts.filter((c) => atRisk.has(c.row.id)).map((c) => atRisk.get(c.row.id)!);
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
