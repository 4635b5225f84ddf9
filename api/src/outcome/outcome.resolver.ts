import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, Tenant } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { TenantScope, Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { badInput } from '../common/errors.js';
import { OutcomeService } from './outcome.service.js';
import { GoalService } from './goal.service.js';
import { LearnerMessageService } from './learner-message.service.js';
import {
  AtRiskLearnerModel,
  CredentialPathModel,
  LearnerMessageResultModel,
  NetworkOutcomesModel,
  PartnerOutcomesModel,
} from './dto/outcome.model.js';
import { EnrolmentGoalModel, GoalCheckInInput, GoalInput, LearnerGoalModel } from './dto/goal.model.js';
import { GoalCheckInKind } from './entities/goal-check-in.entity.js';
import { goalErrors, outcomeErrors } from './outcome.errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Resolver()
@UseGuards(AuthGuard)
export class OutcomeResolver {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly goals: GoalService,
    private readonly messages: LearnerMessageService,
  ) {}

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => PartnerOutcomesModel, {
    description: 'A partner’s outcomes: totals and each cohort (oldest first). Another partner’s id is NOT_FOUND.',
  })
  partnerOutcomes(
    @Tenant([Role.PARTNER_ADMIN]) scope: TenantScope,
    @Args('partnerId', { type: () => ID }) partnerId: string,
  ): Promise<PartnerOutcomesModel> {
    return this.outcomes.partnerOutcomes(scope, partnerId);
  }

  @Allow(Role.ADMIN)
  @Query(() => NetworkOutcomesModel, {
    description: 'Every partner side by side with the network median; filter by programme, version and cohorts starting in a period.',
  })
  networkOutcomes(
    @Args('programmeId', { type: () => ID, nullable: true }) programmeId?: string,
    @Args('programmeVersion', { type: () => Int, nullable: true, description: 'with programmeId: cohorts pinned to this version' })
    programmeVersion?: number,
    @Args('from', { type: () => String, nullable: true, description: 'cohorts starting on or after, YYYY-MM-DD' }) from?: string,
    @Args('to', { type: () => String, nullable: true, description: 'cohorts starting on or before, YYYY-MM-DD' }) to?: string,
  ): Promise<NetworkOutcomesModel> {
    for (const [field, v] of Object.entries({ from, to }))
      if (v && !DATE.test(v)) throw badInput(outcomeErrors.notADate.with({ field }), { field });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (programmeId && !uuid.test(programmeId)) throw badInput(outcomeErrors.programmeIdNotId, { field: 'programmeId' });
    if (programmeVersion != null && (!programmeId || programmeVersion < 1))
      throw badInput(outcomeErrors.programmeVersionAlone, { field: 'programmeVersion' });
    return this.outcomes.networkOutcomes({ programmeId, programmeVersion, from, to });
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [AtRiskLearnerModel], {
    description: 'The cohort’s active learners at risk, those who can no longer reach the credential first.',
  })
  atRiskLearners(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<AtRiskLearnerModel[]> {
    return this.outcomes.atRiskLearners(viewer, cohortId);
  }

  @Query(() => CredentialPathModel, {
    description: 'What is still needed for the credential: for the learner, their coaches and partner admins.',
  })
  myPathToCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
  ): Promise<CredentialPathModel> {
    return this.outcomes.pathToCredential(viewer, enrolmentId);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => LearnerMessageResultModel, {
    description: 'Emails the chosen learners of a cohort (through the outbox); the message is logged.',
  })
  messageLearners(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('enrolmentIds', { type: () => [ID] }) enrolmentIds: string[],
    @Args('subject') subject: string,
    @Args('body') body: string,
  ): Promise<LearnerMessageResultModel> {
    return this.messages.send(viewer, cohortId, enrolmentIds, subject, body);
  }

  @Query(() => EnrolmentGoalModel, { description: 'A learner’s goal and its check-ins: for the learner and the cohort’s staff.' })
  enrolmentGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
  ): Promise<EnrolmentGoalModel> {
    return this.goals.goal(viewer, enrolmentId);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [LearnerGoalModel], {
    description: 'A cohort’s active and completed learners with their goals and check-ins, by name: for its coaches and partner admins.',
  })
  cohortGoals(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<LearnerGoalModel[]> {
    return this.goals.cohortGoals(viewer, cohortId);
  }

  @Mutation(() => EnrolmentGoalModel, {
    description: 'The learner states their goal: what, measured how, from what baseline to what target, by when.',
  })
  updateGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('input') input: GoalInput,
  ): Promise<EnrolmentGoalModel> {
    return this.goals.updateGoal(viewer, enrolmentId, input);
  }

  @Mutation(() => EnrolmentGoalModel, { description: 'The learner records a check-in on their goal (again: replaces it).' })
  recordGoalCheckIn(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('input') input: GoalCheckInInput,
  ): Promise<EnrolmentGoalModel> {
    return this.goals.recordCheckIn(viewer, enrolmentId, input);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => EnrolmentGoalModel, { description: 'A coach confirms a learner’s check-in, with an optional comment.' })
  confirmGoalCheckIn(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('kind', { type: () => GoalCheckInKind }) kind: GoalCheckInKind,
    @Args('comment', { type: () => String, nullable: true }) comment?: string,
  ): Promise<EnrolmentGoalModel> {
    if (comment && comment.length > 2000) throw badInput(goalErrors.commentTooLong, { field: 'comment' });
    return this.goals.confirmCheckIn(viewer, enrolmentId, kind, comment ?? null);
  }
}
