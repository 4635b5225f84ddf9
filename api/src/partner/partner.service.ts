import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { badInput, commonErrors, conflict, forbidden, notFound } from '../common/errors.js';
import { Role } from '../common/role.js';
import { hashToken, newToken } from '../auth/token.util.js';
import type { TenantScope, Viewer } from '../auth/viewer.js';
import { NotificationService } from '../notification/notification.service.js';
import { toLocale, translate } from '../i18n/i18n.js';
import { PartnerEntity } from './entities/partner.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { InvitationEntity, InvitationStatus } from './entities/invitation.entity.js';
import type { CreatePartnerInput, UpdatePartnerInput } from './dto/partner.input.js';
import { InvitationState } from '@beacon/domain';
import type { InvitationModel, InviteInput } from './dto/invitation.model.js';
import type { MemberModel } from './dto/member.model.js';
import { SessionService } from '../auth/session.service.js';
import { partnerErrors as msg } from './partner.errors.js';

export const INVITATION_DAYS = 14;

export const roleLabel: Record<Role, string> = {
  [Role.ADMIN]: 'administrator',
  [Role.PARTNER_ADMIN]: 'partner administrator',
  [Role.COACH]: 'coach',
  [Role.LEARNER]: 'learner',
};

@Injectable()
export class PartnerService {
  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(scope: TenantScope, first: number, offset: number): Promise<PartnerEntity[]> {
    return this.db.getRepository(PartnerEntity).find({
      where: scope.all ? {} : { id: In([...scope.partnerIds]) },
      order: { name: 'ASC' },
      take: first,
      skip: offset,
    });
  }

  /** A partner outside the scope is reported as not found, so ids don't reveal what exists. */
  async get(scope: TenantScope, id: string): Promise<PartnerEntity> {
    const p = scope.includes(id) ? await this.db.getRepository(PartnerEntity).findOne({ where: { id } }) : null;
    if (!p) throw notFound('Partner');
    return p;
  }

  async create(input: CreatePartnerInput): Promise<PartnerEntity> {
    const repo = this.db.getRepository(PartnerEntity);
    if (await repo.exists({ where: { slug: input.slug } })) throw conflict(msg.slugTaken.with({ slug: input.slug }));
    return repo.save(repo.create({ ...input, name: input.name.trim(), region: input.region.trim() }));
  }

  async update(scope: TenantScope, id: string, input: UpdatePartnerInput): Promise<PartnerEntity> {
    const p = await this.get(scope, id);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
    if (Object.keys(patch).length === 0) throw badInput(commonErrors.nothingToChange);
    await this.db.getRepository(PartnerEntity).update({ id: p.id }, patch);
    return this.get(scope, id);
  }

  async members(
    scope: TenantScope,
    partnerId: string,
    role: Role | undefined,
    first: number,
    offset: number,
    search?: string,
  ): Promise<MemberModel[]> {
    await this.get(scope, partnerId);
    const qb = this.membersQuery(partnerId, role, search).orderBy('m.createdAt', 'ASC').addOrderBy('m.id', 'ASC').take(first).skip(offset);
    const rows = await qb.getMany();
    return rows.map((m) => ({
      id: m.id,
      userId: m.userId,
      name: m.user!.name,
      email: m.user!.email,
      role: m.role,
      partnerId,
      since: m.createdAt,
    }));
  }

  /** How many people `members` would list with the same filters, for pagers. */
  async memberCount(scope: TenantScope, partnerId: string, role: Role | undefined, search?: string): Promise<number> {
    await this.get(scope, partnerId);
    return this.membersQuery(partnerId, role, search).getCount();
  }

