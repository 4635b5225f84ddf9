import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { reviewProblems } from '@beacon/domain';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { ReviewEntity } from './entities/review.entity.js';
import { ReviewAuditEntity } from './entities/review-audit.entity.js';
import { GradingAccessService, type SubmissionContext } from './grading-access.service.js';
import { ReviewNotificationService } from './jobs/review-notification.service.js';
import { loadPeople, toReviewModel } from './grading-models.util.js';
import type { ReviewAuditEntryModel, ReviewModel } from './dto/submission.model.js';
import type { SaveReviewInput } from './dto/grading.input.js';
import { gradingErrors as msg } from './grading.errors.js';
import type { ErrorMessage } from '../i18n/error-messages.js';

/**
 * Coaches' reviews: saved as drafts with optimistic locking (a stale expectedVersion is a
 * CONFLICT and overwrites nothing), then released to the learner, which is final. Only the
 * latest version of a submission is reviewed. The database audits every change (trigger).
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly grading: GradingAccessService,
    private readonly notifier: ReviewNotificationService,
  ) {}

  async save(viewer: Viewer, input: SaveReviewInput, now = new Date()): Promise<ReviewModel> {
    const ctx = await this.grading.submissionContext(input.submissionId);
    await this.grading.requireGrader(viewer, ctx);
    const { total, problems } = reviewProblems(ctx.assignment, input);
    if (problems.length) throw badInput(problems.join('; '), { problems });
    // stored in the rubric's order, whatever order they came in
    const order = new Map(ctx.assignment.rubric.map((c, i) => [c.id, i]));
    const scores = JSON.stringify(
      [...input.scores]
        .sort((a, b) => order.get(a.criterionId)! - order.get(b.criterionId)!)
        .map((s) => ({ criterionId: s.criterionId, points: s.points })),
    );

    const id = await this.db.transaction(async (tx) => {
      await this.lockLatest(tx, ctx);
      const rows: { id: string }[] =
        input.expectedVersion === 0
          ? await tx.query(
              `INSERT INTO review (submission_id, state, verdict, scores, total, pass_mark, feedback, version, created_by_id, updated_by_id, created_at, updated_at)
               VALUES ($1, 'DRAFT', $2, $3::jsonb, $4, $5, $6, 1, $7, $7, $8, $8)
               ON CONFLICT (submission_id) DO NOTHING RETURNING id`,
              [ctx.submission.id, input.verdict, scores, total, ctx.assignment.passMark, input.feedback, viewer.userId, now],
            )
          : (
              await tx.query(
                `UPDATE review SET verdict = $1, scores = $2::jsonb, total = $3, pass_mark = $4, feedback = $5,
                        version = version + 1, updated_by_id = $6, updated_at = $7
                  WHERE submission_id = $8 AND version = $9 AND state = 'DRAFT' RETURNING id`,
                [
                  input.verdict,
                  scores,
                  total,
                  ctx.assignment.passMark,
                  input.feedback,
                  viewer.userId,
                  now,
                  ctx.submission.id,
                  input.expectedVersion,
                ],
              )
            )[0];
      if (rows.length === 0) throw await this.whyNotChanged(tx, ctx.submission.id, msg.savedMeanwhile);
      return rows[0].id;
    });
    return this.model(id, ctx);
  }

  /** Releases a draft to the learner; releasing a released review again changes nothing. */
  async release(viewer: Viewer, reviewId: string, expectedVersion: number, now = new Date()): Promise<ReviewModel> {
    const review = await this.db.getRepository(ReviewEntity).findOne({ where: { id: reviewId } });
    if (!review) throw notFound('Review');
    const ctx = await this.grading.submissionContext(review.submissionId);
    await this.grading.requireGrader(viewer, ctx);
    if (review.state !== 'RELEASED') {
      await this.db.transaction(async (tx) => {
        await this.lockLatest(tx, ctx);
        const [rows]: [{ id: string }[]] = await tx.query(
          `UPDATE review SET state = 'RELEASED', released_at = $1, updated_at = $1, updated_by_id = $2, version = version + 1
            WHERE id = $3 AND version = $4 AND state = 'DRAFT' RETURNING id`,
          [now, viewer.userId, reviewId, expectedVersion],
        );
        if (rows.length === 0) {
          const current = await tx.getRepository(ReviewEntity).findOneOrFail({ where: { id: reviewId } });
          // released by someone else just now: the same outcome
          if (current.state !== 'RELEASED') throw conflict(msg.savedMeanwhileBeforeRelease);
        }
      });
    }
    // queued again on a repeated release: the job id and the message's dedupe key keep it to one message
    await this.notifier.queueReviewReleased(reviewId);
    return this.model(reviewId, ctx);
  }

  /** Every change of the submission's review, oldest first (the cohort's staff). */
  async audit(viewer: Viewer, submissionId: string): Promise<ReviewAuditEntryModel[]> {
    const ctx = await this.grading.submissionContext(submissionId);
    await this.grading.requireStaffView(viewer, ctx);
    const rows = await this.db.getRepository(ReviewAuditEntity).find({ where: { submissionId }, order: { id: 'ASC' } });
    const actors = await loadPeople(
      this.db,
      rows.map((r) => r.actorId).filter((a): a is string => !!a),
    );
    return rows.map((r) => ({
      id: String(r.id),
      reviewId: r.reviewId,
      action: r.action,
      actor: r.actorId ? (actors.get(r.actorId) ?? null) : null,
      at: r.at,
      reviewVersion: r.reviewVersion,
      state: r.state,
      verdict: r.verdict as ReviewModel['verdict'],
      total: r.total,
      feedback: r.feedback,
    }));
  }

  /**
   * Serialises with the learner's submissions (same lock as submitAssignment) and refuses to
   * review a version that a newer one has replaced.
   */
  private async lockLatest(tx: EntityManager, ctx: SubmissionContext): Promise<void> {
    await tx.query(`SELECT 1 FROM enrolment WHERE id = $1 FOR UPDATE`, [ctx.enrolment.id]);
    const [{ latest }]: { latest: number }[] = await tx.query(
      `SELECT max(version) AS latest FROM submission WHERE enrolment_id = $1 AND week = $2`,
      [ctx.enrolment.id, ctx.submission.week],
    );
    if (latest !== ctx.submission.version) throw conflict(msg.newerVersion.with({ version: latest }));
  }

  private async whyNotChanged(tx: EntityManager, submissionId: string, meanwhile: ErrorMessage) {
    const current = await tx.getRepository(ReviewEntity).findOne({ where: { submissionId } });
    if (!current) return conflict(msg.noReviewYet);
    if (current.state === 'RELEASED') return conflict(msg.reviewReleased);
    return conflict(meanwhile);
  }

  private async model(reviewId: string, ctx: SubmissionContext): Promise<ReviewModel> {
    const r = await this.db.getRepository(ReviewEntity).findOneOrFail({ where: { id: reviewId } });
    const reviewer = r.updatedById ? ((await loadPeople(this.db, [r.updatedById])).get(r.updatedById) ?? null) : null;
    return toReviewModel(r, ctx.assignment, reviewer);
  }
}
