import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, Public, Tenant } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import { MembershipModel } from '../auth/dto/user.model.js';
import type { TenantScope, Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { pageSize } from '../common/pagination.js';
import type { Loaders } from '../common/loaders.js';
import { PartnerService } from './partner.service.js';
import { PartnerModel } from './dto/partner.model.js';
import { CreatePartnerInput, UpdatePartnerInput } from './dto/partner.input.js';
import { MemberModel } from './dto/member.model.js';
import { InvitationModel, InvitationPreviewModel, InviteInput } from './dto/invitation.model.js';

const ANY_ROLE = [Role.PARTNER_ADMIN, Role.COACH, Role.LEARNER];

@Resolver(() => PartnerModel)
@UseGuards(AuthGuard)
export class PartnerResolver {
  constructor(private readonly service: PartnerService) {}

  @Query(() => [PartnerModel], { description: 'Partners: all of them for admins, otherwise those you belong to.' })
  async partners(
    @Tenant(ANY_ROLE) scope: TenantScope,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<PartnerModel[]> {
    return (await this.service.list(scope, pageSize(first), Math.max(0, offset))).map(PartnerModel.from);
  }

  @Query(() => PartnerModel)
  async partner(@Tenant(ANY_ROLE) scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<PartnerModel> {
    return PartnerModel.from(await this.service.get(scope, id));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => PartnerModel)
  async createPartner(@Args('input') input: CreatePartnerInput): Promise<PartnerModel> {
    return PartnerModel.from(await this.service.create(input));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => PartnerModel)
  async updatePartner(
    @Tenant([Role.ADMIN]) scope: TenantScope,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePartnerInput,
  ): Promise<PartnerModel> {
    return PartnerModel.from(await this.service.update(scope, id, input));
  }

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => [MemberModel], { description: 'The people of a partner, optionally of one role.' })
  members(
    @Tenant([Role.PARTNER_ADMIN]) scope: TenantScope,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('role', { type: () => Role, nullable: true }) role: Role | undefined,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('search', { type: () => String, nullable: true, description: 'part of a name or email, any case' }) search: string | undefined,
  ): Promise<MemberModel[]> {
    return this.service.members(scope, partnerId, role ?? undefined, pageSize(first), Math.max(0, offset), search ?? undefined);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => Int, { description: 'How many people `members` lists with the same filters (for pagers).' })
  memberCount(
    @Tenant([Role.PARTNER_ADMIN]) scope: TenantScope,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('role', { type: () => Role, nullable: true }) role: Role | undefined,
    @Args('search', { type: () => String, nullable: true }) search: string | undefined,
  ): Promise<number> {
    return this.service.memberCount(scope, partnerId, role ?? undefined, search ?? undefined);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a person’s role in a partner.' })
  removeMember(
    @Tenant([Role.PARTNER_ADMIN]) scope: TenantScope,
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.removeMember(scope, viewer, id);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => [InvitationModel])
  invitations(
    @Tenant([Role.PARTNER_ADMIN]) scope: TenantScope,
    @Args('partnerId', { type: () => ID }) partnerId: string,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<InvitationModel[]> {
    return this.service.invitations(scope, partnerId, pageSize(first), Math.max(0, offset));
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => InvitationModel, { description: 'Invites a person by email; they get a link to set their password.' })
  invite(
    @Tenant([Role.PARTNER_ADMIN]) scope: TenantScope,
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InviteInput,
  ): Promise<InvitationModel> {
    return this.service.invite(scope, viewer, input);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => InvitationModel, {
    description: 'Sends a pending (or expired) invitation again with a new link; the old link stops working.',
  })
  resendInvitation(
    @Tenant([Role.PARTNER_ADMIN]) scope: TenantScope,
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InvitationModel> {
    return this.service.resendInvitation(scope, viewer, id);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => InvitationModel)
  revokeInvitation(@Tenant([Role.PARTNER_ADMIN]) scope: TenantScope, @Args('id', { type: () => ID }) id: string): Promise<InvitationModel> {
    return this.service.revokeInvitation(scope, id);
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'What an invitation link is for, before accepting it.' })
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.service.preview(token);
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField(() => PartnerModel, { nullable: true })
  async partner(@Parent() m: MembershipModel, @Context('loaders') loaders: Loaders): Promise<PartnerModel | null> {
    if (!m.partnerId) return null;
    const p = await loaders.partner.load(m.partnerId);
    return p ? PartnerModel.from(p) : null;
  }
}