  /** A partner's people, of one role, whose name or email holds the search text (any case). */
  private membersQuery(partnerId: string, role: Role | undefined, search: string | undefined) {
    const qb = this.db
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .where('m.partnerId = :partnerId', { partnerId });
    if (role) qb.andWhere('m.role = :role', { role });
    const text = search?.trim();
    if (text)
      qb.andWhere(`(u.name ILIKE :like ESCAPE '\\' OR u.email ILIKE :like ESCAPE '\\')`, {
        like: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    return qb;
  }

  async removeMember(scope: TenantScope, viewer: Viewer, membershipId: string): Promise<boolean> {
    const m = await this.db.getRepository(MembershipEntity).findOne({ where: { id: membershipId } });
    if (!m || !m.partnerId || !scope.includes(m.partnerId)) throw notFound('Member');
    if (m.userId === viewer.userId && m.role === Role.PARTNER_ADMIN) throw badInput(msg.ownAdminRole);
    if (m.role === Role.PARTNER_ADMIN && !viewer.isAdmin) throw forbidden(msg.onlyBodyRemovesAdmin);
    await this.db.getRepository(MembershipEntity).delete({ id: m.id });
    this.sessions.forgetUser(m.userId);
    return true;
  }

  async invitations(scope: TenantScope, partnerId: string, first: number, offset: number): Promise<InvitationModel[]> {
    await this.get(scope, partnerId);
    const rows = await this.db
      .getRepository(InvitationEntity)
      .find({ where: { partnerId }, order: { createdAt: 'DESC' }, take: first, skip: offset });
    return rows.map((r) => toInvitationModel(r));
  }

  /**
   * Invites a person to a role in a partner: admins may invite anyone but an admin; partner
   * admins invite coaches and learners into their own partner. Inviting again replaces a
   * pending invitation (a resend with a new link). The link goes only to the invited address,
   * through the outbox: the answer is the same whether or not the address has an account.
   */
  async invite(scope: TenantScope, viewer: Viewer, input: InviteInput): Promise<InvitationModel> {
    const partner = await this.get(scope, input.partnerId);
    if (input.role === Role.ADMIN) throw badInput(msg.adminNotInvitable);
    if (!viewer.isAdmin && ![Role.COACH, Role.LEARNER].includes(input.role)) {
      throw forbidden(msg.partnerAdminInvites);
    }
    const email = input.email.trim().toLowerCase();
    const { invitation, messageId } = await this.db.transaction(async (tx) => {
      // already a member of this partner: the partner knows them, so saying so reveals nothing
      const already = await tx.query(
        `SELECT 1 FROM membership m JOIN "user" u ON u.id = m.user_id WHERE u.email = $1 AND m.role = $2 AND m.partner_id = $3`,
        [email, input.role, partner.id],
      );
      if (already.length) throw conflict(msg.alreadyMember.with({ email, role: input.role, partner: partner.name }));
      const created = await this.createInvitation(tx, { partner, email, name: input.name, role: input.role, invitedById: viewer.userId });
      // the invited person's own language if they have an account, else the partner's
      const [account]: { locale: string }[] = await tx.query(`SELECT locale FROM "user" WHERE email = $1`, [email]);
      const locale = toLocale(account?.locale ?? partner.locale);
      const messageId = await this.notifications.write(tx, {
        kind: 'invitation',
        to: email,
        locale,
        subject: translate(locale, 'email.invitation.subject', { partner: partner.name }),
        body: translate(locale, 'email.invitation.body', {
          name: created.invitation.name,
          partner: partner.name,
          role: input.role,
          setsPassword: created.invitation.setsPassword ? 'yes' : 'no',
          days: INVITATION_DAYS,
          link: created.acceptUrl,
        }),
      });
      return { ...created, messageId };
    });
    await this.notifications.dispatch([messageId]);
    return toInvitationModel(invitation);
  }

  /**
   * Creates an invitation inside the caller's transaction, replacing a pending one for the
   * same person and role (a resend with a new link). Returns the link, for the invited person's
   * email only. It may set the account's first password when there is no account yet, or when
   * the account has no password and an invitation of this partner brought it in (or the caller
   * created it just now, in the same transaction).
   */
  async createInvitation(
    tx: EntityManager,
    i: { partner: PartnerEntity; email: string; name: string; role: Role; invitedById: string | null; accountCreatedNow?: boolean },
  ): Promise<{ invitation: InvitationEntity; acceptUrl: string }> {
    const token = newToken();
    const [{ sets_password }]: { sets_password: boolean }[] = await tx.query(
      `SELECT $3::boolean OR NOT EXISTS (SELECT 1 FROM "user" WHERE email = $1)
           OR (EXISTS (SELECT 1 FROM "user" WHERE email = $1 AND password_hash IS NULL)
               AND EXISTS (SELECT 1 FROM invitation WHERE email = $1 AND partner_id = $2 AND sets_password)) AS sets_password`,
      [i.email, i.partner.id, i.accountCreatedNow ?? false],
    );
    await tx
      .getRepository(InvitationEntity)
      .update(
        { partnerId: i.partner.id, email: i.email, role: i.role, status: InvitationStatus.PENDING },
        { status: InvitationStatus.REVOKED },
      );
    const invitation = await tx.getRepository(InvitationEntity).save(
      tx.getRepository(InvitationEntity).create({
        email: i.email,
        name: i.name.trim(),
        role: i.role,
        partnerId: i.partner.id,
        invitedById: i.invitedById,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
        setsPassword: sets_password,
      }),
    );
    return { invitation, acceptUrl: this.acceptUrl(token) };
  }

  /** Sends a pending or expired invitation again, with a new link (the old one stops working). */
  async resendInvitation(scope: TenantScope, viewer: Viewer, id: string): Promise<InvitationModel> {
    const inv = await this.db.getRepository(InvitationEntity).findOne({ where: { id } });
    if (!inv || !scope.includes(inv.partnerId)) throw notFound('Invitation');
    if (inv.status !== InvitationStatus.PENDING)
      throw conflict(inv.status === InvitationStatus.ACCEPTED ? msg.invitationAccepted : msg.invitationWithdrawn);
    return this.invite(scope, viewer, { partnerId: inv.partnerId, email: inv.email, name: inv.name, role: inv.role });
  }

  async revokeInvitation(scope: TenantScope, id: string): Promise<InvitationModel> {
    const repo = this.db.getRepository(InvitationEntity);
    const inv = await repo.findOne({ where: { id } });
    if (!inv || !scope.includes(inv.partnerId)) throw notFound('Invitation');
    if (inv.status !== InvitationStatus.PENDING) throw conflict(msg.onlyPendingWithdrawn);
    await repo.update({ id, status: InvitationStatus.PENDING }, { status: InvitationStatus.REVOKED });
    return toInvitationModel({ ...inv, status: InvitationStatus.REVOKED });
  }

  /**
   * What a link is for, to the person holding it (the link only ever goes to the invited address):
   * whether accepting sets a first password or needs a login comes from the invitation itself.
   */
  async preview(token: string) {
    const inv = await this.db
      .getRepository(InvitationEntity)
      .findOne({ where: { tokenHash: hashToken(token) }, relations: { partner: true } });
    if (!inv) throw notFound('Invitation');
    let signInToAccept = !inv.setsPassword;
    if (inv.setsPassword && inv.status === InvitationStatus.PENDING) {
      // an account may have chosen its password since (another invitation accepted): then it logs in
      signInToAccept = (await this.db.query(`SELECT 1 FROM "user" WHERE email = $1 AND password_hash IS NOT NULL`, [inv.email])).length > 0;
    }
    // the cohorts accepting starts (a learner's goal is asked for them)
    const cohorts: { name: string }[] =
      inv.role === 'LEARNER' && inv.status === InvitationStatus.PENDING
        ? await this.db.query(
            `SELECT c.name FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN "user" u ON u.id = e.user_id
              WHERE u.email = $1 AND c.partner_id = $2 AND e.status = 'INVITED' ORDER BY c.start_date, c.name`,
            [inv.email, inv.partnerId],
          )
        : [];
    return {
      email: inv.email,
      name: inv.name,
      role: inv.role,
      partnerName: inv.partner!.name,
      state: stateOf(inv),
      signInToAccept,
      cohortNames: cohorts.map((c) => c.name),
    };
  }

  private acceptUrl(token: string): string {
    return `${this.config.publicUrl}/invite/${token}`;
  }
}

function stateOf(inv: InvitationEntity): InvitationState {
  if (inv.status === InvitationStatus.PENDING && inv.expiresAt.getTime() < Date.now()) return InvitationState.EXPIRED;
  return inv.status;
}

function toInvitationModel(inv: InvitationEntity): InvitationModel {
  return {
    id: inv.id,
    email: inv.email,
    name: inv.name,
    role: inv.role,
    partnerId: inv.partnerId,
    state: stateOf(inv),
    expiresAt: inv.expiresAt,
    createdAt: inv.createdAt,
  };
}
