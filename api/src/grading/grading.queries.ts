import type { Verdict } from '@beacon/domain';
import { PreparedQuery } from '../common/prepared-query.js';
import type { PersonModel } from '../cohort/dto/cohort.model.js';
import type { SubmissionFileEntity } from './entities/submission-file.entity.js';
import type { ReviewEntity } from './entities/review.entity.js';

/*
 * The grading domain's SQL that services share, with the row types it returns (parameters are
 * numbered within each query, as its comment says).
 */

/** A review as SUBMISSION_MODELS returns it (JSON: instants as text). */
export type ReviewJson = Omit<ReviewEntity, 'createdAt' | 'updatedAt' | 'releasedAt'> & {
  createdAt: string;
  updatedAt: string;
  releasedAt: string | null;
};

export interface SubmissionRow {
  id: string;
  enrolment_id: string;
  week: number;
  version: number;
  body: string | null;
  link: string | null;
  submitted_at: Date;
  due_at: Date;
  late: boolean;
  user_id: string;
  learner_name: string;
  learner_email: string;
  cohort_id: string;
  cohort_name: string;
  programme_version_id: string;
  latest_version: number;
  review: ReviewJson | null;
  reviewer: PersonModel | null;
  file: SubmissionFileEntity | null;
  versions: { id: string; version: number; submittedAt: string; late: boolean; verdict: Verdict | null }[];
}

/**
 * $1 submission ids: each with its learner, cohort, review (and who last changed it), file, and
 * every version of the same learner's week with its released verdict, newest first.
 */
export const SUBMISSION_MODELS = new PreparedQuery<SubmissionRow>(
  'submission_models',
  `SELECT s.id, s.enrolment_id, s.week, s.version, s.body, s.link, s.submitted_at, s.due_at, s.late,
          e.user_id, u.name AS learner_name, u.email AS learner_email, c.id AS cohort_id, c.name AS cohort_name, c.programme_version_id,
          v.latest_version, v.versions,
          CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object(
            'id', r.id, 'submissionId', r.submission_id, 'state', r.state, 'verdict', r.verdict, 'scores', r.scores, 'total', r.total,
            'passMark', r.pass_mark, 'feedback', r.feedback, 'version', r.version, 'createdById', r.created_by_id, 'updatedById', r.updated_by_id,
            'createdAt', r.created_at, 'updatedAt', r.updated_at, 'releasedAt', r.released_at) END AS review,
          CASE WHEN ru.id IS NULL THEN NULL ELSE json_build_object('id', ru.id, 'name', ru.name, 'email', ru.email) END AS reviewer,
          CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('id', f.id, 'filename', f.filename, 'contentType', f.content_type, 'sizeBytes', f.size_bytes) END AS file
     FROM submission s
     JOIN enrolment e ON e.id = s.enrolment_id
     JOIN "user" u ON u.id = e.user_id
     JOIN cohort c ON c.id = e.cohort_id
     LEFT JOIN review r ON r.submission_id = s.id
     LEFT JOIN "user" ru ON ru.id = r.updated_by_id
     LEFT JOIN submission_file f ON f.id = s.file_id
     CROSS JOIN LATERAL (
       SELECT max(s2.version) AS latest_version,
              json_agg(json_build_object('id', s2.id, 'version', s2.version, 'submittedAt', s2.submitted_at, 'late', s2.late, 'verdict', r2.verdict) ORDER BY s2.version DESC) AS versions
         FROM submission s2 LEFT JOIN review r2 ON r2.submission_id = s2.id AND r2.state = 'RELEASED'
        WHERE s2.enrolment_id = s.enrolment_id AND s2.week = s.week) v
    WHERE s.id = ANY($1::uuid[])`,
);
