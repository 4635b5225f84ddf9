import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rubricMaxPoints, type ProgrammeDefinition, type Verdict } from '@beacon/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { QueueService } from '../../jobs/queue.service.js';
import { NotificationService } from '../../notification/notification.service.js';
import { ReviewReleasedJob } from './review-released.job.js';
import { reviewReleasedEmail } from './review-emails.util.js';
import { toLocale } from '../../i18n/i18n.js';

/** Reviews released this recently whose message is missing are queued again when a worker starts. */
const SWEEP_DAYS = 7;

export const reviewReleasedDedupeKey = (reviewId: string): string => `review-released/${reviewId}`;

/**
 * The "review released" notification: queued after a release commits, written once per review by
 * its job; a worker's start-up sweep queues again the jobs a down queue lost.
 */
@Injectable()
export class ReviewNotificationService implements OnModuleInit {
  private readonly log = new Logger('Grading');

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queues.handle(ReviewReleasedJob, ({ reviewId }) => this.sendReviewReleased(reviewId));
    this.queues.atWorkerStart('review-released sweep', () => this.sweep());
  }

  /** After the release committed; if the queue is down, the worker's start-up sweep catches up. */
  async queueReviewReleased(reviewId: string): Promise<void> {
    await this.queues
      .add(ReviewReleasedJob, { reviewId })
      .catch((e: Error) => this.log.warn(`could not queue review-released ${reviewId}: ${e.message}`));
  }

  /** Handler: one message to the learner per released review, however often the job runs. */
  async sendReviewReleased(reviewId: string): Promise<number> {
    const [r]: {
      state: string;
      verdict: Verdict;
      total: number;
      pass_mark: number;
      week: number;
      version: number;
      learner_name: string;
      learner_email: string;
      learner_locale: string;
      coach_name: string | null;
      cohort_name: string;
      definition: ProgrammeDefinition;
    }[] = await this.db.query(
      `SELECT r.state, r.verdict, r.total, r.pass_mark, s.week, s.version, u.name AS learner_name, u.email AS learner_email, u.locale AS learner_locale,
              coach.name AS coach_name, c.name AS cohort_name, pv.definition
         FROM review r JOIN submission s ON s.id = r.submission_id JOIN enrolment e ON e.id = s.enrolment_id
         JOIN "user" u ON u.id = e.user_id JOIN cohort c ON c.id = e.cohort_id JOIN programme_version pv ON pv.id = c.programme_version_id
         LEFT JOIN "user" coach ON coach.id = r.updated_by_id
        WHERE r.id = $1`,
      [reviewId],
    );
    if (!r || r.state !== 'RELEASED') return 0;
    const assignment = r.definition.modules.find((m) => m.week === r.week)?.assignment;
    const email = reviewReleasedEmail({
      learnerName: r.learner_name,
      learnerEmail: r.learner_email,
      locale: toLocale(r.learner_locale),
      coachName: r.coach_name,
      cohortName: r.cohort_name,
      week: r.week,
      version: r.version,
      assignmentTitle: assignment?.title ?? null,
      verdict: r.verdict,
      total: r.total,
      maxPoints: assignment ? rubricMaxPoints(assignment.rubric) : r.total,
      passMark: r.pass_mark,
      appUrl: this.config.publicUrl,
    });
    const ids = await this.db.transaction((tx) =>
      this.notifications.writeOnce(tx, [{ ...email, dedupeKey: reviewReleasedDedupeKey(reviewId) }]),
    );
    await this.notifications.dispatch(ids);
    return ids.length;
  }

  /** Queues again the released reviews of the last days whose message is missing (their job was never added or got lost). */
  async sweep(): Promise<void> {
    try {
      const missing: { id: string }[] = await this.db.query(
        `SELECT r.id FROM review r
          WHERE r.state = 'RELEASED' AND r.released_at > now() - make_interval(days => $1)
            AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.dedupe_key = 'review-released/' || r.id)
          LIMIT 1000`,
        [SWEEP_DAYS],
      );
      for (const m of missing) await this.queueReviewReleased(m.id);
    } catch (e) {
      this.log.warn(`review-released sweep failed: ${(e as Error).message}`);
    }
  }
}
