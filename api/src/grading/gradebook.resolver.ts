import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { LEARNER_PAGE_DEFAULT, LEARNER_PAGE_MAX, learnerPage } from '../common/pagination.js';
import { GradebookService } from './gradebook.service.js';
import { DueDateService } from './due-date.service.js';
import { GradebookModel } from './dto/gradebook.model.js';
import { LearnerDueModel, WeekDueDatesModel } from './dto/submission.model.js';
import { SetCohortDueDateInput, SetDueExtensionInput } from './dto/grading.input.js';

@Resolver(() => GradebookModel)
@UseGuards(AuthGuard)
export class GradebookResolver {
  constructor(
    private readonly gradebooks: GradebookService,
    private readonly dues: DueDateService,
  ) {}

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => GradebookModel, {
    description: `A cohort’s learners × weeks with state and score, a page of learners at a time (first: at most ${LEARNER_PAGE_MAX}; search: a part of a name or email); csvUrl exports every learner.`,
  })
  gradebook(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('search', { type: () => String, nullable: true }) search: string | undefined,
    @Args('first', { type: () => Int, defaultValue: LEARNER_PAGE_DEFAULT }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<GradebookModel> {
    return this.gradebooks.gradebook(viewer, cohortId, learnerPage(first, offset, search));
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [WeekDueDatesModel], {
    description: 'A cohort’s due points per week: the programme’s, the cohort’s override and learners’ extensions.',
  })
  cohortDueDates(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<WeekDueDatesModel[]> {
    return this.dues.cohortDueDates(viewer, cohortId);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => WeekDueDatesModel, {
    description: 'Moves a week’s due point for the whole cohort (null: back to the programme’s). Existing submissions’ late flags follow.',
  })
  setCohortDueDate(@CurrentViewer() viewer: Viewer, @Args('input') input: SetCohortDueDateInput): Promise<WeekDueDatesModel> {
    return this.dues.setCohortDue(viewer, input);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => LearnerDueModel, {
    description: 'Gives one learner their own due point for a week (null: removes it). Their submissions’ late flags follow.',
  })
  setDueExtension(@CurrentViewer() viewer: Viewer, @Args('input') input: SetDueExtensionInput): Promise<LearnerDueModel> {
    return this.dues.setExtension(viewer, input);
  }
}
