import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedQuery } from '../common/prepared-query.js';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { SubmissionService } from './submission.service.js';
import type { GradingQueuePageModel } from './dto/submission.model.js';
import type { GradingQueueFilter } from './dto/grading.input.js';

/**
 * $1 cohort ids, $4 a coach (their cohorts), $7 every cohort (an admin): the latest version per
 * learner and week there, of learners still enrolled, optionally of one week ($2) and in one
 * state of review ($3); counted, and one page ($5 from $6) of ids, oldest submission first.
 * Everything it filters on is on the submission (migration 1764700000000), so the partial index
 * submission_queue_idx answers it; the scope is a set of cohorts rather than `$n IS NULL OR …`
 * conditions, which would hide that index from the prepared (generic) plan.
 */
const GRADING_QUEUE = new PreparedQuery<{ total: number; ids: string[] }>(
  'grading_queue',
  `WITH scope AS (
     SELECT unnest($1::uuid[]) AS cohort_id
      UNION SELECT cc.cohort_id FROM cohort_coach cc JOIN cohort c ON c.id = cc.cohort_id
             JOIN membership m ON m.user_id = cc.user_id AND m.role = 'COACH' AND m.partner_id = c.partner_id
            WHERE cc.user_id = $4::uuid
      UNION SELECT c.id FROM cohort c WHERE $7::boolean
   ),
   withdrawn AS (
     SELECT e.id FROM scope JOIN enrolment e ON e.cohort_id = scope.cohort_id WHERE e.status = 'WITHDRAWN'
   ),
   matching AS (
     SELECT s.id, s.submitted_at
       FROM scope JOIN submission s ON s.cohort_id = scope.cohort_id AND s.latest
      WHERE ($2::int IS NULL OR s.week = $2::int)
        AND CASE $3::text
              WHEN 'SUBMITTED' THEN s.review_state IS NULL
              WHEN 'DRAFT' THEN s.review_state = 'DRAFT'
              WHEN 'RELEASED' THEN s.review_state = 'RELEASED'
              ELSE true END
        AND s.enrolment_id NOT IN (SELECT id FROM withdrawn)
   )
   SELECT (SELECT count(*)::int FROM matching) AS total,
          coalesce((SELECT array_agg(p.id ORDER BY p.submitted_at, p.id)
                      FROM (SELECT id, submitted_at FROM matching ORDER BY submitted_at, id LIMIT $5 OFFSET $6) p), '{}') AS ids`,
);

/**
 * The coach's grading queue: the latest version per learner and week, from the cohorts assigned
 * to the coach (all cohorts for an admin), oldest submission first. Withdrawn learners drop out.
 */
@Injectable()
export class GradingQueueService {
  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortAccessService,
    private readonly submissions: SubmissionService,
  ) {}

  async page(viewer: Viewer, filter: GradingQueueFilter, first: number, offset: number): Promise<GradingQueuePageModel> {
    let cohortIds: string[] | null = null;
    let coachId: string | null = null;
    if (filter.cohortId) {
      await this.cohorts.require(viewer, filter.cohortId, ['COACH']);
      cohortIds = [filter.cohortId];
    } else if (!viewer.isAdmin) {
      coachId = viewer.userId;
    }
    const [{ total, ids }] = await GRADING_QUEUE.run(this.db, [cohortIds, filter.week ?? null, filter.state ?? null, coachId, first, offset, viewer.isAdmin && !filter.cohortId]);
    const items = await this.submissions.toModels(ids, 'STAFF');
    return { items, total, hasMore: offset + items.length < total };
  }
}
