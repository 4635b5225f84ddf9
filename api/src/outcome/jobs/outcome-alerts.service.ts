import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RiskReason } from '@beacon/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { QueueService } from '../../jobs/queue.service.js';
import { NotificationService } from '../../notification/notification.service.js';
import { TenantScope } from '../../auth/viewer.js';
import { RiskService, type EnrolmentRisk } from '../risk.service.js';
import { OutcomeService } from '../outcome.service.js';
import { AtRiskAlertsJob, PartnerDigestJob } from './outcome-alerts.job.js';
import { intlTag, toLocale, translator, type Locale } from '../../i18n/i18n.js';
import { pathSummaryIn, riskReasonAction, riskReasonText } from '../risk-words.util.js';
import { GoalFollowUpJob } from './goal-follow-up.job.js';
import { FollowUpEmailsService } from './follow-up-emails.service.js';
import { runningCohort } from '../../cohort/cohort.queries.js';

export interface AlertRun {
  assessed: number;
  newAlerts: number;
  emails: number;
}

const pct = (r: number | null, locale: Locale) =>
  r === null ? '—' : translator(locale)('email.partnerDigest.percent', { value: Math.round(r * 100) });

/**
 * The daily at-risk alerts and the partner admins' weekly digest. "Newly at risk" is a reason
 * an enrolment has now and did not have at the previous run (enrolment_risk keeps the last
 * seen reasons); each new (learner, reason) becomes one at_risk_alert row per day, a primary
 * key, so retries and duplicate deliveries write no second email.
 */
@Injectable()
export class OutcomeAlertsService implements OnModuleInit {
  private readonly log = new Logger('OutcomeAlerts');

  constructor(
    private readonly db: DataSource,
    private readonly risk: RiskService,
    private readonly outcomes: OutcomeService,
    private readonly notifications: NotificationService,
    private readonly queues: QueueService,
    private readonly followUps: FollowUpEmailsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queues.repeat(AtRiskAlertsJob, () => this.runDaily());
    this.queues.repeat(PartnerDigestJob, () => this.weeklyDigest());
    this.queues.repeat(GoalFollowUpJob, () => this.followUps.run());
  }

