import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isEndedCohort, isLiveCohort, pointInWeek, weekOpensAt, type ModuleDefinition } from '@beacon/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { QueueService } from '../../jobs/queue.service.js';
import { NotificationService, type Email } from '../../notification/notification.service.js';
import { WeekOpenedJob, weekOpenedJobId, type WeekOpenedData } from './week-opened.job.js';
import {
  REMINDER_LEADS,
  reminderFiresAt,
  SessionReminderJob,
  sessionReminderJobId,
  type ReminderLead,
  type SessionReminderData,
} from './session-reminder.job.js';
import { sessionReminderEmail, weekOpenedEmail, type Recipient } from './schedule-emails.util.js';
import { toLocale } from '../../i18n/i18n.js';

const LEADS = Object.keys(REMINDER_LEADS) as ReminderLead[];

interface SessionRow {
  id: string;
  starts_at: Date;
  cancelled_at: Date | null;
}

interface RecipientRow {
  id: string;
  email: string;
  name: string;
  time_zone: string;
  locale: string;
}

const recipient = (r: RecipientRow): Recipient => ({ email: r.email, name: r.name, timeZone: r.time_zone, locale: toLocale(r.locale) });

/**
 * The delayed jobs tied to a cohort's calendar: "week opened" messages and session reminders.
 * Scheduling is idempotent (stable job ids; calling it again changes only what changed), and
 * the handlers re-read the database, so a job that outlived a change sends nothing.
 */
