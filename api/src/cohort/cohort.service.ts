import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { planSessions, type ProgrammeDefinition } from '@beacon/domain';
import { badInput, commonErrors, conflict, notFound } from '../common/errors.js';
import { Role } from '../common/role.js';
import { TenantScope, type Viewer } from '../auth/viewer.js';
import type { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity.js';
import { CohortEntity, CohortStatus } from './entities/cohort.entity.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { CohortAccessService } from './cohort-access.service.js';
import { currentWeekAt, endDate, weekStatesAt } from './week-calendar.util.js';
import { ScheduleService } from './jobs/schedule.service.js';
import { ProgrammeService } from '../programme/programme.service.js';
import type { CohortModel } from './dto/cohort.model.js';
import type { CreateCohortInput, DuplicateCohortInput, UpdateCohortInput } from './dto/cohort.input.js';
import { cohortFacts, standingEnrolment, type CohortFacts } from './cohort.queries.js';
import { cohortErrors as msg } from './cohort.errors.js';

/** Today's date (YYYY-MM-DD) on the zone's calendar. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A start already behind us is usually a typo: it is taken only when the caller says so. */
function refusePastStart(startDate: string, timeZone: string, confirmed: boolean): void {
  if (!confirmed && startDate < todayIn(timeZone)) {
    throw badInput(msg.pastStart.with({ startDate, timeZone }), { field: 'startDate', reason: 'PAST_START' });
  }
}

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
  async listForStaff(
    viewer: Viewer,
    filter: { partnerId?: string; status?: CohortStatus },
    first: number,
    offset: number,
  ): Promise<CohortEntity[]> {
    const qb = this.db.getRepository(CohortEntity).createQueryBuilder('c');
    if (!viewer.isAdmin) {
      qb.where(
        '(c.partner_id = ANY(:partnerIds) OR (c.partner_id = ANY(:coachPartnerIds) AND EXISTS (SELECT 1 FROM cohort_coach cc WHERE cc.cohort_id = c.id AND cc.user_id = :userId)))',
        {
          partnerIds: viewer.partnerIdsAs([Role.PARTNER_ADMIN]),
          coachPartnerIds: viewer.partnerIdsAs([Role.COACH]),
          userId: viewer.userId,
        },
      );
    }
    if (filter.partnerId) qb.andWhere('c.partner_id = :partnerId', { partnerId: filter.partnerId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    return qb.orderBy('c.start_date', 'DESC').addOrderBy('c.name', 'ASC').take(first).skip(offset).getMany();
  }

  async create(scope: TenantScope, input: CreateCohortInput, coachIds: string[] = []): Promise<CohortEntity> {
    if (!scope.includes(input.partnerId)) throw notFound('Partner');
    refusePastStart(input.startDate, input.timeZone, input.confirmPastStart);
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
      if (coachIds.length)
        await tx.query(`INSERT INTO cohort_coach (cohort_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
          c.id,
          coachIds,
        ]);
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
      const [{ taken }] = await this.db.query(
        `SELECT count(*)::int AS taken FROM enrolment WHERE cohort_id = $1 AND ${standingEnrolment('enrolment')}`,
        [id],
      );
      if (input.capacity < taken) throw badInput(msg.capacityBelowTaken.with({ taken }), { field: 'capacity' });
      patch.capacity = input.capacity;
    }
    if (input.communityLinks) patch.communityLinks = input.communityLinks.map((l) => ({ label: l.label, url: l.url }));
    const moves = input.startDate != null && input.startDate !== cohort.startDate;
    if (moves) {
      if (cohort.status !== CohortStatus.DRAFT && cohort.status !== CohortStatus.OPEN)
        throw conflict(msg.startDateFixed.with({ status: cohort.status.toLowerCase() }));
      refusePastStart(input.startDate!, cohort.timeZone, input.confirmPastStart ?? false);
      patch.startDate = input.startDate!;
    }
    if (Object.keys(patch).length === 0) throw badInput(commonErrors.nothingToChange);
    await this.db.transaction(async (tx) => {
      // only from the status we saw: a cohort that started meanwhile keeps its dates
      const res = await tx.getRepository(CohortEntity).update({ id: cohort.id, status: cohort.status }, patch);
      if (!res.affected) throw conflict(msg.changedMeanwhile);
      if (moves) {
        // the planned sessions move with the start; their hosts and links stay
        const version = (await this.programmes.versionsById([cohort.programmeVersionId])).get(cohort.programmeVersionId)!;
        const planned = sessionsFromPlan({ ...cohort, startDate: patch.startDate! }, version.definition);
        await tx.query(
          `UPDATE live_session s SET starts_at = p.starts_at
             FROM unnest($2::int[], $3::timestamptz[]) AS p(plan_index, starts_at)
            WHERE s.cohort_id = $1 AND s.plan_index = p.plan_index`,
          [cohort.id, planned.map((x) => x.planIndex), planned.map((x) => (x.startsAt as Date).toISOString())],
        );
      }
    });
    if (moves) await this.schedule.scheduleCohort(cohort.id);
    return { ...cohort, ...patch };
  }

  /** A new draft like an existing cohort (from its programme's latest published version), with its coaches. */
  async duplicate(viewer: Viewer, id: string, input: DuplicateCohortInput): Promise<CohortEntity> {
    const source = await this.access.requirePartnerAdmin(viewer, id);
    const version = (await this.programmes.versionsById([source.programmeVersionId])).get(source.programmeVersionId)!;
    const coaches: { user_id: string }[] = await this.db.query(`SELECT user_id FROM cohort_coach WHERE cohort_id = $1`, [id]);
    return this.create(
      TenantScope.of([source.partnerId]),
      {
        partnerId: source.partnerId,
        programmeId: version.programmeId,
        name: input.name,
        startDate: input.startDate,
        timeZone: source.timeZone,
        capacity: source.capacity,
        communityLinks: source.communityLinks,
        confirmPastStart: input.confirmPastStart,
      },
      coaches.map((c) => c.user_id),
    );
  }

  /** Deletes a draft nobody is enrolled in (with its sessions and coach assignments). */
  async remove(viewer: Viewer, id: string): Promise<void> {
    const cohort = await this.access.requirePartnerAdmin(viewer, id);
    if (cohort.status !== CohortStatus.DRAFT) throw conflict(msg.onlyDraftDeleted.with({ status: cohort.status.toLowerCase() }));
    await this.db.transaction(async (tx) => {
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM enrolment WHERE cohort_id = $1`, [id]);
      if (n > 0) throw conflict(msg.hasEnrolments.with({ count: n }));
      const res = await tx.query(`DELETE FROM cohort WHERE id = $1 AND status = 'DRAFT'`, [id]);
      if (!res[1]) throw conflict(msg.changedMeanwhile);
    });
    await this.schedule.scheduleCohort(id);
  }

  async setStatus(viewer: Viewer, id: string, status: CohortStatus): Promise<CohortEntity> {
    const cohort = await this.access.requirePartnerAdmin(viewer, id);
    if (cohort.status === status) return cohort;
    if (!NEXT_STATUS[cohort.status].includes(status)) {
      throw conflict(msg.statusMove.with({ from: cohort.status.toLowerCase(), to: status.toLowerCase() }));
    }
    // only move from the status we saw, so two admins clicking at once cannot skip a step
    const res = await this.db.getRepository(CohortEntity).update({ id, status: cohort.status }, { status });
    if (!res.affected) throw conflict(msg.changedMeanwhile);
    await this.schedule.scheduleCohort(id);
    return { ...cohort, status };
  }

  async assignCoach(viewer: Viewer, cohortId: string, userId: string): Promise<void> {
    const cohort = await this.access.requirePartnerAdmin(viewer, cohortId);
    const isCoach = await this.db.query(`SELECT 1 FROM membership WHERE user_id = $1 AND partner_id = $2 AND role = 'COACH'`, [
      userId,
      cohort.partnerId,
    ]);
    if (!isCoach.length) throw badInput(msg.notACoach, { field: 'userId' });
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
        `SELECT c.id, p.id AS partner_id, p.name AS partner_name, ${cohortFacts('c')}
           FROM cohort c JOIN partner p ON p.id = c.partner_id WHERE c.id = ANY($1)`,
        [ids],
      ),
    ]);
    const factsById = new Map(facts.map((f) => [f.id, f]));
    return cohorts.map((c) => cohortModel(c, versionById.get(c.programmeVersionId)!, factsById.get(c.id), now));
  }
}

