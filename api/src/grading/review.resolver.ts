import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { pageSize } from '../common/pagination.js';
import { ReviewService } from './review.service.js';
import { GradingQueueService } from './grading-queue.service.js';
import { GradingNeighboursModel, GradingQueuePageModel, ReviewAuditEntryModel, ReviewModel } from './dto/submission.model.js';
import { GradingQueueFilter, SaveReviewInput } from './dto/grading.input.js';

@Resolver(() => ReviewModel)
@UseGuards(AuthGuard)
export class ReviewResolver {
  constructor(
    private readonly reviews: ReviewService,
    private readonly queue: GradingQueueService,
  ) {}

  @Allow(Role.COACH)
  @Query(() => GradingQueuePageModel, {
    description: 'Submissions to grade from your cohorts: the latest version per learner and week, oldest first.',
  })
  gradingQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => GradingQueueFilter, nullable: true }) filter: GradingQueueFilter | undefined,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<GradingQueuePageModel> {
    return this.queue.page(viewer, filter ?? {}, pageSize(first), Math.max(0, offset));
  }

  @Allow(Role.COACH)
  @Query(() => GradingNeighboursModel, {
    description: 'The submissions before and after this one in your grading queue with the same filter, to grade one after another.',
  })
  gradingNeighbours(
    @CurrentViewer() viewer: Viewer,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('filter', { type: () => GradingQueueFilter, nullable: true }) filter: GradingQueueFilter | undefined,
  ): Promise<GradingNeighboursModel> {
    return this.queue.neighbours(viewer, submissionId, filter ?? {});
  }

  @Allow(Role.COACH)
  @Mutation(() => ReviewModel, {
    description:
      'Saves your review of a submission as a draft. Every criterion needs one of its level points; PASS needs the total to reach the pass mark; REVISE and FAIL need feedback. expectedVersion is the review version you saw (0: none yet); if someone saved since, CONFLICT and nothing is overwritten.',
  })
  saveReview(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveReviewInput): Promise<ReviewModel> {
    return this.reviews.save(viewer, input);
  }

  @Allow(Role.COACH)
  @Mutation(() => ReviewModel, {
    description: 'Releases a draft review to the learner (final), who is notified. Releasing it again changes nothing.',
  })
  releaseReview(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<ReviewModel> {
    return this.reviews.release(viewer, id, expectedVersion);
  }

  @Allow(Role.COACH, Role.PARTNER_ADMIN)
  @Query(() => [ReviewAuditEntryModel], {
    description: 'Who changed the review of a submission and when, oldest first (the cohort’s staff).',
  })
  reviewAudit(
    @CurrentViewer() viewer: Viewer,
    @Args('submissionId', { type: () => ID }) submissionId: string,
  ): Promise<ReviewAuditEntryModel[]> {
    return this.reviews.audit(viewer, submissionId);
  }
}
