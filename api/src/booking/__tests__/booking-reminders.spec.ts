import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { formatInZone } from '@beacon/domain';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { QueueService } from '../../jobs/queue.service.js';
import { QueueName } from '../../jobs/queue-name.enum.js';
import { BookingRemindersService } from '../jobs/booking-reminders.service.js';
import { bookingReminderFiresAt, bookingReminderJobId, type BookingReminderData } from '../jobs/booking-reminder.job.js';
import { BOOK, CANCEL, RESCHEDULE, ZONE, coachWithHours, learnerIn, runningCohort, slotsOf, type Person } from './booking-fixtures.js';
import { runsAt, waitFor } from '../../test/wait.js';

// Delayed jobs, removal and replacement must behave the same on both BullMQ backends.
describe.each(['redis', 'postgres'] as const)('coaching reminders follow the booking (BullMQ on %s)', (backend) => {
  let t: TestApp;
  let db: DataSource;
  let queue: Queue;
  let reminders: BookingRemindersService;
  let cohortId: string;
  let coach: Person;
  let learner: Person & { enrolmentId: string };
  let bookingId: string;
  let slots: string[];

  const jobs = async (id: string) => ({
    day: await queue.getJob(bookingReminderJobId(id, '24h')),
    hour: await queue.getJob(bookingReminderJobId(id, '1h')),
  });
  const outbox = (prefix: string): Promise<{ to_email: string; subject: string; body: string; status: string }[]> =>
    db.query(`SELECT to_email, subject, body, status FROM outbox_message WHERE dedupe_key LIKE $1 ORDER BY to_email`, [`${prefix}%`]);

  beforeAll(async () => {
    t = await startTestApp({ queue: backend });
    db = t.beacon.db;
    queue = t.beacon.app.get(QueueService, { strict: false }).queue(QueueName.Booking);
    reminders = t.beacon.app.get(BookingRemindersService, { strict: false });
    cohortId = (await runningCohort(t, `COIM George ${backend}`)).id;
    coach = await coachWithHours(t, cohortId, 'reminding.coach@example.org', {}, 'America/New_York');
    learner = await learnerIn(t, cohortId, 'reminded.learner@example.org');
    slots = await slotsOf(t, learner, coach.id, 3, 6);
  }, 60_000);
  afterAll(() => t?.close());

  it('a booking gets two delayed reminders, a day and an hour before, with stable ids', async () => {
    const r = await t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at: slots[0] }, { token: learner.token });
    expect(r.errors).toBeUndefined();
    bookingId = r.data!.bookCoaching.id;
    const { day, hour } = await jobs(bookingId);
    for (const [job, lead] of [
      [day, '24h'],
      [hour, '1h'],
    ] as const) {
      expect(job!.name).toBe('booking-reminder');
      expect(job!.id).toBe(`booking-reminder-${bookingId}-${lead}`);
      expect(job!.id).not.toContain(':');
      expect(job!.data).toEqual({ bookingId, lead, startsAt: slots[0] });
      expect(await job!.isDelayed()).toBe(true);
      expect(Math.abs(runsAt(job!) - bookingReminderFiresAt(slots[0], lead).getTime())).toBeLessThan(5_000);
    }
  });

  it('moving the booking moves its reminders; the old job, if it ran anyway, sends nothing', async () => {
    const stale = (await jobs(bookingId)).hour!.data as BookingReminderData;
    const r = await t.gql(RESCHEDULE, { id: bookingId, at: slots[3] }, { token: learner.token });
    expect(r.errors).toBeUndefined();
    const { day, hour } = await jobs(bookingId);
    expect(day!.data).toEqual({ bookingId, lead: '24h', startsAt: slots[3] });
    expect(hour!.data).toEqual({ bookingId, lead: '1h', startsAt: slots[3] });
    expect(Math.abs(runsAt(hour!) - bookingReminderFiresAt(slots[3], '1h').getTime())).toBeLessThan(5_000);
    expect(await reminders.sendReminder(stale)).toBe(0);
    expect(await outbox(`booking-reminder/${bookingId}/`)).toEqual([]);
  });

  it('a reminder delivered twice writes one message to each, in their own zone', async () => {
    const data = (await jobs(bookingId)).day!.data as BookingReminderData;
    const [a, b] = await Promise.all([reminders.sendReminder(data), reminders.sendReminder(data)]);
    expect(a + b).toBe(2);
    expect(await reminders.sendReminder(data)).toBe(0);
    const messages = await outbox(`booking-reminder/${bookingId}/24h/`);
    expect(messages.map((m) => m.to_email)).toEqual([learner.email, coach.email].sort());
    const toLearner = messages.find((m) => m.to_email === learner.email)!;
    const toCoach = messages.find((m) => m.to_email === coach.email)!;
    expect(toLearner.subject).toBe(`Coaching tomorrow with reminding.coach (${formatInZone(new Date(slots[3]), ZONE)})`);
    expect(toLearner.body).toContain(`starts ${formatInZone(new Date(slots[3]), ZONE)} (${ZONE})`);
    expect(toCoach.body).toContain(`starts ${formatInZone(new Date(slots[3]), 'America/New_York')} (America/New_York)`);
  });

  it('cancelling drops the reminders, and a job that escaped removal sends nothing', async () => {
    const data = (await jobs(bookingId)).hour!.data as BookingReminderData;
    const r = await t.gql(CANCEL, { id: bookingId }, { token: learner.token });
    expect(r.errors).toBeUndefined();
    const gone = await jobs(bookingId);
    expect(gone.day).toBeFalsy();
    expect(gone.hour).toBeFalsy();
    expect(await reminders.sendReminder(data)).toBe(0);
    expect(await outbox(`booking-reminder/${bookingId}/1h/`)).toEqual([]);
    // syncing a cancelled booking does not bring them back
    await reminders.sync(bookingId);
    expect(Object.values(await jobs(bookingId)).filter(Boolean)).toEqual([]);
  });

  it('the worker sends the reminder when it falls due', async () => {
    // a session an hour and two seconds from now: its 1-hour reminder is due in two seconds
    const [{ id }] = await db.query(
      `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, now() + interval '1 hour 2 seconds', now() + interval '1 hour 47 minutes 2 seconds') RETURNING id`,
      [learner.enrolmentId, cohortId, learner.id, coach.id],
    );
    await reminders.sync(id);
    const { day } = await jobs(id);
    expect(day).toBeFalsy();
    const sent = await waitFor(async () => {
      const rows = await outbox(`booking-reminder/${id}/1h/`);
      return rows.length === 2 && rows.every((m) => m.status === 'KEPT') ? rows : undefined;
    });
    // to the learner (sorted first), then to the coach: each names the other
    expect(sent.map((m) => m.subject)).toEqual(['Coaching in 1 hour with reminding.coach', 'Coaching in 1 hour with reminded.learner']);
  }, 30_000);
});
