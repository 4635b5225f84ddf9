import { Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { GradingAccessService } from './grading-access.service.js';
import { DueDateService } from './due-date.service.js';
import { SubmissionService } from './submission.service.js';
import { ReviewService } from './review.service.js';
import { GradingQueueService } from './grading-queue.service.js';
import { GradebookService } from './gradebook.service.js';
import { SubmissionFileService } from './submission-file.service.js';
import { ReviewNotificationService } from './jobs/review-notification.service.js';
import { SubmissionResolver } from './submission.resolver.js';
import { ReviewResolver } from './review.resolver.js';
import { GradebookResolver } from './gradebook.resolver.js';
import { SubmissionFileController } from './submission-file.controller.js';
import { GradebookController } from './gradebook.controller.js';
import { FILE_STORAGE } from './storage/file-storage.js';
import { LocalFileStorage } from './storage/local-file-storage.js';

@Module({
  imports: [CohortModule, ProgrammeModule],
  providers: [
    // files in <BEACON_DATA_DIR>/files; an S3-compatible FileStorage would be chosen here from the configuration
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalFileStorage(resolve(config.BEACON_DATA_DIR, 'files')) },
    GradingAccessService,
    DueDateService,
    SubmissionService,
    ReviewService,
    GradingQueueService,
    GradebookService,
    SubmissionFileService,
    ReviewNotificationService,
    SubmissionResolver,
    ReviewResolver,
    GradebookResolver,
  ],
  controllers: [SubmissionFileController, GradebookController],
  exports: [DueDateService, SubmissionService, GradingAccessService],
})
export class GradingModule {}
