import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { notFound } from '../common/errors.js';
import { bookingsForFeed } from '../booking/booking-details.query.js';
import { toLocale } from '../i18n/i18n.js';
import { standingEnrolment } from '../cohort/cohort.queries.js';
import { buildCalendarFeed, type FeedDueCohort, type FeedSession } from './calendar-feed.util.js';

/** Tokens are 48 hex characters; anything far from that shape is refused without a query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

interface CohortRow {
  id: string;
  name: string;
  start_date: string;
  time_zone: string;
  /** the assignments' due points, only for cohorts in which the user is a learner */
  assignments: FeedDueCohort['assignments'] | null;
  /** the cohort's own due points per week (setCohortDueDate), for learners */
  overrides: { week: number; dueAt: string }[] | null;
  /** the learner's extensions per week (setDueExtension) */
  extensions: { week: number; dueAt: string }[] | null;
}

interface SessionRow {
  id: string;
  cohort_name: string;
  title: string;
  starts_at: Date;
  duration_minutes: number;
  join_url: string | null;
  cancelled_at: Date | null;
  updated_at: Date;
  sequence: number;
}

@Injectable()
export class CalendarService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The iCalendar feed behind a secret token, or null for an unknown token. Three queries
   * whatever the number of cohorts: the user, their cohorts (with due points), the sessions.
   */
  async feedForToken(token: string): Promise<string | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const [user]: { id: string; name: string; locale: string }[] = await this.db.query(
      `SELECT id, name, locale FROM "user" WHERE calendar_token = $1`,
      [token],
    );
    if (!user) return null;

    // a person may be both learner and coach of one cohort: one row per cohort, due points if learner
    const cohorts: CohortRow[] = await this.db.query(
      `SELECT c.id, c.name, c.start_date::text AS start_date, c.time_zone,
              CASE WHEN bool_or(x.learner) THEN (
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                         'week', (m->>'week')::int, 'title', m->'assignment'->>'title',
                         'dueDay', (m->'assignment'->>'dueDay')::int, 'dueTime', m->'assignment'->>'dueTime')
                       ORDER BY (m->>'week')::int), '[]'::jsonb)
                  FROM jsonb_array_elements(pv.definition->'modules') m
                 WHERE jsonb_typeof(m->'assignment') = 'object')
              END AS assignments,
              CASE WHEN bool_or(x.learner) THEN (
                SELECT coalesce(json_agg(json_build_object('week', d.week, 'dueAt', d.due_at)), '[]') FROM cohort_due_date d WHERE d.cohort_id = c.id)
              END AS overrides,
              CASE WHEN bool_or(x.learner) THEN (
                SELECT coalesce(json_agg(json_build_object('week', d.week, 'dueAt', d.due_at)), '[]') FROM due_extension d WHERE d.enrolment_id = ANY(array_agg(x.enrolment_id)))
              END AS extensions
         FROM (SELECT cohort_id, id AS enrolment_id, true AS learner FROM enrolment WHERE user_id = $1 AND ${standingEnrolment('enrolment')}
               UNION ALL
               -- a coach's cohorts while they still coach in the cohort's partner
               SELECT cc.cohort_id, NULL::uuid, false FROM cohort_coach cc JOIN cohort cx ON cx.id = cc.cohort_id
                 JOIN membership m ON m.user_id = cc.user_id AND m.role = 'COACH' AND m.partner_id = cx.partner_id
                WHERE cc.user_id = $1) x
         JOIN cohort c ON c.id = x.cohort_id
         JOIN programme_version pv ON pv.id = c.programme_version_id
        GROUP BY c.id, pv.id`,
      [user.id],
    );

    const sessions: SessionRow[] = cohorts.length
      ? await this.db.query(
          `SELECT s.id, c.name AS cohort_name, s.title, s.starts_at, s.duration_minutes, s.join_url, s.cancelled_at, s.updated_at, s.sequence
             FROM live_session s JOIN cohort c ON c.id = s.cohort_id
            WHERE s.cohort_id = ANY($1::uuid[])
            ORDER BY s.starts_at, s.id`,
          [cohorts.map((c) => c.id)],
        )
      : [];

    const bookings = await bookingsForFeed(this.db, user.id);

    return buildCalendarFeed({
      userName: user.name,
      locale: toLocale(user.locale),
      bookings,
      sessions: sessions.map((s): FeedSession => ({
        id: s.id,
        cohortName: s.cohort_name,
        title: s.title,
        startsAt: s.starts_at,
        durationMinutes: s.duration_minutes,
        joinUrl: s.join_url,
        cancelledAt: s.cancelled_at,
        updatedAt: s.updated_at,
        sequence: s.sequence,
      })),
      due: cohorts
        .filter((c) => c.assignments)
        .map((c): FeedDueCohort => ({
          cohortId: c.id,
          cohortName: c.name,
          startDate: c.start_date,
          timeZone: c.time_zone,
          assignments: c.assignments!,
          overrides: new Map((c.overrides ?? []).map((o) => [o.week, new Date(o.dueAt)])),
          extensions: new Map((c.extensions ?? []).map((o) => [o.week, new Date(o.dueAt)])),
        })),
    });
  }

  /** Replaces the user's feed token (the old URL stops working) and returns the new feed URL. */
  async resetToken(userId: string): Promise<string> {
    const token = randomBytes(24).toString('hex');
    const [rows]: [{ id: string }[], number] = await this.db.query(`UPDATE "user" SET calendar_token = $2 WHERE id = $1 RETURNING id`, [
      userId,
      token,
    ]);
    if (rows.length === 0) throw notFound('User');
    return this.feedUrl(token);
  }

  feedUrl(token: string): string {
    return `${this.config.publicUrl}/calendar/${token}.ics`;
  }
}
