import { Grading1764200000000 } from '../database/migrations/1764200000000-grading.js';
import { GradebookRollup1796220000000 } from '../database/migrations/1796220000000-gradebook-rollup.js';
import { LearnerOrder1796240000000 } from '../database/migrations/1796240000000-learner-order.js';
import { SubmissionFileEntity } from './entities/submission-file.entity.js';
import { SubmissionEntity } from './entities/submission.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { ReviewAuditEntity } from './entities/review-audit.entity.js';
import { CohortDueDateEntity, DueExtensionEntity } from './entities/due-date.entity.js';

/**
 * The grading domain's TypeORM entities and migrations, registered by database/data-source.ts.
 */
export const gradingEntities: (new () => unknown)[] = [
  SubmissionFileEntity,
  SubmissionEntity,
  ReviewEntity,
  ReviewAuditEntity,
  CohortDueDateEntity,
  DueExtensionEntity,
];
export const gradingMigrations: (new () => unknown)[] = [Grading1764200000000, GradebookRollup1796220000000, LearnerOrder1796240000000];
