import type { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import type { ProgrammeDefinition } from '@beacon/domain';
import { Role } from '../common/role.js';
import { UserEntity } from '../auth/entities/user.entity.js';
import { MembershipEntity } from '../partner/entities/membership.entity.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity.js';
import { CohortEntity, CohortStatus } from '../cohort/entities/cohort.entity.js';
import { EnrolmentEntity, EnrolmentStatus } from '../cohort/entities/enrolment.entity.js';
import { LiveSessionEntity } from '../cohort/entities/live-session.entity.js';
import { AttendanceStatus } from '../cohort/entities/attendance.entity.js';
import { sessionsFromPlan } from '../cohort/cohort.service.js';
import { COIM, COIP } from './coim-programme.js';

const EXTRA_LEARNERS: [string, string][] = [
  ['Ama Owusu', 'ama.owusu'],
  ['Bongani Khumalo', 'bongani.khumalo'],
  ['Chidi Okeke', 'chidi.okeke'],
  ['Fatima Bello', 'fatima.bello'],
  ['Johan van der Merwe', 'johan.vandermerwe'],
  ['Naledi Sithole', 'naledi.sithole'],
  ['Tendai Moyo', 'tendai.moyo'],
  ['Zanele Mthembu', 'zanele.mthembu'],
  ['Yaw Boateng', 'yaw.boateng'],
  ['Grace Wanjiru', 'grace.wanjiru'],
];

export interface DemoContext {
  tx: EntityManager;
  passwordHash: string;
  partners: Map<string, string>;
  users: Map<string, string>;
  adminId: string;
  now: Date;
}

async function publish(tx: EntityManager, d: ProgrammeDefinition, adminId: string): Promise<ProgrammeVersionEntity> {
  return (await ProgrammeService.createWithFirstVersion(tx, d, { publishedById: adminId })).version;
}

/**
 * The demo's programmes and cohorts, dated from today so the story is always current: an
 * Africa cohort in its third week, one open for enrolment, one completed with graduates.
 */
export async function loadDemoCohorts(ctx: DemoContext): Promise<void> {
  const { tx, partners, users, now } = ctx;
  const coim = await publish(tx, COIM, ctx.adminId);
  const coip = await publish(tx, COIP, ctx.adminId);

  const learnerIds: string[] = [];
  for (const [name, handle] of EXTRA_LEARNERS) {
    const u = await tx
      .getRepository(UserEntity)
      .save(
        tx
          .getRepository(UserEntity)
          .create({ email: `${handle}@example.org`, name, timeZone: 'Africa/Johannesburg', passwordHash: ctx.passwordHash }),
      );
    await tx.getRepository(MembershipEntity).insert({ userId: u.id, role: Role.LEARNER, partnerId: partners.get('africa')! });
    learnerIds.push(u.id);
  }

  const monday = (zone: string, weeksFromNow: number) =>
    DateTime.fromJSDate(now, { zone }).startOf('week').plus({ weeks: weeksFromNow }).toISODate()!;
  const daysAgo = (zone: string, days: number) => DateTime.fromJSDate(now, { zone }).startOf('day').minus({ days }).toISODate()!;
  const month = (date: string) => DateTime.fromISO(date).toFormat('LLLL yyyy');

  const makeCohort = async (c: {
    partner: string;
    version: ProgrammeVersionEntity;
    city: string;
    start: string;
    zone: string;
    status: CohortStatus;
    capacity: number;
    coach?: string;
  }) => {
    const cohort = await tx.getRepository(CohortEntity).save(
      tx.getRepository(CohortEntity).create({
        partnerId: partners.get(c.partner)!,
        programmeVersionId: c.version.id,
        name: `${c.version.definition.code} ${c.city} — ${month(c.start)}`,
        startDate: c.start,
        timeZone: c.zone,
        capacity: c.capacity,
        status: c.status,
        communityLinks: [
          {
            label: 'Cohort community',
            url: `https://community.example.org/${c.version.definition.code.toLowerCase()}-${c.city.toLowerCase().replace(/\s+/g, '-')}`,
          },
        ],
      }),
    );
    const sessions = sessionsFromPlan(cohort, c.version.definition).map((s, i) => ({
      ...s,
      hostId: c.coach ?? null,
      joinUrl: `https://meet.example.org/${cohort.id.slice(0, 8)}-${i + 1}`,
    }));
    const saved = await tx.getRepository(LiveSessionEntity).save(sessions.map((s) => tx.getRepository(LiveSessionEntity).create(s)));
    if (c.coach) await tx.query(`INSERT INTO cohort_coach (cohort_id, user_id) VALUES ($1, $2)`, [cohort.id, c.coach]);
    return { cohort, sessions: saved };
  };

  const enrol = async (
    cohortId: string,
    userId: string,
    status: EnrolmentStatus,
    goal: string | null = null,
    completedAt: Date | null = null,
  ) =>
    tx
      .getRepository(EnrolmentEntity)
      .save(tx.getRepository(EnrolmentEntity).create({ cohortId, userId, status, outcomeGoal: goal, completedAt }));

  /** attendance for sessions already held; `absentEvery` makes some learners miss some */
  const attend = async (sessions: LiveSessionEntity[], enrolments: EnrolmentEntity[], recorder: string) => {
    const held = sessions.filter((s) => s.startsAt.getTime() < now.getTime());
    for (const [i, e] of enrolments.entries()) {
      for (const [j, s] of held.entries()) {
        const status =
          (i + j) % 9 === 4 ? AttendanceStatus.ABSENT : (i + j) % 13 === 7 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
        await tx.query(
          `INSERT INTO attendance (live_session_id, enrolment_id, status, recorded_by_id, recorded_at) VALUES ($1, $2, $3, $4, $5)`,
          [s.id, e.id, status, recorder, new Date(s.startsAt.getTime() + s.durationMinutes * 60_000)],
        );
      }
    }
  };

  const progress = async (e: EnrolmentEntity, d: ProgrammeDefinition, weeksDone: number, extra = 0) => {
    const items = d.modules.filter((m) => m.week <= weeksDone).flatMap((m) => m.contentItems.map((c) => c.id));
    const more =
      d.modules
        .find((m) => m.week === weeksDone + 1)
        ?.contentItems.slice(0, extra)
        .map((c) => c.id) ?? [];
    for (const id of [...items, ...more])
      await tx.query(`INSERT INTO content_progress (enrolment_id, content_item_id) VALUES ($1, $2)`, [e.id, id]);
  };

  const coach = users.get('coach@beacon.test')!;

  // Africa, running: on the third day of its third week whatever today is, so week 3's assignment is due in a few days
  const running = await makeCohort({
    partner: 'africa',
    version: coim,
    city: 'Johannesburg',
    start: daysAgo('Africa/Johannesburg', 16),
    zone: 'Africa/Johannesburg',
    status: CohortStatus.RUNNING,
    capacity: 25,
    coach,
  });
  const runningEnrolments = [
    await enrol(
      running.cohort.id,
      users.get('learner@beacon.test')!,
      EnrolmentStatus.ACTIVE,
      'Cut repeat calls in our contact centre by 20% by removing the causes of failure demand.',
    ),
  ];
  // one after another: they share the transaction's connection
  for (const [i, id] of learnerIds.slice(0, 8).entries()) {
    runningEnrolments.push(
      await enrol(
        running.cohort.id,
        id,
        EnrolmentStatus.ACTIVE,
        i % 3 === 0 ? 'Lead an outside-in redesign of our onboarding journey.' : null,
      ),
    );
  }
  await attend(running.sessions, runningEnrolments, coach);
  for (const [i, e] of runningEnrolments.entries()) await progress(e, COIM, i === 0 ? 2 : 1 + (i % 2), i === 0 ? 1 : i % 3);

  // Africa, open for enrolment: starts in three weeks
  const open = await makeCohort({
    partner: 'africa',
    version: coim,
    city: 'Cape Town',
    start: monday('Africa/Johannesburg', 3),
    zone: 'Africa/Johannesburg',
    status: CohortStatus.OPEN,
    capacity: 30,
    coach,
  });
  await enrol(open.cohort.id, learnerIds[8], EnrolmentStatus.ACTIVE);
  await enrol(open.cohort.id, learnerIds[9], EnrolmentStatus.ACTIVE);

  // Africa, completed twelve weeks ago: the graduate's cohort, with its full history
  const done = await makeCohort({
    partner: 'africa',
    version: coim,
    city: 'Accra',
    start: monday('Africa/Accra', -12),
    zone: 'Africa/Accra',
    status: CohortStatus.COMPLETED,
    capacity: 20,
    coach,
  });
  const completedAt = DateTime.fromISO(done.cohort.startDate).plus({ weeks: 7 }).toJSDate();
  const graduates = [
    await enrol(
      done.cohort.id,
      users.get('graduate@beacon.test')!,
      EnrolmentStatus.COMPLETED,
      'Become the outside-in lead for our bank’s retail division.',
      completedAt,
    ),
    await enrol(done.cohort.id, learnerIds[8], EnrolmentStatus.COMPLETED, null, completedAt),
    await enrol(done.cohort.id, learnerIds[9], EnrolmentStatus.COMPLETED, null, completedAt),
  ];
  await attend(done.sessions, graduates, coach);
  for (const g of graduates) await progress(g, COIM, 7);

  // the other partners have cohorts of their own, never visible to Africa's people
  await makeCohort({
    partner: 'americas',
    version: coim,
    city: 'New York',
    start: monday('America/New_York', 2),
    zone: 'America/New_York',
    status: CohortStatus.OPEN,
    capacity: 20,
  });
  await makeCohort({
    partner: 'americas',
    version: coip,
    city: 'Toronto',
    start: monday('America/Toronto', 6),
    zone: 'America/Toronto',
    status: CohortStatus.DRAFT,
    capacity: 15,
  });
  await makeCohort({
    partner: 'global',
    version: coip,
    city: 'London',
    start: monday('Europe/London', -1),
    zone: 'Europe/London',
    status: CohortStatus.RUNNING,
    capacity: 40,
  });
}
