import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { planSessions, type ProgrammeDefinition } from '@beacon/domain';
import { badInput, conflict, notFound } from '../common/errors.js';
import { Role } from '../common/role.js';
import type { TenantScope, Viewer } from '../auth/viewer.js';
import type { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity.js';
import { CohortEntity, CohortStatus } from './entities/cohort.entity.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { CohortAccessService } from './cohort-access.service.js';
import { currentWeekAt, endDate, weekStatesAt } from './week-calendar.util.js';
import { ScheduleService } from './jobs/schedule.service.js';
import { ProgrammeService } from '../programme/programme.service.js';
import type { CohortModel, PersonModel } from './dto/cohort.model.js';
import type { CreateCohortInput, UpdateCohortInput } from './dto/cohort.input.js';

/** The only moves a cohort's status can make. */
const NEXT_STATUS: Record<CohortStatus, CohortStatus[]> = {
  [CohortStatus.DRAFT]: [CohortStatus.OPEN],
  [CohortStatus.OPEN]: [CohortStatus.DRAFT, CohortStatus.RUNNING],
  [CohortStatus.RUNNING]: [CohortStatus.COMPLETED],
  [CohortStatus.COMPLETED]: [CohortStatus.ARCHIVED],
  [CohortStatus.ARCHIVED]: [],
};

@Injectable()
export class CohortService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly schedule: ScheduleService,
    private readonly programmes: ProgrammeService,
  ) {}

  /** Cohorts the viewer runs: all of their partners' as partner admin, their own as coach. */
  async listForStaff(viewer: Viewer, filter: { partnerId?: string; status?: CohortStatus }, first: number, offset: number): Promise<CohortEntity[]> {
    const qb = this.db.getRepository(CohortEntity).createQueryBuilder('c');
    if (!viewer.isAdmin) {
      qb.where('(c.partner_id = ANY(:partnerIds) OR (c.partner_id = ANY(:coachPartnerIds) AND EXISTS (SELECT 1 FROM cohort_coach cc WHERE cc.cohort_id = c.id AND cc.user_id = :userId)))', {
        partnerIds: viewer.partnerIdsAs([Role.PARTNER_ADMIN]),
        coachPartnerIds: viewer.partnerIdsAs([Role.COACH]),
        userId: viewer.userId,
      });
    }
    if (filter.partnerId) qb.andWhere('c.partner_id = :partnerId', { partnerId: filter.partnerId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    return qb.orderBy('c.start_date', 'DESC').addOrderBy('c.name', 'ASC').take(first).skip(offset).getMany();
  }

  async create(scope: TenantScope, input: CreateCohortInput): Promise<CohortEntity> {
    if (!scope.includes(input.partnerId)) throw notFound('Partner');
    const version = await this.programmes.latestPublishedVersion(input.programmeId);
    const cohort = await this.db.transaction(async (tx) => {
      const c = await tx.getRepository(CohortEntity).save(
        tx.getRepository(CohortEntity).create({
          partnerId: input.partnerId,
          programmeVersionId: version.id,
          name: input.name.trim(),
          startDate: input.startDate,
          timeZone: input.timeZone,
          capacity: input.capacity,
          communityLinks: input.communityLinks ?? [],
        }),
      );
      await tx.getRepository(LiveSessionEntity).insert(sessionsFromPlan(c, version.definition));
      return c;
    });
    await this.schedule.scheduleCohort(cohort.id);
    return cohort;
  }

  async update(viewer: Viewer, id: string, input: UpdateCohortInput): Promise<CohortEntity> {
    const cohort = await this.access.requirePartnerAdmin(viewer, id);
    const patch: Partial<CohortEntity> = {};
    if (input.name !== undefined && input.name !== null) patch.name = input.name.trim();
    if (input.capacity !== undefined && input.capacity !== null) {
      const [{ taken }] = await this.db.query(`SELECT count(*)::int AS taken FROM enrolment WHERE cohort_id = $1 AND status <> 'WITHDRAWN'`, [id]);
      if (input.capacity < taken) throw badInput(`The cohort already has ${taken} learners; capacity cannot be below that`, { field: 'capacity' });
      patch.capacity = input.capacity;
    }
    if (input.communityLinks) patch.communityLinks = input.communityLinks.map((l) => ({ label: l.label, url: l.url }));
    if (Object.keys(patch).length === 0) throw badInput('Nothing to change');
    await this.db.getRepository(CohortEntity).update({ id: cohort.id }, patch);
    return { ...cohort, ...patch };
  }

  async setStatus(viewer: Viewer, id: string, status: CohortStatus): Promise<CohortEntity> {
    const cohort = await this.access.requirePartnerAdmin(viewer, id);
    if (cohort.status === status) return cohort;
    if (!NEXT_STATUS[cohort.status].includes(status)) {
      throw conflict(`A ${cohort.status.toLowerCase()} cohort cannot become ${status.toLowerCase()}; next can be: ${NEXT_STATUS[cohort.status].join(', ').toLowerCase() || 'nothing'}`);
    }
    // only move from the status we saw, so two admins clicking at once cannot skip a step
    const res = await this.db.getRepository(CohortEntity).update({ id, status: cohort.status }, { status });
    if (!res.affected) throw conflict('The cohort changed meanwhile; reload and try again');
    await this.schedule.scheduleCohort(id);
    return { ...cohort, status };
  }

  async assignCoach(viewer: Viewer, cohortId: string, userId: string): Promise<void> {
    const cohort = await this.access.requirePartnerAdmin(viewer, cohortId);
    const isCoach = await this.db.query(`SELECT 1 FROM membership WHERE user_id = $1 AND partner_id = $2 AND role = 'COACH'`, [userId, cohort.partnerId]);
    if (!isCoach.length) throw badInput('Only a coach of this partner can be assigned; invite them as a coach first', { field: 'userId' });
    await this.db.query(`INSERT INTO cohort_coach (cohort_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [cohortId, userId]);
  }

  async unassignCoach(viewer: Viewer, cohortId: string, userId: string): Promise<void> {
    await this.access.requirePartnerAdmin(viewer, cohortId);
    await this.db.query(`DELETE FROM cohort_coach WHERE cohort_id = $1 AND user_id = $2`, [cohortId, userId]);
  }

  /** GraphQL models for many cohorts with a fixed number of queries. */
  async toModels(cohorts: CohortEntity[], now = new Date()): Promise<CohortModel[]> {
    if (cohorts.length === 0) return [];
    const ids = cohorts.map((c) => c.id);
    // the (immutable) versions come from memory; partner, seats and coaches in one query
    const [versionById, facts]: [Map<string, ProgrammeVersionEntity>, (CohortFacts & { id: string })[]] = await Promise.all([
      this.programmes.versionsById(cohorts.map((c) => c.programmeVersionId)),
      this.db.query(
        `SELECT c.id, p.id AS partner_id, p.name AS partner_name, ${COHORT_FACTS_SQL}
           FROM cohort c JOIN partner p ON p.id = c.partner_id WHERE c.id = ANY($1)`,
        [ids],
      ),
    ]);
    const factsById = new Map(facts.map((f) => [f.id, f]));
    return cohorts.map((c) => cohortModel(c, versionById.get(c.programmeVersionId)!, factsById.get(c.id), now));
  }
}

/** What a cohort's model needs beyond its row: select with `c` the cohort (and `p` its partner, as partner_id and partner_name). */
export const COHORT_FACTS_SQL = `(SELECT count(*)::int FROM enrolment e WHERE e.cohort_id = c.id AND e.status <> 'WITHDRAWN') AS seats,
                coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) ORDER BY u.name)
                            FROM cohort_coach cc JOIN "user" u ON u.id = cc.user_id WHERE cc.cohort_id = c.id), '[]') AS coaches`;

export interface CohortFacts {
  partner_id: string;
  partner_name: string;
  seats: number;
  coaches: PersonModel[];
}

/** A cohort's GraphQL model from its row, its (immutable) programme version and the facts of COHORT_FACTS_SQL. */
export function cohortModel(c: CohortEntity, v: ProgrammeVersionEntity, f: CohortFacts | undefined, now: Date): CohortModel {
  const d = v.definition;
  return {
    id: c.id,
    name: c.name,
    startDate: c.startDate,
    endDate: endDate(c.startDate, c.timeZone, d.weeks),
    timeZone: c.timeZone,
    capacity: c.capacity,
    seatsTaken: f?.seats ?? 0,
    status: c.status,
    partnerId: c.partnerId,
    partnerName: f && f.partner_id === c.partnerId ? f.partner_name : '',
    programme: {
      programmeId: v.programmeId,
      code: d.code,
      title: d.title,
      version: v.version,
      weeks: d.weeks,
      coachingSessions: d.coachingSessions,
      minAttendancePercent: d.completion.minAttendancePercent,
      credentialName: d.credential.name,
    },
    currentWeek: currentWeekAt(c.startDate, c.timeZone, d.weeks, now),
    weeks: weekStatesAt(c.startDate, c.timeZone, d.weeks, now).map((w) => ({ ...w, title: d.modules.find((m) => m.week === w.week)?.title ?? `Week ${w.week}` })),
    communityLinks: c.communityLinks,
    coaches: f?.coaches ?? [],
  };
}

/** The live sessions of a new cohort, dated from the programme's session plan in the cohort's zone. */
export function sessionsFromPlan(c: Pick<CohortEntity, 'id' | 'startDate' | 'timeZone'>, d: ProgrammeDefinition): Partial<LiveSessionEntity>[] {
  return planSessions(c.startDate, c.timeZone, d.sessionPlan).map((s) => ({
    cohortId: c.id,
    week: s.week,
    title: s.title,
    startsAt: s.startsAt,
    durationMinutes: s.durationMinutes,
    planIndex: s.planIndex,
  }));
}
