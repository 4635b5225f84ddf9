import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { badInput, notFound } from '../common/errors.js';
import { EnrolmentStatus } from './entities/enrolment.entity.js';
import { EnrolmentService } from './enrolment.service.js';
import { LearnerHomeService } from './learner-home.service.js';
import { EnrolmentImportResultModel, EnrolmentModel, RosterOrder, RosterPageModel } from './dto/cohort.model.js';
import { LEARNER_PAGE_DEFAULT, LEARNER_PAGE_MAX, learnerPage } from '../common/pagination.js';
import { EnrolLearnerInput } from './dto/cohort.input.js';
import { LearnerEnrolmentModel } from './dto/learner.model.js';
import { cohortErrors as msg } from './cohort.errors.js';

const MAX_CSV_BYTES = 512 * 1024;

@Resolver(() => EnrolmentModel)
@UseGuards(AuthGuard)
export class EnrolmentResolver {
  constructor(
    private readonly service: EnrolmentService,
    private readonly home: LearnerHomeService,
  ) {}

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [EnrolmentModel], {
    description: 'A cohort’s learners with progress and attendance, all of them (its partner admins and coaches); `roster` pages them.',
  })
  enrolments(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('status', { type: () => EnrolmentStatus, nullable: true }) status: EnrolmentStatus | undefined,
  ): Promise<EnrolmentModel[]> {
    return this.service.roster(viewer, cohortId, status ?? undefined);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => RosterPageModel, {
    description: `One page of a cohort’s learners with progress and attendance, in enrolment order or lowest attendance first (its partner admins and coaches). search: a part of a name or email; first: at most ${LEARNER_PAGE_MAX}.`,
  })
  roster(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('status', { type: () => EnrolmentStatus, nullable: true }) status: EnrolmentStatus | undefined,
    @Args('search', { type: () => String, nullable: true }) search: string | undefined,
    @Args('first', { type: () => Int, defaultValue: LEARNER_PAGE_DEFAULT }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('includeWithdrawn', {
      type: () => Boolean,
      defaultValue: true,
      description: 'false leaves withdrawn learners out (a status, when given, decides alone)',
    })
    includeWithdrawn: boolean,
    @Args('order', { type: () => RosterOrder, defaultValue: RosterOrder.ENROLMENT }) order: RosterOrder,
  ): Promise<RosterPageModel> {
    return this.service.rosterPage(viewer, cohortId, learnerPage(first, offset, search), {
      status: status ?? undefined,
      includeWithdrawn: includeWithdrawn !== false,
      order: order ?? RosterOrder.ENROLMENT,
    });
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => EnrolmentModel, { description: 'Enrols one learner by email; people without an account get an invitation link.' })
  async enrolLearner(@CurrentViewer() viewer: Viewer, @Args('input') input: EnrolLearnerInput): Promise<EnrolmentModel> {
    const e = await this.service.enrol(viewer, input.cohortId, { email: input.email, name: input.name });
    return this.modelOf(viewer, e.cohortId, e.id);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => EnrolmentImportResultModel, {
    description:
      'Enrols every learner of a CSV or, if any line has a problem, none. Columns: email, name, and optionally the goal: goal, measure, baseline, target, by when (YYYY-MM-DD).',
  })
  importEnrolments(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('csv') csv: string,
  ): Promise<EnrolmentImportResultModel> {
    if (Buffer.byteLength(csv) > MAX_CSV_BYTES) throw badInput(msg.csvTooLarge.with({ kilobytes: MAX_CSV_BYTES / 1024 }));
    return this.service.importCsv(viewer, cohortId, csv);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => EnrolmentModel)
  async withdrawEnrolment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<EnrolmentModel> {
    const e = await this.service.withdraw(viewer, id);
    return this.modelOf(viewer, e.cohortId, e.id);
  }

  @Query(() => [LearnerEnrolmentModel], { description: 'Your own enrolments, the running one first: the learner home.' })
  myEnrolments(@CurrentViewer() viewer: Viewer): Promise<LearnerEnrolmentModel[]> {
    return this.home.myEnrolments(viewer);
  }

  @Mutation(() => LearnerEnrolmentModel, { description: 'States or edits your own outcome goal for an enrolment.' })
  async setOutcomeGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('goal', { type: () => String }) goal: string,
  ): Promise<LearnerEnrolmentModel> {
    if (goal.length > 2000) throw badInput(msg.goalTooLong, { field: 'goal' });
    await this.service.setOutcomeGoal(viewer, enrolmentId, goal);
    return this.mine(viewer, enrolmentId);
  }

  @Mutation(() => LearnerEnrolmentModel, { description: 'Ticks (or unticks) a content item of an open week as done.' })
  async setContentItemCompleted(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('contentItemId', { type: () => ID }) contentItemId: string,
    @Args('completed') completed: boolean,
  ): Promise<LearnerEnrolmentModel> {
    await this.home.setContentItemCompleted(viewer, enrolmentId, contentItemId, completed);
    return this.mine(viewer, enrolmentId);
  }

  private async mine(viewer: Viewer, enrolmentId: string): Promise<LearnerEnrolmentModel> {
    const m = (await this.home.myEnrolments(viewer)).find((x) => x.id === enrolmentId);
    if (!m) throw notFound('Enrolment');
    return m;
  }

  private async modelOf(viewer: Viewer, cohortId: string, enrolmentId: string): Promise<EnrolmentModel> {
    const m = (await this.service.roster(viewer, cohortId)).find((x) => x.id === enrolmentId);
    if (!m) throw notFound('Enrolment');
    return m;
  }
}

/** What a roster page tells beyond its rows, worked out only when asked for. */
@Resolver(() => RosterPageModel)
export class RosterPageResolver {
  constructor(private readonly service: EnrolmentService) {}

  @ResolveField(() => Int, {
    description:
      'the cohort’s learners (not withdrawn) whose attendance is below the programme’s minimum, counted over the whole cohort whatever the page, search and order',
  })
  belowMinimumAttendance(@Parent() page: RosterPageModel): Promise<number> {
    return page.attendanceScope ? this.service.belowMinimumAttendance(page.attendanceScope) : Promise.resolve(0);
  }
}
