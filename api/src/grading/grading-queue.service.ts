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
 * state of review ($3); counted, and one page ($5 from $6) ids, oldest submission first. The
 * scope is a set of cohorts rather than `$n IS NULL OR …` conditions, which hid the indexes from
 * the (prepared, hence generic) plan; latest versions come from submission_latest_idx alone.
 */
const GRADING_QUEUE = new PreparedQuery<{ total: number; ids: string[] }>(
  'grading_queue',
  `WITH scope AS (
     SELECT unnest($1::uuid[]) AS cohort_id
      UNION SELECT cc.cohort_id FROM cohort_coach cc WHERE cc.user_id = $4::uuid
      UNION SELECT c.id FROM cohort c WHERE $7::boolean
   ),
   latest AS (
     SELECT DISTINCT ON (s.enrolment_id, s.week) s.id, s.submitted_at
       FROM scope JOIN enrolment e ON e.cohort_id = scope.cohort_id AND e.status <> 'WITHDRAWN'
       JOIN submission s ON s.enrolment_id = e.id
      WHERE $2::int IS NULL OR s.week = $2::int
      ORDER BY s.enrolment_id, s.week, s.version DESC
   ),
   matching AS (
     SELECT l.id, l.submitted_at FROM latest l
      WHERE CASE $3::text
              WHEN 'SUBMITTED' THEN NOT EXISTS (SELECT 1 FROM review r WHERE r.submission_id = l.id)
              WHEN 'DRAFT' THEN EXISTS (SELECT 1 FROM review r WHERE r.submission_id = l.id AND r.state = 'DRAFT')
              WHEN 'RELEASED' THEN EXISTS (SELECT 1 FROM review r WHERE r.submission_id = l.id AND r.state = 'RELEASED')
              ELSE true END
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
