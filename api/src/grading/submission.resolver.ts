import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { SubmissionService } from './submission.service.js';
import { MyAssignmentModel, SubmissionModel } from './dto/submission.model.js';
import { SubmitAssignmentInput } from './dto/grading.input.js';

@Resolver(() => SubmissionModel)
@UseGuards(AuthGuard)
export class SubmissionResolver {
  constructor(private readonly submissions: SubmissionService) {}

  @Allow(Role.LEARNER)
  @Mutation(() => SubmissionModel, {
    description:
      'Submits (a new version of) your answer to a week’s assignment: text, a link and/or an uploaded file, as the assignment accepts. Allowed in an open week until a review is released, and again after a REVISE; marked late after your due point.',
  })
  submitAssignment(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitAssignmentInput): Promise<SubmissionModel> {
    return this.submissions.submit(viewer, input);
  }

  @Query(() => SubmissionModel, {
    description: 'One submission with its assignment and rubric: for its learner (review only once released) or the cohort’s staff.',
  })
  submission(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SubmissionModel> {
    return this.submissions.get(viewer, id);
  }

  @Query(() => [MyAssignmentModel], {
    description: 'Your assignments in an enrolment, week by week: due point, whether you can submit, your versions and released reviews.',
  })
  myAssignments(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
  ): Promise<MyAssignmentModel[]> {
    return this.submissions.myAssignments(viewer, enrolmentId);
  }
}