  /** The cohorts whose calendar is running at `now`. */
  private async runningCohorts(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT c.id FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id
        WHERE ${runningCohort('c', 'v', '$1')}`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  async runDaily(now = new Date()): Promise<AlertRun> {
    const assessed = await this.risk.assess(await this.runningCohorts(now), { now });
    const day = now.toISOString().slice(0, 10);
    const { alerts, messageIds } = await this.db.transaction(async (tx) => {
      // two runs at once (a retry beside a late first delivery) take turns
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('beacon:at-risk-alerts'))`);
      const ids = assessed.map((a) => a.enrolmentId);
      const pairs = assessed.flatMap((a) => a.reasons.map((reason) => [a.enrolmentId, reason] as const));
      // forget reasons that no longer hold, so a reason that comes back is new again (on another day)
      await tx.query(
        `DELETE FROM enrolment_risk r WHERE r.enrolment_id = ANY($1::uuid[])
            AND NOT EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::text[]) AS now_(enrolment_id, reason) WHERE now_.enrolment_id = r.enrolment_id AND now_.reason = r.reason)`,
        [ids, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const fresh: { enrolment_id: string; reason: RiskReason }[] = await tx.query(
        `INSERT INTO enrolment_risk (enrolment_id, reason, since) SELECT *, $3::timestamptz FROM unnest($1::uuid[], $2::text[])
         ON CONFLICT DO NOTHING RETURNING enrolment_id, reason`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1]), now],
      );
      const alerts: { enrolment_id: string; reason: RiskReason }[] = fresh.length
        ? await tx.query(
            `INSERT INTO at_risk_alert (enrolment_id, reason, alert_date, created_at) SELECT *, $3::date, $4::timestamptz FROM unnest($1::uuid[], $2::text[])
             ON CONFLICT DO NOTHING RETURNING enrolment_id, reason`,
            [fresh.map((f) => f.enrolment_id), fresh.map((f) => f.reason), day, now],
          )
        : [];
      const messageIds: (string | null)[] = [];
      if (alerts.length === 0) return { alerts, messageIds };
      const byEnrolment = new Map<string, RiskReason[]>();
      for (const a of alerts) byEnrolment.set(a.enrolment_id, [...(byEnrolment.get(a.enrolment_id) ?? []), a.reason]);
      const risky = assessed.filter((a) => byEnrolment.has(a.enrolmentId));
      const cohorts: { id: string; name: string }[] = await tx.query(`SELECT id, name FROM cohort WHERE id = ANY($1::uuid[])`, [
        [...new Set(risky.map((r) => r.cohortId))],
      ]);
      const cohortName = new Map(cohorts.map((c) => [c.id, c.name]));
      const learnerLocales: { id: string; locale: string }[] = await tx.query(`SELECT id, locale FROM "user" WHERE id = ANY($1::uuid[])`, [
        risky.map((r) => r.userId),
      ]);
      const localeOf = new Map(learnerLocales.map((u) => [u.id, toLocale(u.locale)]));
      for (const r of risky) {
        const locale = localeOf.get(r.userId) ?? 'en';
        messageIds.push(
          await this.notifications.write(tx, {
            kind: 'at-risk-learner',
            to: r.email,
            locale,
            ...this.learnerEmail(r, byEnrolment.get(r.enrolmentId)!, cohortName.get(r.cohortId)!, locale),
          }),
        );
      }
      const coaches: { cohort_id: string; user_id: string; email: string; name: string; locale: string }[] = await tx.query(
        `SELECT cc.cohort_id, u.id AS user_id, u.email, u.name, u.locale FROM cohort_coach cc JOIN "user" u ON u.id = cc.user_id WHERE cc.cohort_id = ANY($1::uuid[]) ORDER BY u.id`,
        [[...cohortName.keys()]],
      );
      const perCoach = new Map<string, { email: string; name: string; locale: Locale; learners: EnrolmentRisk[] }>();
      for (const c of coaches) {
        const entry = perCoach.get(c.user_id) ?? { email: c.email, name: c.name, locale: toLocale(c.locale), learners: [] };
        entry.learners.push(...risky.filter((r) => r.cohortId === c.cohort_id));
        perCoach.set(c.user_id, entry);
      }
      for (const coach of perCoach.values()) {
        messageIds.push(
          await this.notifications.write(tx, {
            kind: 'at-risk-coach',
            to: coach.email,
            locale: coach.locale,
            ...this.coachDigest(coach, byEnrolment, cohortName),
          }),
        );
      }
      return { alerts, messageIds };
    });
    const sent = messageIds.filter((m): m is string => typeof m === 'string');
    await this.notifications.dispatch(sent);
    if (alerts.length) this.log.log(`${alerts.length} new at-risk alerts, ${sent.length} emails`);
    return { assessed: assessed.length, newAlerts: alerts.length, emails: sent.length };
  }

  private learnerEmail(r: EnrolmentRisk, reasons: RiskReason[], cohort: string, locale: Locale): { subject: string; body: string } {
    const t = translator(locale);
    const first = r.name.split(' ')[0];
    return {
      subject: t('email.atRisk.learnerSubject', { cohort }),
      body: [
        t('email.common.greeting', { name: first }),
        '',
        t('email.atRisk.learnerIntro'),
        '',
        ...reasons.map((reason) =>
          t('email.atRisk.reasonLine', { reason: riskReasonText(reason, locale), action: riskReasonAction(reason, locale) }),
        ),
        '',
        pathSummaryIn(r.path, locale),
        '',
        t('email.atRisk.learnerPath', { url: `${this.config.publicUrl}/` }),
        '',
        t('email.atRisk.learnerHelp'),
      ].join('\n'),
    };
  }

  private coachDigest(
    coach: { name: string; locale: Locale; learners: EnrolmentRisk[] },
    reasons: Map<string, RiskReason[]>,
    cohortName: Map<string, string>,
  ): { subject: string; body: string } {
    const { locale } = coach;
    const t = translator(locale);
    const count = coach.learners.length;
    const reasonList = (l: EnrolmentRisk) =>
      reasons
        .get(l.enrolmentId)!
        .map((r) => riskReasonText(r, locale).toLocaleLowerCase(intlTag(locale)))
        .join('; ');
    return {
      subject: t('email.atRisk.coachSubject', { count }),
      body: [
        t('email.common.greeting', { name: coach.name.split(' ')[0] }),
        '',
        t('email.atRisk.coachIntro', { count }),
        '',
        ...coach.learners.map((l) =>
          t('email.atRisk.coachLine', {
            name: l.name,
            cohort: cohortName.get(l.cohortId) ?? '',
            reasons: reasonList(l),
            reachable: l.path.reachable ? 'yes' : 'no',
          }),
        ),
        '',
        t('email.atRisk.coachList', { url: `${this.config.publicUrl}/` }),
      ].join('\n'),
    };
  }

  /** One digest per partner admin and ISO week (its Monday), with the partner's outcomes. */
  async weeklyDigest(now = new Date()): Promise<number> {
    const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)))
      .toISOString()
      .slice(0, 10);
    const admins: { partner_id: string; user_id: string; email: string; name: string; locale: string }[] = await this.db.query(
      `SELECT m.partner_id, u.id AS user_id, u.email, u.name, u.locale FROM membership m JOIN "user" u ON u.id = m.user_id WHERE m.role = 'PARTNER_ADMIN' ORDER BY m.partner_id`,
    );
    const partners = [...new Set(admins.map((a) => a.partner_id))];
    const written: (string | null)[] = [];
    for (const partnerId of partners) {
      const o = await this.outcomes.partnerOutcomes(TenantScope.everything(), partnerId, now);
      const digest = (locale: Locale) => {
        const t = translator(locale);
        return {
          subject: t('email.partnerDigest.subject', { partner: o.partnerName }),
          body: [
            t('email.partnerDigest.title', { partner: o.partnerName }),
            '',
            t('email.partnerDigest.totals', {
              certified: o.totals.certified,
              enrolled: o.totals.enrolled,
              certifiedRate: pct(o.totals.certifiedRate, locale),
              onTimeRate: pct(o.totals.onTimeRate, locale),
              goalReachedRate: pct(o.totals.goalReachedRate, locale),
            }),
            t('email.partnerDigest.atRisk', { count: o.totals.atRisk ?? 0 }),
            '',
            ...o.cohorts
              .filter((c) => c.atRisk !== null)
              .map((c) => t('email.partnerDigest.cohort', { cohort: c.cohortName, atRisk: c.atRisk, active: c.active })),
            '',
            t('email.partnerDigest.dashboard', { url: `${this.config.publicUrl}/` }),
          ].join('\n'),
        };
      };
      await this.db.transaction(async (tx) => {
        for (const a of admins.filter((x) => x.partner_id === partnerId)) {
          const [claimed] = await tx.query(
            `INSERT INTO outcome_digest (partner_id, user_id, week_start) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
            [partnerId, a.user_id, monday],
          );
          const locale = toLocale(a.locale);
          if (claimed) written.push(await this.notifications.write(tx, { kind: 'partner-digest', to: a.email, locale, ...digest(locale) }));
        }
      });
    }
    const sent = written.filter((m): m is string => typeof m === 'string');
    await this.notifications.dispatch(sent);
    return sent.length;
  }
}