@Injectable()
export class ScheduleService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queues.handle(WeekOpenedJob, (data) => this.sendWeekOpened(data));
    this.queues.handle(SessionReminderJob, (data) => this.sendSessionReminder(data));
  }

  /**
   * (Re)schedules a cohort: a week-opened job for each week still to open and reminders for
   * every session still to come. For a completed or archived cohort, removes pending ones.
   */
  async scheduleCohort(cohortId: string): Promise<void> {
    const [cohort]: { status: string; start_date: string; time_zone: string; weeks: number }[] = await this.db.query(
      `SELECT c.status, c.start_date::text AS start_date, c.time_zone, (pv.definition->>'weeks')::int AS weeks
         FROM cohort c JOIN programme_version pv ON pv.id = c.programme_version_id WHERE c.id = $1`,
      [cohortId],
    );
    if (!cohort) return;
    const sessions: SessionRow[] = await this.db.query(`SELECT id, starts_at, cancelled_at FROM live_session WHERE cohort_id = $1`, [
      cohortId,
    ]);
    const ended = isEndedCohort(cohort.status);
    const work: Promise<void>[] = [];
    for (let week = 1; week <= cohort.weeks; week++) {
      const opensAt = weekOpensAt(cohort.start_date, cohort.time_zone, week);
      const data: WeekOpenedData = { cohortId, week, opensAt: opensAt.toISOString() };
      work.push(
        ended
          ? this.queues.removeDelayed(WeekOpenedJob.queue, weekOpenedJobId(cohortId, week))
          : this.queues.putDelayed(WeekOpenedJob, data, opensAt),
      );
    }
    for (const s of sessions) work.push(...this.syncReminders(s, !ended));
    await Promise.all(work);
  }

  /** (Re)schedules a session's reminders; a moved session's old reminders are replaced. */
  async scheduleSession(sessionId: string): Promise<void> {
    const [s]: (SessionRow & { status: string })[] = await this.db.query(
      `SELECT s.id, s.starts_at, s.cancelled_at, c.status FROM live_session s JOIN cohort c ON c.id = s.cohort_id WHERE s.id = $1`,
      [sessionId],
    );
    if (!s) return this.dropSession(sessionId);
    await Promise.all(this.syncReminders(s, !isEndedCohort(s.status)));
  }

  /** A cancelled (or deleted) session: its reminders are removed. */
  async dropSession(sessionId: string): Promise<void> {
    await Promise.all(LEADS.map((lead) => this.queues.removeDelayed(SessionReminderJob.queue, sessionReminderJobId(sessionId, lead))));
  }

  private syncReminders(s: SessionRow, wanted: boolean): Promise<void>[] {
    return LEADS.map((lead) => {
      if (!wanted || s.cancelled_at) return this.queues.removeDelayed(SessionReminderJob.queue, sessionReminderJobId(s.id, lead));
      const data: SessionReminderData = { sessionId: s.id, lead, startsAt: s.starts_at.toISOString() };
      return this.queues.putDelayed(SessionReminderJob, data, reminderFiresAt(s.starts_at, lead));
    });
  }

  /** Handler: one reminder per active learner, coach and host, unless the job is stale. */
  async sendSessionReminder(data: SessionReminderData): Promise<number> {
    const [s]: {
      id: string;
      title: string;
      starts_at: Date;
      duration_minutes: number;
      join_url: string | null;
      cancelled_at: Date | null;
      host_id: string | null;
      cohort_id: string;
      cohort_name: string;
      status: string;
    }[] = await this.db.query(
      `SELECT s.id, s.title, s.starts_at, s.duration_minutes, s.join_url, s.cancelled_at, s.host_id,
              c.id AS cohort_id, c.name AS cohort_name, c.status
         FROM live_session s JOIN cohort c ON c.id = s.cohort_id WHERE s.id = $1`,
      [data.sessionId],
    );
    // cancelled, moved since the job was added, cohort not live, or too late to remind
    if (!s || s.cancelled_at || s.starts_at.getTime() !== Date.parse(data.startsAt) || !isLiveCohort(s.status)) return 0;
    if (Date.now() >= s.starts_at.getTime()) return 0;
    const people: RecipientRow[] = await this.db.query(
      `SELECT u.id, u.email, u.name, u.time_zone, u.locale FROM "user" u
        WHERE u.id IN (SELECT user_id FROM enrolment WHERE cohort_id = $1 AND status = 'ACTIVE'
                       UNION SELECT user_id FROM cohort_coach WHERE cohort_id = $1
                       UNION SELECT $2::uuid WHERE $2::uuid IS NOT NULL)
        ORDER BY u.email`,
      [s.cohort_id, s.host_id],
    );
    const session = {
      title: s.title,
      cohortName: s.cohort_name,
      startsAt: s.starts_at,
      durationMinutes: s.duration_minutes,
      joinUrl: s.join_url,
    };
    return this.writeAndDispatch(
      people.map((p) => ({
        ...sessionReminderEmail(recipient(p), session, data.lead),
        dedupeKey: `session-reminder/${s.id}/${data.lead}/${data.startsAt}/${p.id}`,
      })),
    );
  }

  /** Handler: one message per active learner of an open or running cohort, unless the job is stale. */
  async sendWeekOpened(data: WeekOpenedData): Promise<number> {
    const [c]: {
      id: string;
      name: string;
      status: string;
      start_date: string;
      time_zone: string;
      weeks: number;
      module: ModuleDefinition | null;
    }[] = await this.db.query(
      `SELECT c.id, c.name, c.status, c.start_date::text AS start_date, c.time_zone, (pv.definition->>'weeks')::int AS weeks,
              (SELECT m FROM jsonb_array_elements(pv.definition->'modules') m WHERE (m->>'week')::int = $2 LIMIT 1) AS module
         FROM cohort c JOIN programme_version pv ON pv.id = c.programme_version_id WHERE c.id = $1`,
      [data.cohortId, data.week],
    );
    if (!c || !isLiveCohort(c.status) || data.week > c.weeks) return 0;
    // the start date moved since the job was added, or the week is already over
    if (weekOpensAt(c.start_date, c.time_zone, data.week).toISOString() !== data.opensAt) return 0;
    if (Date.now() >= weekOpensAt(c.start_date, c.time_zone, data.week + 1).getTime()) return 0;

    const [learners, sessions]: [RecipientRow[], { title: string; starts_at: Date; duration_minutes: number; join_url: string | null }[]] =
      await Promise.all([
        this.db.query(
          `SELECT u.id, u.email, u.name, u.time_zone, u.locale FROM enrolment e JOIN "user" u ON u.id = e.user_id
          WHERE e.cohort_id = $1 AND e.status = 'ACTIVE' ORDER BY u.email`,
          [c.id],
        ),
        this.db.query(
          `SELECT title, starts_at, duration_minutes, join_url FROM live_session
          WHERE cohort_id = $1 AND week = $2 AND cancelled_at IS NULL ORDER BY starts_at`,
          [c.id, data.week],
        ),
      ]);
    const a = c.module?.assignment;
    const week = {
      cohortName: c.name,
      week: data.week,
      title: c.module?.title ?? null,
      summary: c.module?.summary ?? '',
      sessions: sessions.map((s) => ({ title: s.title, startsAt: s.starts_at, durationMinutes: s.duration_minutes, joinUrl: s.join_url })),
      assignment: a ? { title: a.title, dueAt: pointInWeek(c.start_date, c.time_zone, data.week, a.dueDay, a.dueTime) } : null,
      appUrl: this.config.publicUrl,
    };
    return this.writeAndDispatch(
      learners.map((l) => ({ ...weekOpenedEmail(recipient(l), week), dedupeKey: `week-opened/${c.id}/w${data.week}/${l.id}` })),
    );
  }

  /** Writes each message once per dedupe key, then queues delivery of those written now. */
  private async writeAndDispatch(emails: (Email & { dedupeKey: string })[]): Promise<number> {
    const ids = await this.db.transaction((tx) => this.notifications.writeOnce(tx, emails));
    await this.notifications.dispatch(ids);
    return ids.length;
  }
}
