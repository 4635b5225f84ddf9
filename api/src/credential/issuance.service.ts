import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Job } from 'bullmq';
import { badInput, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { QueueService } from '../jobs/queue.service.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { CredentialService } from './credential.service.js';
import { EligibilityService } from './eligibility.service.js';
import { IssueCredentialJob, type IssueCredentialData } from './jobs/issue-credential.job.js';
import { AutoIssueSweepJob } from './jobs/auto-issue-sweep.job.js';
import { ExpiryReminderJob } from './jobs/expiry-reminder.job.js';
import { ExpiryReminderService } from './jobs/expiry-reminder.service.js';
import type { IssuanceRunModel } from './dto/credential.model.js';
import { takingPartEnrolment } from '../cohort/cohort.queries.js';
import { credentialErrors as msg } from './credential.errors.js';

/**
 * Issuance runs: one learner on a partner admin's approval, a whole cohort in bulk (jobs,
 * with progress), or automatically for programmes that ask for it (a periodic sweep). The
 * credentials queue also runs the daily expiry reminders.
 */
@Injectable()
export class IssuanceService implements OnModuleInit {
  private readonly log = new Logger('Issuance');

  constructor(
    private readonly db: DataSource,
    private readonly credentials: CredentialService,
    private readonly eligibility: EligibilityService,
    private readonly access: CohortAccessService,
    private readonly queues: QueueService,
    private readonly expiryReminders: ExpiryReminderService,
  ) {}

  onModuleInit(): void {
    this.queues.handle(IssueCredentialJob, (_data, job) => this.handle(job));
    this.queues.repeat(AutoIssueSweepJob, () => this.sweep());
    this.queues.repeat(ExpiryReminderJob, () => this.expiryReminders.run());
    // Redis without persistence forgets its jobs when it restarts: the runs in the database are
    // the truth, so whatever they still wait for is queued again, at start and now and then
    this.queues.atWorkerStart('issuance recovery', () => this.recover(), { every: (config) => config.BEACON_QUEUE_STALLED_MS });
  }

  /**
   * Queues again every unfinished item of an issuance run.
   * Harmless when nothing was lost: a job id that is still queued, running or kept is not added twice.
   */
  async recover(): Promise<number> {
    try {
      const items: { run_id: string; enrolment_id: string }[] = await this.db.query(
        `SELECT run_id, enrolment_id FROM issuance_run_item WHERE finished_at IS NULL ORDER BY run_id, enrolment_id LIMIT 1000`,
      );
      if (items.length) {
        await this.queues.addBulk(
          IssueCredentialJob,
          items.map((i) => ({ enrolmentId: i.enrolment_id, runId: i.run_id })),
        );
      }
      return items.length;
    } catch (e) {
      this.log.warn(`could not re-queue unfinished issuance (will try again): ${(e as Error).message}`);
      return 0;
    }
  }

  /** A partner admin approves one learner: issued now if eligible. */
  async approve(viewer: Viewer, enrolmentId: string): Promise<string> {
    const cohortId = await this.cohortOf(enrolmentId);
    await this.access.requirePartnerAdmin(viewer, cohortId).catch(() => {
      throw notFound('Enrolment');
    });
    const r = await this.credentials.issue(enrolmentId);
    if (r.outcome === 'NOT_ELIGIBLE') throw badInput(msg.notEligible);
    return r.credentialId!;
  }

  /** Queues issuance for every learner of a cohort who has no credential yet. */
  async issueForCohort(viewer: Viewer, cohortId: string): Promise<IssuanceRunModel> {
    await this.access.requirePartnerAdmin(viewer, cohortId);
    const runId = await this.db.transaction(async (tx) => {
      const enrolments: { id: string }[] = await tx.query(
        `SELECT e.id FROM enrolment e WHERE e.cohort_id = $1 AND ${takingPartEnrolment('e')}
            AND NOT EXISTS (SELECT 1 FROM credential c WHERE c.enrolment_id = e.id) ORDER BY e.created_at`,
        [cohortId],
      );
      const [{ id }] = await tx.query(`INSERT INTO issuance_run (cohort_id, requested_by_id, total) VALUES ($1, $2, $3) RETURNING id`, [
        cohortId,
        viewer.userId,
        enrolments.length,
      ]);
      if (enrolments.length) {
        await tx.query(`INSERT INTO issuance_run_item (run_id, enrolment_id) SELECT $1, unnest($2::uuid[])`, [
          id,
          enrolments.map((e) => e.id),
        ]);
      }
      return id as string;
    });
    const items: { enrolment_id: string }[] = await this.db.query(`SELECT enrolment_id FROM issuance_run_item WHERE run_id = $1`, [runId]);
    await this.queues.addBulk(
      IssueCredentialJob,
      items.map((i) => ({ enrolmentId: i.enrolment_id, runId })),
    );
    return this.run(viewer, runId);
  }

  async run(viewer: Viewer, runId: string): Promise<IssuanceRunModel> {
    const [run] = await this.db.query(
      `SELECT r.id, r.cohort_id, r.total, r.created_at,
              count(i.finished_at)::int AS done,
              count(*) FILTER (WHERE i.outcome = 'ISSUED')::int AS issued,
              count(*) FILTER (WHERE i.outcome = 'ALREADY_HELD')::int AS already_held,
              count(*) FILTER (WHERE i.outcome = 'NOT_ELIGIBLE')::int AS not_eligible,
              count(*) FILTER (WHERE i.outcome = 'FAILED')::int AS failed
         FROM issuance_run r LEFT JOIN issuance_run_item i ON i.run_id = r.id
        WHERE r.id = $1 GROUP BY r.id`,
      [runId],
    );
    if (!run) throw notFound('Issuance run');
    await this.access.requirePartnerAdmin(viewer, run.cohort_id);
    return {
      id: run.id,
      cohortId: run.cohort_id,
      total: run.total,
      done: run.done,
      issued: run.issued,
      alreadyHeld: run.already_held,
      notEligible: run.not_eligible,
      failed: run.failed,
      finished: run.done >= run.total,
      createdAt: run.created_at,
    };
  }

  /** The job's handler: issue, then record the outcome in the run (idempotent both ways). */
  async handle(job: Job<IssueCredentialData>): Promise<string> {
    const { enrolmentId, runId } = job.data;
    try {
      const { outcome } = await this.credentials.issue(enrolmentId);
      if (runId) await this.record(runId, enrolmentId, outcome, null);
      return outcome;
    } catch (e) {
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (runId && last) await this.record(runId, enrolmentId, 'FAILED', (e as Error).message);
      throw e;
    }
  }

  /** Automatic issuance: eligible learners of programmes whose credential is issued automatically. */
  async sweep(): Promise<number> {
    const candidates: { id: string }[] = await this.db.query(
      `SELECT e.id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN programme_version v ON v.id = c.programme_version_id
        WHERE e.status = 'ACTIVE' AND c.status IN ('RUNNING', 'COMPLETED')
          AND (v.definition -> 'credential' ->> 'automaticIssuance')::boolean IS TRUE
          AND NOT EXISTS (SELECT 1 FROM credential cr WHERE cr.enrolment_id = e.id)
        LIMIT 5000`,
    );
    const ledgers = await this.eligibility.evaluate(candidates.map((c) => c.id));
    const eligible = [...ledgers].filter(([, l]) => l.eligible).map(([id]) => id);
    for (const enrolmentId of eligible) await this.queues.add(IssueCredentialJob, { enrolmentId });
    return eligible.length;
  }

  private async record(runId: string, enrolmentId: string, outcome: string, message: string | null): Promise<void> {
    await this.db.query(
      `UPDATE issuance_run_item SET outcome = $3, message = $4, finished_at = now() WHERE run_id = $1 AND enrolment_id = $2 AND finished_at IS NULL`,
      [runId, enrolmentId, outcome, message],
    );
  }

  private async cohortOf(enrolmentId: string): Promise<string> {
    const [row] = await this.db.query(`SELECT cohort_id FROM enrolment WHERE id = $1`, [enrolmentId]);
    if (!row) throw notFound('Enrolment');
    return row.cohort_id;
  }
}
