import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { toLocale, translator, type Locale } from '../../i18n/i18n.js';
import { formatLongDate, formatNumber } from '../../i18n/format.util.js';
import { hashToken, newToken } from '../../auth/token.util.js';
import { NotificationService } from '../../notification/notification.service.js';
import { settingOfKind } from '../../notification/notification-settings.js';
import { FOLLOW_UP_AFTER_DAYS, FOLLOW_UP_BATCH, FOLLOW_UP_CATCH_UP_DAYS, FOLLOW_UP_LINK_DAYS } from './goal-follow-up.job.js';
import { takingPartEnrolment } from '../../cohort/cohort.queries.js';

const KIND = 'goal-follow-up';
const DAY = 86_400_000;

interface DueRow {
  enrolment_id: string;
  email: string;
  name: string;
  time_zone: string;
  locale: string | null;
  cohort_name: string;
  statement: string;
  measure: string | null;
  baseline: string | null;
  target: string | null;
  due_at: Date;
  opted_out: boolean;
}

export interface FollowUpRun {
  claimed: number;
  emails: number;
}

/**
 * Sends the 90-day follow-up. The link works without logging in: three months after the
 * programme a graduate may still log in, but few remember their password, and the answer is
 * the measurement the programme exists for. The token is single-purpose (read this goal,
 * record this enrolment's FOLLOW_UP check-in), stored as its hash, and expires.
 */
@Injectable()
export class FollowUpEmailsService {
  private readonly log = new Logger('GoalFollowUps');

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The enrolments due a follow-up at `now` and not yet claimed, `limit` at most. */
  private due(now: Date, limit: number): Promise<DueRow[]> {
    // the cohort ends at midnight of start + 7 × weeks in its own zone; the follow-up is due FOLLOW_UP_AFTER_DAYS later
    return this.db.query(
      `SELECT * FROM (
         SELECT e.id AS enrolment_id, u.email, u.name, u.time_zone, u.locale, c.name AS cohort_name, e.outcome_goal AS statement, e.goal_measure AS measure,
                e.goal_baseline::text AS baseline, e.goal_target::text AS target,
                ((c.start_date + 7 * (v.definition->>'weeks')::int + $2::int)::timestamp AT TIME ZONE c.time_zone) AS due_at,
                $5::text = ANY(u.notification_opt_outs) AS opted_out
           FROM enrolment e
           JOIN cohort c ON c.id = e.cohort_id
           JOIN programme_version v ON v.id = c.programme_version_id
           JOIN "user" u ON u.id = e.user_id
          WHERE ${takingPartEnrolment('e')} AND e.outcome_goal IS NOT NULL AND c.status <> 'DRAFT'
            AND NOT EXISTS (SELECT 1 FROM goal_follow_up f WHERE f.enrolment_id = e.id)
            AND NOT EXISTS (SELECT 1 FROM goal_check_in g WHERE g.enrolment_id = e.id AND g.kind = 'FOLLOW_UP')
       ) d
       WHERE d.due_at <= $1::timestamptz AND d.due_at > $1::timestamptz - make_interval(days => $3::int)
       ORDER BY d.due_at, d.enrolment_id LIMIT $4`,
      [now, FOLLOW_UP_AFTER_DAYS, FOLLOW_UP_CATCH_UP_DAYS, limit, settingOfKind(KIND)],
    );
  }

  /**
   * Claims each due enrolment (a primary key: a second run, a retry or a duplicate delivery
   * claims nothing) and writes its email in the same transaction; learners who turned these
   * emails off are claimed without an email.
   */
  async run(now = new Date()): Promise<FollowUpRun> {
    const tokens = new Map<string, string>();
    const expiresAt = new Date(now.getTime() + FOLLOW_UP_LINK_DAYS * DAY);
    const { claimed, emails } = await this.notifications.claimAndEmail({
      batch: FOLLOW_UP_BATCH,
      due: (limit) => this.due(now, limit),
      claim: async (tx, rows) => {
        for (const r of rows) tokens.set(r.enrolment_id, newToken());
        const won: { enrolment_id: string }[] = await tx.query(
          `INSERT INTO goal_follow_up (enrolment_id, token_hash, due_at, emailed, sent_at, expires_at)
           SELECT *, $5::timestamptz, $6::timestamptz FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::boolean[])
           ON CONFLICT (enrolment_id) DO NOTHING RETURNING enrolment_id`,
          [
            rows.map((r) => r.enrolment_id),
            rows.map((r) => hashToken(tokens.get(r.enrolment_id)!)),
            rows.map((r) => r.due_at),
            rows.map((r) => !r.opted_out),
            now,
            expiresAt,
          ],
        );
        const mine = new Set(won.map((w) => w.enrolment_id));
        return rows.filter((r) => mine.has(r.enrolment_id));
      },
      email: (r) =>
        r.opted_out
          ? null
          : { kind: KIND, to: r.email, dedupeKey: `${KIND}:${r.enrolment_id}`, ...this.email(r, tokens.get(r.enrolment_id)!, expiresAt) },
    });
    if (claimed) this.log.log(`${claimed} goal follow-ups due, ${emails} emails`);
    return { claimed, emails };
  }

  private email(r: DueRow, token: string, expiresAt: Date): { subject: string; body: string; locale: Locale } {
    const locale = toLocale(r.locale);
    const t = translator(locale);
    const measured = r.measure
      ? `${t('email.goalFollowUp.measured', {
          measure: r.measure,
          hasBaseline: r.baseline !== null ? 'yes' : 'no',
          baseline: r.baseline !== null ? formatNumber(Number(r.baseline), locale) : '',
          hasTarget: r.target !== null ? 'yes' : 'no',
          target: r.target !== null ? formatNumber(Number(r.target), locale) : '',
        })}\n`
      : '';
    return {
      locale,
      subject: t('email.goalFollowUp.subject'),
      body: t('email.goalFollowUp.body', {
        name: r.name.split(' ')[0],
        cohort: r.cohort_name,
        statement: r.statement,
        measured,
        link: `${this.config.publicUrl}/goal-follow-up/${token}`,
        until: formatLongDate(expiresAt, locale, r.time_zone),
      }),
    };
  }
}
