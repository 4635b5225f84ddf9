import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgrammeDefinition } from '@beacon/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { toLocale, translator, type Locale } from '../../i18n/i18n.js';
import { formatLongDate } from '../../i18n/format.util.js';
import { NotificationService } from '../../notification/notification.service.js';
import { settingOfKind } from '../../notification/notification-settings.js';
import { issuerUrls } from '../open-badge.util.js';
import { EXPIRY_REMINDER_BATCH, EXPIRY_REMINDER_DAYS } from './expiry-reminder.job.js';

const KIND = 'credential-expiry';
const DAY = 86_400_000;

interface DueRow {
  credential_id: string;
  days_before: number;
  valid_until: Date;
  email: string;
  name: string;
  time_zone: string;
  locale: string | null;
  definition: ProgrammeDefinition;
  opted_out: boolean;
}

export interface ExpiryReminderRun {
  claimed: number;
  emails: number;
}

/**
 * Reminds holders that their credential expires and what renewing it asks for: the programme's
 * credential criteria and completion criteria, from the version their cohort followed.
 */
@Injectable()
export class ExpiryReminderService {
  private readonly log = new Logger('CredentialExpiry');

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The reminders due at `now`: for each active credential expiring within the largest threshold,
   * the smallest threshold it has reached, unless that one was claimed already.
   */
  private due(now: Date, limit: number): Promise<DueRow[]> {
    const [large, small] = EXPIRY_REMINDER_DAYS;
    return this.db.query(
      `SELECT * FROM (
         SELECT cr.id AS credential_id, cr.valid_until, u.email, u.name, u.time_zone, u.locale, v.definition,
                CASE WHEN cr.valid_until <= $1::timestamptz + make_interval(days => $3::int) THEN $3::int ELSE $2::int END AS days_before,
                $5::text = ANY(u.notification_opt_outs) AS opted_out
           FROM credential cr
           JOIN "user" u ON u.id = cr.user_id
           JOIN cohort c ON c.id = cr.cohort_id
           JOIN programme_version v ON v.id = c.programme_version_id
          WHERE cr.revoked_at IS NULL AND cr.valid_until > $1::timestamptz AND cr.valid_until <= $1::timestamptz + make_interval(days => $2::int)
       ) d
       WHERE NOT EXISTS (SELECT 1 FROM credential_expiry_reminder r WHERE r.credential_id = d.credential_id AND r.days_before = d.days_before)
       ORDER BY d.valid_until, d.credential_id LIMIT $4`,
      [now, large, small, limit, settingOfKind(KIND)],
    );
  }

  /**
   * Claims each due reminder (a primary key on credential and threshold: a second run, a retry or
   * a duplicate delivery claims nothing) and writes its email in the same transaction; holders
   * who turned these emails off are claimed without an email.
   */
  async run(now = new Date()): Promise<ExpiryReminderRun> {
    const { claimed, emails } = await this.notifications.claimAndEmail({
      batch: EXPIRY_REMINDER_BATCH,
      due: (limit) => this.due(now, limit),
      claim: async (tx, rows) => {
        const won: { credential_id: string; days_before: number }[] = await tx.query(
          `INSERT INTO credential_expiry_reminder (credential_id, days_before, emailed, sent_at)
           SELECT *, $4::timestamptz FROM unnest($1::uuid[], $2::int[], $3::boolean[])
           ON CONFLICT (credential_id, days_before) DO NOTHING RETURNING credential_id, days_before`,
          [rows.map((r) => r.credential_id), rows.map((r) => r.days_before), rows.map((r) => !r.opted_out), now],
        );
        const mine = new Set(won.map((w) => `${w.credential_id}/${w.days_before}`));
        return rows.filter((r) => mine.has(`${r.credential_id}/${r.days_before}`));
      },
      email: (r) =>
        r.opted_out ? null : { kind: KIND, to: r.email, dedupeKey: `${KIND}:${r.credential_id}:${r.days_before}`, ...this.email(r, now) },
    });
    if (claimed) this.log.log(`${claimed} credential expiry reminders due, ${emails} emails`);
    return { claimed, emails };
  }

  private email(r: DueRow, now: Date): { subject: string; body: string; locale: Locale } {
    const locale = toLocale(r.locale);
    const t = translator(locale);
    const d = r.definition;
    const validUntil = new Date(r.valid_until);
    const days = Math.max(1, Math.ceil((validUntil.getTime() - now.getTime()) / DAY));
    const c = d.completion;
    const requirements = [
      c.allAssignmentsPassed ? t('email.credentialExpiry.assignments') : null,
      c.minAttendancePercent > 0 ? t('email.credentialExpiry.attendance', { percent: c.minAttendancePercent }) : null,
      c.coachingSessionsRequired > 0 ? t('email.credentialExpiry.coaching', { count: c.coachingSessionsRequired }) : null,
    ].filter((x): x is string => x !== null);
    return {
      locale,
      subject: t('email.credentialExpiry.subject', { credential: d.credential.name, days }),
      body: t('email.credentialExpiry.body', {
        name: r.name.split(' ')[0],
        credential: d.credential.name,
        days,
        date: formatLongDate(validUntil, locale, r.time_zone),
        criteria: d.credential.criteria,
        requirements: requirements.map((x) => `- ${x}`).join('\n'),
        url: issuerUrls(this.config.publicUrl).credential(r.credential_id),
      }),
    };
  }
}
