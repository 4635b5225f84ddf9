import { planSessions, type LocalDate, type ProgrammeDefinition } from '@beacon/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../auth/entities/user.entity.js';
import { CohortCoachEntity } from '../cohort/entities/cohort-coach.entity.js';
import { CohortEntity, CohortStatus } from '../cohort/entities/cohort.entity.js';
import { EnrolmentEntity, EnrolmentStatus } from '../cohort/entities/enrolment.entity.js';
import { LiveSessionEntity } from '../cohort/entities/live-session.entity.js';
import { COIM } from '../demo/coim-programme.js';
import { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity.js';

/**
 * Small factories for integration tests: each inserts exactly what it says, straight into the
 * database (no services, no jobs), so a test builds the world it needs in a few lines.
 */
export type Db = DataSource | EntityManager;

/**
 * Publishes `definition` as a new version of its programme (the programme is created on first
 * use, keyed by its code; later calls add version 2, 3, …) and returns the version.
 */
export async function makeProgrammeVersion(db: Db, definition: ProgrammeDefinition = COIM): Promise<ProgrammeVersionEntity> {
  // the no-op update returns the existing programme's id when the code is taken
  const [programme]: { id: string }[] = await db.query(
    `INSERT INTO programme (code, title, draft) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code
     RETURNING id`,
    [definition.code, definition.title, JSON.stringify(definition)],
  );
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO programme_version (programme_id, version, definition)
     SELECT $1, coalesce(max(version), 0) + 1, $2::jsonb FROM programme_version WHERE programme_id = $1
     RETURNING id`,
    [programme.id, JSON.stringify(definition)],
  );
  return db.getRepository(ProgrammeVersionEntity).findOneOrFail({ where: { id } });
}

export interface MakeCohortInput {
  partnerId: string;
  programmeVersionId: string;
  /** default: "<code> <start date> <zone>" */
  name?: string;
  startDate: LocalDate;
  timeZone: string;
  /** default 30 */
  capacity?: number;
  /** default OPEN (not the database's DRAFT): most stories need a cohort learners can be in */
  status?: CohortStatus | `${CohortStatus}`;
}

/**
 * A cohort and its live sessions, dated by `planSessions` from the pinned version's session
 * plan; each session gets a join link `https://meet.example.org/<cohortId>/<n>`.
 */
export async function makeCohort(db: Db, input: MakeCohortInput): Promise<{ cohort: CohortEntity; sessions: LiveSessionEntity[] }> {
  const version = await db.getRepository(ProgrammeVersionEntity).findOneOrFail({ where: { id: input.programmeVersionId } });
  const cohorts = db.getRepository(CohortEntity);
  const cohort = await cohorts.save(
    cohorts.create({
      partnerId: input.partnerId,
      programmeVersionId: input.programmeVersionId,
      name: input.name ?? `${version.definition.code} ${input.startDate} ${input.timeZone}`,
      startDate: input.startDate,
      timeZone: input.timeZone,
      capacity: input.capacity ?? 30,
      status: (input.status ?? CohortStatus.OPEN) as CohortStatus,
    }),
  );
  const sessionsRepo = db.getRepository(LiveSessionEntity);
  const planned = planSessions(input.startDate, input.timeZone, version.definition.sessionPlan);
  const sessions = await sessionsRepo.save(
    planned.map((p, i) =>
      sessionsRepo.create({
        cohortId: cohort.id,
        week: p.week,
        title: p.title,
        startsAt: p.startsAt,
        durationMinutes: p.durationMinutes,
        planIndex: p.planIndex,
        joinUrl: `https://meet.example.org/${cohort.id}/${i + 1}`,
      }),
    ),
  );
  return { cohort, sessions };
}

/** Enrols a user in a cohort (ACTIVE unless told otherwise); the capacity trigger applies. */
export async function enrolLearner(
  db: Db,
  cohortId: string,
  userId: string,
  status: EnrolmentStatus | `${EnrolmentStatus}` = EnrolmentStatus.ACTIVE,
): Promise<EnrolmentEntity> {
  const repo = db.getRepository(EnrolmentEntity);
  return repo.save(
    repo.create({
      cohortId,
      userId,
      status: status as EnrolmentStatus,
      withdrawnAt: status === EnrolmentStatus.WITHDRAWN ? new Date() : null,
      completedAt: status === EnrolmentStatus.COMPLETED ? new Date() : null,
    }),
  );
}

export async function assignCoach(db: Db, cohortId: string, userId: string): Promise<void> {
  await db.getRepository(CohortCoachEntity).upsert({ cohortId, userId }, ['cohortId', 'userId']);
}

/** A user without a password (cannot log in): a learner or coach for data-only stories. */
export async function makeUser(db: Db, input: { email: string; name?: string; timeZone?: string }): Promise<UserEntity> {
  const repo = db.getRepository(UserEntity);
  return repo.save(
    repo.create({ email: input.email.toLowerCase(), name: input.name ?? input.email.split('@')[0], timeZone: input.timeZone ?? 'UTC' }),
  );
}

export async function userIdByEmail(db: Db, email: string): Promise<string> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM "user" WHERE email = $1`, [email.toLowerCase()]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}

export async function partnerIdBySlug(db: Db, slug: string): Promise<string> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM partner WHERE slug = $1`, [slug]);
  if (!rows[0]) throw new Error(`no partner ${slug}`);
  return rows[0].id;
}
