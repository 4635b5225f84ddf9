import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { pageSize } from '../common/pagination.js';
import { notFound } from '../common/errors.js';
import type { ProgrammeVersionEntity } from './entities/programme-version.entity.js';
import { ProgrammeService, type ProgrammeAudience, type ProgrammeView } from './programme.service.js';
import { ProgrammeModel, ProgrammeVersionModel } from './dto/programme.model.js';
import { ProgrammeDefinitionInput } from './dto/programme-definition.input.js';

const audienceOf = (viewer: Viewer): ProgrammeAudience => (viewer.isAdmin ? 'admin' : 'catalogue');

const toModel =
  (audience: ProgrammeAudience) =>
  (v: ProgrammeView): ProgrammeModel => {
    if (audience === 'admin') return ProgrammeModel.fromDraft(v.programme, v.latest);
    // the catalogue never falls back to the draft (the service only lists published programmes)
    if (!v.latest) throw notFound('Programme');
    return ProgrammeModel.fromPublished(v.programme, v.latest);
  };

@Resolver(() => ProgrammeModel)
@UseGuards(AuthGuard)
export class ProgrammeResolver {
  /* one versions loader per request, keyed by the request's GraphQL context */
  private readonly versionLoaders = new WeakMap<object, DataLoader<string, ProgrammeVersionEntity[]>>();

  constructor(private readonly service: ProgrammeService) {}

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => [ProgrammeModel], {
    description: 'Programmes by code: all of them with their drafts for admins; the published ones for partner administrators.',
  })
  async programmes(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<ProgrammeModel[]> {
    const audience = audienceOf(viewer);
    return (await this.service.list(audience, pageSize(first), Math.max(0, offset))).map(toModel(audience));
  }

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => ProgrammeModel)
  async programme(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ProgrammeModel> {
    const audience = audienceOf(viewer);
    return toModel(audience)(await this.service.get(audience, id));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ProgrammeModel, { description: 'Creates a programme with this definition as its draft.' })
  async createProgramme(@Args('input') input: ProgrammeDefinitionInput): Promise<ProgrammeModel> {
    return toModel('admin')(await this.service.create(input));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ProgrammeModel, { description: 'Replaces the draft; published versions and the cohorts pinned to them are unchanged.' })
  async updateProgrammeDraft(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProgrammeDefinitionInput,
  ): Promise<ProgrammeModel> {
    return toModel('admin')(await this.service.updateDraft(id, input));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ProgrammeVersionModel, { description: 'Publishes the draft as the next version; refused while the draft has problems.' })
  async publishProgramme(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ProgrammeVersionModel> {
    return ProgrammeVersionModel.from(await this.service.publish(id, viewer.userId));
  }

  @ResolveField(() => [ProgrammeVersionModel], { description: 'published versions, newest first' })
  async versions(@Parent() p: ProgrammeModel, @Context() ctx: object): Promise<ProgrammeVersionModel[]> {
    return (await this.versionsLoader(ctx).load(p.id)).map(ProgrammeVersionModel.from);
  }

  private versionsLoader(ctx: object): DataLoader<string, ProgrammeVersionEntity[]> {
    let loader = this.versionLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const byProgramme = await this.service.versionsOf(ids);
        return ids.map((id) => byProgramme.get(id) ?? []);
      });
      this.versionLoaders.set(ctx, loader);
    }
    return loader;
  }
}