/** A cohort's GraphQL model from its row, its (immutable) programme version and its facts (cohort.queries.ts). */
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
      language: d.language ?? 'en',
      version: v.version,
      weeks: d.weeks,
      coachingSessions: d.coachingSessions,
      minAttendancePercent: d.completion.minAttendancePercent,
      credentialName: d.credential.name,
    },
    currentWeek: currentWeekAt(c.startDate, c.timeZone, d.weeks, now),
    weeks: weekStatesAt(c.startDate, c.timeZone, d.weeks, now).map((w) => ({
      ...w,
      title: d.modules.find((m) => m.week === w.week)?.title ?? `Week ${w.week}`,
    })),
    communityLinks: c.communityLinks,
    coaches: f?.coaches ?? [],
  };
}

/** The live sessions of a new cohort, dated from the programme's session plan in the cohort's zone. */
export function sessionsFromPlan(
  c: Pick<CohortEntity, 'id' | 'startDate' | 'timeZone'>,
  d: ProgrammeDefinition,
): Partial<LiveSessionEntity>[] {
  return planSessions(c.startDate, c.timeZone, d.sessionPlan).map((s) => ({
    cohortId: c.id,
    week: s.week,
    title: s.title,
    startsAt: s.startsAt,
    durationMinutes: s.durationMinutes,
    planIndex: s.planIndex,
  }));
}
