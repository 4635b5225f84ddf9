import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueService } from '../../jobs/queue.service.js';
import { NotificationService } from '../../notification/notification.service.js';
import { BookingStatus } from '../entities/booking.entity.js';
import { forEmail, loadBookingDetails } from '../booking-details.query.js';
import { bookingReminderEmail } from '../booking-emails.util.js';
import {
  BOOKING_REMINDER_LEADS,
  BookingReminderJob,
  bookingReminderFiresAt,
  bookingReminderJobId,
  type BookingReminderData,
  type BookingReminderLead,
} from './booking-reminder.job.js';

const LEADS = Object.keys(BOOKING_REMINDER_LEADS) as BookingReminderLead[];

/**
 * Coaching reminders as delayed jobs: added when a booking is made, moved when it moves, removed
 * when it is cancelled. Stable job ids make scheduling idempotent, and the handler re-reads the
 * booking, so a job that escaped removal sends nothing.
 */
@Injectable()
export class BookingRemindersService implements OnModuleInit {
  private readonly log = new Logger('BookingReminders');

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.queues.handle(BookingReminderJob, (data) => this.sendReminder(data));
    this.queues.atWorkerStart('booking reminder sweep', () => this.sweep());
  }

  /** Upcoming bookings whose reminders were never added (demo data, a queue that was down). */
  private async sweep(): Promise<void> {
    try {
      const rows: { id: string }[] = await this.db.query(
        `SELECT id FROM booking WHERE status = 'CONFIRMED' AND starts_at > now() ORDER BY starts_at LIMIT 5000`,
      );
      for (const r of rows) await this.sync(r.id);
    } catch (e) {
      this.log.warn(`booking reminder sweep failed: ${(e as Error).message}`);
    }
  }

  /** (Re)schedules a booking's reminders from what the database says now. */
  async sync(bookingId: string): Promise<void> {
    const [b]: { starts_at: Date; status: BookingStatus }[] = await this.db.query(`SELECT starts_at, status FROM booking WHERE id = $1`, [
      bookingId,
    ]);
    if (!b || b.status !== BookingStatus.CONFIRMED) return this.drop(bookingId);
    await Promise.all(
      LEADS.map((lead) =>
        this.queues.putDelayed(
          BookingReminderJob,
          { bookingId, lead, startsAt: b.starts_at.toISOString() },
          bookingReminderFiresAt(b.starts_at, lead),
        ),
      ),
    );
  }

  /** A cancelled booking: its reminders are removed. */
  async drop(bookingId: string): Promise<void> {
    await Promise.all(LEADS.map((lead) => this.queues.removeDelayed(BookingReminderJob.queue, bookingReminderJobId(bookingId, lead))));
  }

  /** Handler: one reminder to the learner and one to the coach, unless the job is stale. */
  async sendReminder(data: BookingReminderData): Promise<number> {
    const [b] = await loadBookingDetails(this.db, 'b.id = $1', [data.bookingId]);
    // cancelled, moved since the job was added, or too late to remind
    if (!b || b.status !== BookingStatus.CONFIRMED || b.startsAt.getTime() !== Date.parse(data.startsAt)) return 0;
    if (Date.now() >= b.startsAt.getTime()) return 0;
    const booking = forEmail(b);
    const emails = [
      {
        ...bookingReminderEmail(b.learner, 'LEARNER', booking, data.lead),
        dedupeKey: `booking-reminder/${b.id}/${data.lead}/${data.startsAt}/${b.learner.id}`,
      },
      {
        ...bookingReminderEmail(b.coach, 'COACH', booking, data.lead),
        dedupeKey: `booking-reminder/${b.id}/${data.lead}/${data.startsAt}/${b.coach.id}`,
      },
    ];
    const ids = await this.db.transaction((tx) => this.notifications.writeOnce(tx, emails));
    await this.notifications.dispatch(ids);
    return ids.length;
  }
}
