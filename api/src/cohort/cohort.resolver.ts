import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, Tenant } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { TenantScope, Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { pageSize } from '../common/pagination.js';
import { CohortStatus } from './entities/cohort.entity.js';
import { CohortService } from './cohort.service.js';
import { CohortAccessService } from './cohort-access.service.js';
import { CohortModel } from './dto/cohort.model.js';
import { CreateCohortInput, DuplicateCohortInput, UpdateCohortInput } from './dto/cohort.input.js';

@Resolver(() => CohortModel)
@UseGuards(AuthGuard)
export class CohortResolver {
  constructor(
    private readonly service: CohortService,
    private readonly access: CohortAccessService,
  ) {}

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [CohortModel], { description: 'Cohorts you run: your partner’s as partner admin, those assigned to you as coach.' })
  async cohorts(
    @CurrentViewer() viewer: Viewer,
    @Args('partnerId', { type: () => ID, nullable: true }) partnerId: string | undefined,
    @Args('status', { type: () => CohortStatus, nullable: true }) status: CohortStatus | undefined,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<CohortModel[]> {
    const rows = await this.service.listForStaff(
      viewer,
      { partnerId: partnerId ?? undefined, status: status ?? undefined },
      pageSize(first),
      Math.max(0, offset),
    );
    return this.service.toModels(rows);
  }

  @Query(() => CohortModel)
  async cohort(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CohortModel> {
    const c = await this.access.require(viewer, id, ['PARTNER_ADMIN', 'COACH', 'LEARNER']);
    return (await this.service.toModels([c]))[0];
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CohortModel, { description: 'Creates a cohort from the programme’s latest published version, with its live sessions.' })
  async createCohort(@Tenant([Role.PARTNER_ADMIN]) scope: TenantScope, @Args('input') input: CreateCohortInput): Promise<CohortModel> {
    return (await this.service.toModels([await this.service.create(scope, input)]))[0];
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CohortModel, {
    description: 'Creates a draft cohort like this one (programme, zone, capacity, coaches, community links) with its own name and start.',
  })
  async duplicateCohort(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DuplicateCohortInput,
  ): Promise<CohortModel> {
    return (await this.service.toModels([await this.service.duplicate(viewer, id, input)]))[0];
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a draft cohort nobody is enrolled in.' })
  async deleteCohort(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.service.remove(viewer, id);
    return true;
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CohortModel, {
    description: 'Changes a cohort’s name, capacity, community links, or (while a draft or open) its start date.',
  })
  async updateCohort(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCohortInput,
  ): Promise<CohortModel> {
    return (await this.service.toModels([await this.service.update(viewer, id, input)]))[0];
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CohortModel)
  async setCohortStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => CohortStatus }) status: CohortStatus,
  ): Promise<CohortModel> {
    return (await this.service.toModels([await this.service.setStatus(viewer, id, status)]))[0];
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CohortModel)
  async assignCoach(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CohortModel> {
    await this.service.assignCoach(viewer, cohortId, userId);
    return this.cohort(viewer, cohortId);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CohortModel)
  async unassignCoach(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<CohortModel> {
    await this.service.unassignCoach(viewer, cohortId, userId);
    return this.cohort(viewer, cohortId);
  }
}
