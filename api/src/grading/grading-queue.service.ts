import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { SubmissionService } from './submission.service.js';
import type { GradingQueuePageModel } from './dto/submission.model.js';
import type { GradingQueueFilter } from './dto/grading.input.js';

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
    // the latest version per learner and week in the cohorts, then the state filter on its review;
    // counted and paged in one query (the index submission_latest_idx serves the latest versions)
    const [{ total, ids }]: { total: number; ids: string[] }[] = await this.db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (s.enrolment_id, s.week) s.id, s.submitted_at
           FROM submission s JOIN enrolment e ON e.id = s.enrolment_id
          WHERE e.status <> 'WITHDRAWN' AND ($1::uuid[] IS NULL OR e.cohort_id = ANY($1::uuid[]))
            AND ($4::uuid IS NULL OR e.cohort_id IN (SELECT cc.cohort_id FROM cohort_coach cc WHERE cc.user_id = $4::uuid))
            AND ($2::int IS NULL OR s.week = $2::int)
          ORDER BY s.enrolment_id, s.week, s.version DESC
       ),
       matching AS (
         SELECT l.id, l.submitted_at FROM latest l LEFT JOIN review r ON r.submission_id = l.id
          WHERE CASE $3::text WHEN 'SUBMITTED' THEN r.id IS NULL WHEN 'DRAFT' THEN r.state = 'DRAFT' WHEN 'RELEASED' THEN r.state = 'RELEASED' ELSE true END
       )
       SELECT (SELECT count(*)::int FROM matching) AS total,
              coalesce((SELECT array_agg(p.id ORDER BY p.submitted_at, p.id) FROM (SELECT id, submitted_at FROM matching ORDER BY submitted_at, id LIMIT $5 OFFSET $6) p), '{}') AS ids`,
      [cohortIds, filter.week ?? null, filter.state ?? null, coachId, first, offset],
    );
    const items = await this.submissions.toModels(ids, 'STAFF');
    return { items, total, hasMore: offset + items.length < total };
  }
}
