import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { QueueService } from '../../jobs/queue.service.js';
import { QueueName } from '../../jobs/queue-name.enum.js';
import { SubmissionFileService } from '../submission-file.service.js';
import { ReviewNotificationService } from './review-notification.service.js';
import { ReviewReleasedJob, type ReviewReleasedData } from './review-released.job.js';
import { RemoveUnattachedFilesJob } from './remove-unattached-files.job.js';

/**
 * The grading queue's worker (BEACON_ROLE worker or all). One worker per queue, because a worker
 * takes every job of its queue: it routes each by name to the service that handles it.
 */
@Injectable()
export class GradingWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Grading');
  private rescheduler?: NodeJS.Timeout;

  constructor(
    private readonly queues: QueueService,
    private readonly reviews: ReviewNotificationService,
    private readonly files: SubmissionFileService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.BEACON_ROLE === 'api') return;
    this.queues.process(QueueName.Grading, {
      [ReviewReleasedJob.name]: (job) => this.reviews.sendReviewReleased((job.data as ReviewReleasedData).reviewId),
      [RemoveUnattachedFilesJob.name]: () => this.files.removeUnattached(),
    });
    void this.reviews.sweep();
    void this.schedule();
    // Redis without persistence forgets its schedules when it restarts: set it again now and then
    this.rescheduler = setInterval(() => void this.schedule(), RemoveUnattachedFilesJob.everyMs);
    this.rescheduler.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.rescheduler);
  }

  /** The clean-up's schedule; every worker sets the same one (one scheduler id), which is harmless. */
  async schedule(): Promise<void> {
    try {
      await this.queues
        .queue(RemoveUnattachedFilesJob.queue)
        .upsertJobScheduler(
          RemoveUnattachedFilesJob.schedulerId,
          { every: RemoveUnattachedFilesJob.everyMs },
          { name: RemoveUnattachedFilesJob.name, data: {} },
        );
    } catch (e) {
      this.log.warn(`could not schedule ${RemoveUnattachedFilesJob.name} (will try again): ${(e as Error).message}`);
    }
  }
}
