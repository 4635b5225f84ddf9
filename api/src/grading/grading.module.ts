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
import { FILE_STORAGE, type FileStorage } from './storage/file-storage.js';
import { LocalFileStorage } from './storage/local-file-storage.js';
import { S3FileStorage } from './storage/s3-file-storage.js';

/** An S3 bucket when BEACON_S3_BUCKET is set, otherwise the folder <BEACON_DATA_DIR>/files. */
export function fileStorageFor(config: AppConfig): FileStorage {
  if (!config.BEACON_S3_BUCKET) return new LocalFileStorage(resolve(config.BEACON_DATA_DIR, 'files'));
  return new S3FileStorage({
    bucket: config.BEACON_S3_BUCKET,
    endpoint: config.BEACON_S3_ENDPOINT,
    region: config.BEACON_S3_REGION,
    accessKeyId: config.BEACON_S3_ACCESS_KEY_ID,
    secretAccessKey: config.BEACON_S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.BEACON_S3_FORCE_PATH_STYLE ?? !!config.BEACON_S3_ENDPOINT,
    prefix: config.BEACON_S3_PREFIX,
  });
}

@Module({
  imports: [CohortModule, ProgrammeModule],
  providers: [
    { provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: fileStorageFor },
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
