import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { formatInZone, weekOpensAt } from '@beacon/domain';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import {
  assignCoach,
  enrolLearner,
  makeCohort,
  makeProgrammeVersion,
  makeUser,
  partnerIdBySlug,
  userIdByEmail,
} from '../../../test/factories.js';
import { QueueService } from '../../../jobs/queue.service.js';
import { QueueName } from '../../../jobs/queue-name.enum.js';
import type { LiveSessionEntity } from '../../entities/live-session.entity.js';
import { ScheduleService } from '../schedule.service.js';
import { weekOpenedJobId, type WeekOpenedData } from '../week-opened.job.js';
import { reminderFiresAt, sessionReminderJobId, type SessionReminderData } from '../session-reminder.job.js';
import { runsAt, waitFor } from '../../../test/wait.js';

const DAY = 24 * 60 * 60_000;
const ZONE = 'Africa/Johannesburg';
/** a calendar date `days` from today (UTC); the cohort's own zone decides the instants */
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
// Delayed jobs, removal and replacement must behave the same on both BullMQ backends.
describe.each(['redis', 'postgres'] as const)('a cohort’s week openings and session reminders (BullMQ on %s)', (backend) => {
  let t: TestApp;
  let db: DataSource;
  let schedule: ScheduleService;
  let queue: Queue;
  let versionId: string;
  let africaId: string;
  let learnerId: string;
  let coachId: string;
  let farCoachId: string;

  // a cohort starting in two weeks: everything in its calendar is still to come
  let cohortId: string;
  let sessions: LiveSessionEntity[];
  let expectedIds: string[];

  const outbox = (keyPrefix: string): Promise<{ to_email: string; subject: string; body: string; status: string }[]> =>
    db.query(`SELECT to_email, subject, body, status FROM outbox_message WHERE dedupe_key LIKE $1 ORDER BY to_email`, [`${keyPrefix}%`]);
  const delayedIds = async () => (await queue.getDelayed(0, -1)).map((j) => j.id!);
  const jobData = async <T>(id: string) => (await queue.getJob(id))!.data as T;

  beforeAll(async () => {
    t = await startTestApp({ queue: backend });
    db = t.beacon.db;
    schedule = t.beacon.app.get(ScheduleService, { strict: false });
    queue = t.beacon.app.get(QueueService, { strict: false }).queue(QueueName.Schedule);
    versionId = (await makeProgrammeVersion(db)).id;
    africaId = await partnerIdBySlug(db, 'africa');
    learnerId = await userIdByEmail(db, 'learner@beacon.test');
    coachId = await userIdByEmail(db, 'coach@beacon.test');
    farCoachId = (await makeUser(db, { email: 'far.coach@example.org', name: 'Riley Far', timeZone: 'America/New_York' })).id;

    const made = await makeCohort(db, {
      partnerId: africaId,
      programmeVersionId: versionId,
      name: 'COIM Durban',
      startDate: dateIn(14),
      timeZone: ZONE,
      status: 'OPEN',
    });
    cohortId = made.cohort.id;
    sessions = made.sessions;
    await enrolLearner(db, cohortId, learnerId);
    await enrolLearner(db, cohortId, (await makeUser(db, { email: 'invited@example.org' })).id, 'INVITED');
    await enrolLearner(db, cohortId, (await makeUser(db, { email: 'withdrawn@example.org' })).id, 'WITHDRAWN');
    await assignCoach(db, cohortId, coachId);
    await assignCoach(db, cohortId, farCoachId);
    expectedIds = [
      ...[1, 2, 3, 4, 5, 6, 7].map((w) => weekOpenedJobId(cohortId, w)),
      ...sessions.flatMap((s) => [sessionReminderJobId(s.id, '24h'), sessionReminderJobId(s.id, '1h')]),
    ];
  }, 60_000);
  afterAll(() => t?.close());

  it('scheduling a cohort adds a delayed job per week opening and two reminders per session, with stable ids', async () => {
    await schedule.scheduleCohort(cohortId);
    const ids = await delayedIds();
    expect(ids.sort()).toEqual([...expectedIds].sort());
    expect(ids.some((id) => id.includes(':'))).toBe(false);

    const week3 = (await queue.getJob(weekOpenedJobId(cohortId, 3)))!;
    const opensAt = weekOpensAt(dateIn(14), ZONE, 3);
    expect(week3.name).toBe('week-opened');
    expect(week3.data).toEqual({ cohortId, week: 3, opensAt: opensAt.toISOString() });
    expect(Math.abs(runsAt(week3) - opensAt.getTime())).toBeLessThan(5_000);

    const s = sessions[4];
    for (const lead of ['24h', '1h'] as const) {
      const job = (await queue.getJob(sessionReminderJobId(s.id, lead)))!;
      expect(job.name).toBe('session-reminder');
      expect(job.data).toEqual({ sessionId: s.id, lead, startsAt: s.startsAt.toISOString() });
      expect(Math.abs(runsAt(job) - reminderFiresAt(s.startsAt, lead).getTime())).toBeLessThan(5_000);
    }
  });

  it('scheduling it again changes nothing (same jobs, none added)', async () => {
    const before = await queue.getJob(sessionReminderJobId(sessions[0].id, '24h'));
    await schedule.scheduleCohort(cohortId);
    await schedule.scheduleSession(sessions[0].id);
    expect((await delayedIds()).sort()).toEqual([...expectedIds].sort());
    expect((await queue.getJob(sessionReminderJobId(sessions[0].id, '24h')))!.timestamp).toBe(before!.timestamp);
  });

  it('a reminder delivered twice writes one message per recipient, in their own time zone with the join link', async () => {
    const s = sessions[1];
    const data = await jobData<SessionReminderData>(sessionReminderJobId(s.id, '24h'));
    const [first, second] = await Promise.all([schedule.sendSessionReminder(data), schedule.sendSessionReminder(data)]);
    expect(first + second).toBe(3);
    expect(await schedule.sendSessionReminder(data)).toBe(0);

    // the active learner and both coaches; not the invited or withdrawn learner
    const messages = await outbox(`session-reminder/${s.id}/24h/`);
    expect(messages.map((m) => m.to_email)).toEqual(['coach@beacon.test', 'far.coach@example.org', 'learner@beacon.test']);
    const toLearner = messages.find((m) => m.to_email === 'learner@beacon.test')!;
    expect(toLearner.subject).toBe(`Tomorrow: ${s.title} (${formatInZone(s.startsAt, ZONE)})`);
    expect(toLearner.body).toContain(`starts ${formatInZone(s.startsAt, ZONE)} (your time zone, Africa/Johannesburg)`);
    expect(toLearner.body).toContain(`Join here: ${s.joinUrl}`);
    const toFarCoach = messages.find((m) => m.to_email === 'far.coach@example.org')!;
    expect(toFarCoach.body).toContain(`starts ${formatInZone(s.startsAt, 'America/New_York')} (your time zone, America/New_York)`);
    expect(formatInZone(s.startsAt, 'America/New_York')).not.toBe(formatInZone(s.startsAt, ZONE));
  });

  it('a moved session gets new reminders, and a job that escaped removal sends nothing', async () => {
    const s = sessions[2];
    const stale = await jobData<SessionReminderData>(sessionReminderJobId(s.id, '1h'));
    const movedTo = new Date(s.startsAt.getTime() + DAY + 30 * 60_000);
    await db.query(`UPDATE live_session SET starts_at = $2 WHERE id = $1`, [s.id, movedTo]);
    await schedule.scheduleSession(s.id);

    for (const lead of ['24h', '1h'] as const) {
      const job = (await queue.getJob(sessionReminderJobId(s.id, lead)))!;
      expect(job.data).toEqual({ sessionId: s.id, lead, startsAt: movedTo.toISOString() });
      expect(Math.abs(runsAt(job) - reminderFiresAt(movedTo, lead).getTime())).toBeLessThan(5_000);
    }
    expect((await delayedIds()).sort()).toEqual([...expectedIds].sort());

    expect(await schedule.sendSessionReminder(stale)).toBe(0);
    expect(await outbox(`session-reminder/${s.id}/`)).toEqual([]);
    const fresh = await jobData<SessionReminderData>(sessionReminderJobId(s.id, '1h'));
    expect(await schedule.sendSessionReminder(fresh)).toBe(3);
    const [m] = await outbox(`session-reminder/${s.id}/1h/${movedTo.toISOString()}/`);
    expect(m.subject).toBe(`Starting in 1 hour: ${s.title}`);
    expect(m.body).toContain(formatInZone(movedTo, m.to_email === 'far.coach@example.org' ? 'America/New_York' : ZONE));
  });

  it('a cancelled session’s reminders are removed, and scheduling the cohort does not bring them back', async () => {
    const s = sessions[3];
    const data = await jobData<SessionReminderData>(sessionReminderJobId(s.id, '24h'));
    await db.query(`UPDATE live_session SET cancelled_at = now() WHERE id = $1`, [s.id]);
    await schedule.dropSession(s.id);
    const gone = [sessionReminderJobId(s.id, '24h'), sessionReminderJobId(s.id, '1h')];
    for (const id of gone) expect(await queue.getJob(id)).toBeFalsy();

    await schedule.scheduleCohort(cohortId);
    expect((await delayedIds()).sort()).toEqual(expectedIds.filter((id) => !gone.includes(id)).sort());
    // a job that was already running when the session was cancelled
    expect(await schedule.sendSessionReminder(data)).toBe(0);
    expect(await outbox(`session-reminder/${s.id}/`)).toEqual([]);
  });

  it('week opened: one message per active learner of a running cohort, once, with the week’s times in their zone', async () => {
    const start = dateIn(-2);
    const { cohort } = await makeCohort(db, {
      partnerId: africaId,
      programmeVersionId: versionId,
      name: 'COIM Pretoria',
      startDate: start,
      timeZone: ZONE,
      status: 'RUNNING',
    });
    const farLearner = await makeUser(db, { email: 'far.learner@example.org', name: 'Sam Far', timeZone: 'America/New_York' });
    await enrolLearner(db, cohort.id, learnerId);
    await enrolLearner(db, cohort.id, farLearner.id);
    await enrolLearner(db, cohort.id, (await makeUser(db, { email: 'invited.too@example.org' })).id, 'INVITED');
    await assignCoach(db, cohort.id, coachId);

    // week 1 opened two days ago: only weeks 2 to 7 are still to be scheduled
    await schedule.scheduleCohort(cohort.id);
    const weekJobs = (await delayedIds()).filter((id) => id.startsWith(`week-opened-${cohort.id}-`));
    expect(weekJobs.sort()).toEqual([2, 3, 4, 5, 6, 7].map((w) => weekOpenedJobId(cohort.id, w)).sort());

    const data: WeekOpenedData = { cohortId: cohort.id, week: 1, opensAt: weekOpensAt(start, ZONE, 1).toISOString() };
    const [a, b] = await Promise.all([schedule.sendWeekOpened(data), schedule.sendWeekOpened(data)]);
    expect(a + b).toBe(2);
    expect(await schedule.sendWeekOpened(data)).toBe(0);
    const messages = await outbox(`week-opened/${cohort.id}/w1/`);
    expect(messages.map((m) => m.to_email)).toEqual(['far.learner@example.org', 'learner@beacon.test']);
    expect(messages[0].subject).toBe('Week 1 is open: Introduction to an Outside-In world');
    const kickOff = (
      await db.query(`SELECT starts_at FROM live_session WHERE cohort_id = $1 AND title = 'Kick-off and introductions'`, [cohort.id])
    )[0].starts_at as Date;
    expect(messages[0].body).toContain(formatInZone(kickOff, 'America/New_York'));
    expect(messages[1].body).toContain(formatInZone(kickOff, ZONE));
    expect(messages[1].body).toMatch(/This week's assignment, "Assignment 1: .*", is due /);

    // a job for an opening that has moved since, and a job for a draft cohort, send nothing
    expect(await schedule.sendWeekOpened({ ...data, week: 2, opensAt: new Date(Date.now() - DAY).toISOString() })).toBe(0);
    const { cohort: draft } = await makeCohort(db, {
      partnerId: africaId,
      programmeVersionId: versionId,
      startDate: start,
      timeZone: ZONE,
      status: 'DRAFT',
    });
    await enrolLearner(db, draft.id, learnerId);
    expect(await schedule.sendWeekOpened({ ...data, cohortId: draft.id })).toBe(0);
    expect(await outbox(`week-opened/${draft.id}/`)).toEqual([]);
  });

  it('the worker sends a reminder when it falls due', async () => {
    const { cohort } = await makeCohort(db, {
      partnerId: africaId,
      programmeVersionId: versionId,
      name: 'COIM Soweto',
      startDate: dateIn(-1),
      timeZone: ZONE,
      status: 'RUNNING',
    });
    await enrolLearner(db, cohort.id, learnerId);
    // an extra session an hour and two seconds from now: its 1-hour reminder is due in two seconds
    const [{ id }] = await db.query(
      `INSERT INTO live_session (cohort_id, week, title, starts_at, duration_minutes, join_url)
       VALUES ($1, 1, 'Extra clinic', now() + interval '1 hour 2 seconds', 30, 'https://meet.example.org/extra') RETURNING id`,
      [cohort.id],
    );
    await schedule.scheduleSession(id);
    expect(await queue.getJob(sessionReminderJobId(id, '24h'))).toBeFalsy();
    const [m] = await waitFor(async () => {
      const rows = await outbox(`session-reminder/${id}/1h/`);
      return rows.length && rows[0].status === 'KEPT' ? rows : undefined;
    });
    expect(m).toMatchObject({ to_email: 'learner@beacon.test', subject: 'Starting in 1 hour: Extra clinic' });
    expect(m.body).toContain('Join here: https://meet.example.org/extra');
  }, 30_000);

  it('a cohort that is archived has its pending jobs removed', async () => {
    await db.query(`UPDATE cohort SET status = 'ARCHIVED' WHERE id = $1`, [cohortId]);
    await schedule.scheduleCohort(cohortId);
    const left = new Set(await delayedIds());
    expect(expectedIds.filter((id) => left.has(id))).toEqual([]);
  });
});
