import type { DataSource, EntityManager } from 'typeorm';
import { rubricMaxPoints, type AssignmentDefinition } from '@beacon/domain';
import type { PersonModel } from '../cohort/dto/cohort.model.js';
import type { ReviewEntity } from './entities/review.entity.js';
import type { SubmissionFileEntity } from './entities/submission-file.entity.js';
import type { ReviewModel, SubmissionFileModel } from './dto/submission.model.js';

export const fileDownloadPath = (fileId: string): string => `/api/submissions/files/${fileId}`;

export function toFileModel(f: SubmissionFileEntity): SubmissionFileModel {
  return { id: f.id, filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes, downloadUrl: fileDownloadPath(f.id) };
}

/** A review as GraphQL shows it, its scores in the rubric's order with their level labels. */
export function toReviewModel(r: ReviewEntity, assignment: AssignmentDefinition, reviewer: PersonModel | null): ReviewModel {
  const byId = new Map(r.scores.map((s) => [s.criterionId, s.points]));
  return {
    id: r.id,
    submissionId: r.submissionId,
    state: r.state,
    verdict: r.verdict,
    scores: assignment.rubric
      .filter((c) => byId.has(c.id))
      .map((c) => {
        const points = byId.get(c.id)!;
        return { criterionId: c.id, criterionTitle: c.title, points, levelLabel: c.levels.find((l) => l.points === points)?.label ?? '' };
      }),
    total: r.total,
    maxPoints: rubricMaxPoints(assignment.rubric),
    passMark: r.passMark,
    reachesPassMark: r.total >= r.passMark,
    feedback: r.feedback,
    version: r.version,
    reviewer,
    updatedAt: r.updatedAt,
    releasedAt: r.releasedAt,
  };
}

/** People (id, name, email) by id, in one query. */
export async function loadPeople(db: DataSource | EntityManager, ids: string[]): Promise<Map<string, PersonModel>> {
  if (ids.length === 0) return new Map();
  const rows: PersonModel[] = await db.query(`SELECT id, name, email FROM "user" WHERE id = ANY($1)`, [[...new Set(ids)]]);
  return new Map(rows.map((p) => [p.id, p]));
}
