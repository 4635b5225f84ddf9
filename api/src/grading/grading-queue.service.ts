import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedQuery } from '../common/prepared-query.js';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { SubmissionService } from './submission.service.js';
import type { GradingNeighboursModel, GradingQueuePageModel } from './dto/submission.model.js';
import { GradingAccessService } from './grading-access.service.js';
import type { GradingQueueFilter } from './dto/grading.input.js';

/**
 * $1 cohort ids, $4 a coach (their cohorts), $7 every cohort (an admin): the latest version per
 * learner and week there, of learners still enrolled, optionally of one week ($2) and in one
 * state of review ($3); counted, and one page ($5 from $6) of ids, oldest submission first.
 * Everything it filters on is on the submission (migration 1764700000000), so the partial index
 * submission_queue_idx answers it; the scope is a set of cohorts rather than `$n IS NULL OR …`
 * conditions, which would hide that index from the prepared (generic) plan.
 */
const QUEUE_CTE = `WITH scope AS (
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
   )`;

const GRADING_QUEUE = new PreparedQuery<{ total: number; ids: string[] }>(
  'grading_queue',
  `${QUEUE_CTE}
   SELECT (SELECT count(*)::int FROM matching) AS total,
          coalesce((SELECT array_agg(p.id ORDER BY p.submitted_at, p.id)
                      FROM (SELECT id, submitted_at FROM matching ORDER BY submitted_at, id LIMIT $5 OFFSET $6) p), '{}') AS ids`,
);

/**
 * The same queue seen from one submission ($5), as a grader moving through it: the one before and
 * after it in queue order, the first, and how many come before it. The submission need not match
 * the filter (it may have just been released), its place in the order is enough.
 */
const QUEUE_NEIGHBOURS = `${QUEUE_CTE},
   cur AS (SELECT submitted_at, id FROM submission WHERE id = $5::uuid AND $6::int IS NULL)
   SELECT (SELECT count(*)::int FROM matching) AS total,
          (SELECT count(*)::int FROM matching m, cur WHERE (m.submitted_at, m.id) < (cur.submitted_at, cur.id)) AS before,
          (SELECT m.id FROM matching m, cur WHERE (m.submitted_at, m.id) < (cur.submitted_at, cur.id) ORDER BY m.submitted_at DESC, m.id DESC LIMIT 1) AS previous_id,
          (SELECT m.id FROM matching m, cur WHERE (m.submitted_at, m.id) > (cur.submitted_at, cur.id) ORDER BY m.submitted_at, m.id LIMIT 1) AS next_id,
          (SELECT m.id FROM matching m ORDER BY m.submitted_at, m.id LIMIT 1) AS first_id,
          EXISTS (SELECT 1 FROM matching m, cur WHERE m.id = cur.id) AS included`;

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
    private readonly access: GradingAccessService,
  ) {}

  async page(viewer: Viewer, filter: GradingQueueFilter, first: number, offset: number): Promise<GradingQueuePageModel> {
    const { cohortIds, coachId } = await this.scope(viewer, filter);
    const [{ total, ids }] = await GRADING_QUEUE.run(this.db, [
      cohortIds,
      filter.week ?? null,
      filter.state ?? null,
      coachId,
      first,
      offset,
      viewer.isAdmin && !filter.cohortId,
    ]);
    const items = await this.submissions.toModels(ids, 'STAFF');
    return { items, total, hasMore: offset + items.length < total };
  }

  /** Where a submission sits in the queue with this filter: previous and next without going back to the list. */
  async neighbours(viewer: Viewer, submissionId: string, filter: GradingQueueFilter): Promise<GradingNeighboursModel> {
    await this.access.requireStaffView(viewer, await this.access.submissionContext(submissionId));
    const { cohortIds, coachId } = await this.scope(viewer, filter);
    const [r]: {
      total: number;
      before: number;
      previous_id: string | null;
      next_id: string | null;
      first_id: string | null;
      included: boolean;
    }[] = await this.db.query(QUEUE_NEIGHBOURS, [
      cohortIds,
      filter.week ?? null,
      filter.state ?? null,
      coachId,
      submissionId,
      null,
      viewer.isAdmin && !filter.cohortId,
    ]);
    return {
      total: r.total,
      position: r.included ? r.before + 1 : null,
      previousId: r.previous_id,
      nextId: r.next_id,
      firstId: r.first_id,
    };
  }

  private async scope(viewer: Viewer, filter: GradingQueueFilter): Promise<{ cohortIds: string[] | null; coachId: string | null }> {
    if (filter.cohortId) {
      await this.cohorts.require(viewer, filter.cohortId, ['COACH']);
      return { cohortIds: [filter.cohortId], coachId: null };
    }
    return { cohortIds: null, coachId: viewer.isAdmin ? null : viewer.userId };
  }
}
