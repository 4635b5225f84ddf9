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
    let cohortIds: string[] | null;
    if (filter.cohortId) {
      await this.cohorts.require(viewer, filter.cohortId, ['COACH']);
      cohortIds = [filter.cohortId];
    } else if (viewer.isAdmin) {
      cohortIds = null;
    } else {
      const rows: { cohort_id: string }[] = await this.db.query(`SELECT cohort_id FROM cohort_coach WHERE user_id = $1`, [viewer.userId]);
      cohortIds = rows.map((r) => r.cohort_id);
    }
    const params = [cohortIds, filter.week ?? null, filter.state ?? null];
    // the latest version per learner and week in the cohorts, then the state filter on its review
    const matching = `
      WITH latest AS (
        SELECT DISTINCT ON (s.enrolment_id, s.week) s.id, s.submitted_at
          FROM submission s JOIN enrolment e ON e.id = s.enrolment_id
         WHERE e.status <> 'WITHDRAWN' AND ($1::uuid[] IS NULL OR e.cohort_id = ANY($1::uuid[])) AND ($2::int IS NULL OR s.week = $2::int)
         ORDER BY s.enrolment_id, s.week, s.version DESC
      )
      SELECT l.id, l.submitted_at FROM latest l LEFT JOIN review r ON r.submission_id = l.id
       WHERE CASE $3::text WHEN 'SUBMITTED' THEN r.id IS NULL WHEN 'DRAFT' THEN r.state = 'DRAFT' WHEN 'RELEASED' THEN r.state = 'RELEASED' ELSE true END`;
    const [[{ total }], rows]: [{ total: number }[], { id: string }[]] = await Promise.all([
      this.db.query(`SELECT count(*)::int AS total FROM (${matching}) q`, params),
      this.db.query(`SELECT id FROM (${matching}) q ORDER BY submitted_at, id LIMIT $4 OFFSET $5`, [...params, first, offset]),
    ]);
    const items = await this.submissions.toModels(rows.map((r) => r.id), 'STAFF');
    return { items, total, hasMore: offset + items.length < total };
  }
}
