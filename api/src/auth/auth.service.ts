import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, badInput, notFound } from '../common/errors.js';
import { MembershipEntity } from '../partner/entities/membership.entity.js';
import { InvitationEntity, InvitationStatus } from '../partner/entities/invitation.entity.js';
import { PartnerEntity } from '../partner/entities/partner.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { toLocale, translate } from '../i18n/i18n.js';
import { NOTIFICATION_SETTINGS, type NotificationSetting } from '../notification/notification-settings.js';
import { UserEntity } from './entities/user.entity.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.util.js';
import { PasswordLimiter } from './password-limiter.service.js';
import { PASSWORD_RESET_MINUTES, PasswordResetService } from './password-reset.service.js';
import { SessionService, type SessionOrigin } from './session.service.js';
import { hashToken } from './token.util.js';
import type { Viewer } from './viewer.js';
import type { UserModel } from './dto/user.model.js';
import type { NotificationSettingsInput, UpdateProfileInput } from './dto/account.input.js';
import type { NotificationSettingsModel } from './dto/account.model.js';
import type { GoalInput } from '../outcome/dto/goal.model.js';
import { goalFromInput, writeGoal } from '../outcome/goal-fields.util.js';
import { authErrors as msg } from './auth.errors.js';
import { goalErrors } from '../outcome/outcome.errors.js';

export { LOGIN_LIMITS } from './password-limiter.service.js';

/** Reset requests: per address (refused beyond it) and per email (quietly not sent beyond it). */
export const RESET_LIMITS = { perIp: 20, perEmail: 3, windowMinutes: 60 };

type Origin = SessionOrigin & { ip: string };

@Injectable()
export class AuthService {
  private readonly log = new Logger('Auth');

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly limiter: PasswordLimiter,
    private readonly resets: PasswordResetService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailRaw: string, password: string, from: Origin): Promise<{ token: string; expiresAt: Date; userId: string }> {
    const email = emailRaw.trim().toLowerCase();
    const user = await this.db.getRepository(UserEntity).findOne({ where: { email } });
    const ok = await this.limiter.check(email, from.ip, () => verifyPassword(user?.passwordHash ?? null, password));
    if (!user || !ok) throw new AppError('UNAUTHENTICATED', msg.badCredentials);
    const session = await this.sessions.create(user.id, from);
    return { ...session, userId: user.id };
  }

  async userModel(userId: string): Promise<UserModel> {
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: userId }, relations: { memberships: true } });
    if (!user) throw notFound('User');
    const memberships = (user.memberships ?? []).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      timeZone: user.timeZone,
      locale: user.locale,
      roles: [...new Set(memberships.map((m) => m.role))],
      calendarFeedUrl: `${this.config.publicUrl}/calendar/${user.calendarToken}.ics`,
      memberships: memberships.map((m) => ({ id: m.id, role: m.role, partnerId: m.partnerId })),
    };
  }

  /**
   * Accepts an invitation. The link alone never opens an existing account: an account that has
   * a password accepts only from its own session (the viewer is that account). A first password
   * is set only through an invitation that brought the account in (`sets_password`), and the
   * link only ever travels by email. No password is checked here.
   */
  /**
   * Accepts an invitation; a learner's goal, when given, is written onto the enrolments the
   * acceptance starts (the learner owns it from then on, and may edit it).
   */
  async acceptInvitation(
    viewer: Viewer | undefined,
    token: string,
    password: string | undefined,
    name: string | undefined,
    goalInput?: GoalInput,
  ): Promise<{ userId: string; signedIn: boolean }> {
    const goal = goalInput ? goalFromInput(goalInput) : null;
    if (goalInput && !goal) throw badInput(goalErrors.statementMissing, { field: 'goal.statement' });
    const accepted = await this.db.transaction(async (tx) => {
      const inv = await tx
        .getRepository(InvitationEntity)
        .findOne({ where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!inv) throw notFound('Invitation');
      if (inv.status !== InvitationStatus.PENDING)
        throw new AppError(
          'CONFLICT',
          msg.invitationUsed.with({ status: inv.status === InvitationStatus.ACCEPTED ? 'accepted' : 'withdrawn' }),
        );
      if (inv.expiresAt.getTime() < Date.now()) throw new AppError('CONFLICT', msg.invitationExpired);
      const users = tx.getRepository(UserEntity);
      let user = await users.findOne({ where: { email: inv.email } });
      const signedIn = !!user && viewer?.userId === user.id;
      if (viewer && !signedIn) throw new AppError('FORBIDDEN', msg.invitationForOther.with({ email: inv.email }));
      if (!signedIn) {
        if (user?.passwordHash || (user && !inv.setsPassword)) {
          throw new AppError('UNAUTHENTICATED', msg.logInToAccept.with({ email: inv.email }), { field: 'login' });
        }
        if (!password || password.length < MIN_PASSWORD_LENGTH) {
          throw badInput(msg.passwordTooShort.with({ min: MIN_PASSWORD_LENGTH }), { field: 'password' });
        }
        const passwordHash = await hashPassword(password);
        const displayName = name?.trim() || inv.name;
        if (user) await users.update({ id: user.id }, { passwordHash, name: displayName });
        else {
          const partner = await tx.getRepository(PartnerEntity).findOneOrFail({ where: { id: inv.partnerId } });
          user = await users.save(
            users.create({ email: inv.email, name: displayName, passwordHash, timeZone: partner.timeZone, locale: partner.locale ?? 'en' }),
          );
        }
      }
      await tx
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ userId: user!.id, role: inv.role, partnerId: inv.partnerId })
        .orIgnore()
        .execute();
      await tx.getRepository(InvitationEntity).update({ id: inv.id }, { status: InvitationStatus.ACCEPTED, acceptedAt: new Date() });
      let started: { id: string }[] = [];
      if (inv.role === 'LEARNER') {
        // enrolments waiting for this person's consent start now
        // (TypeORM answers an UPDATE with [rows, count])
        [started] = await tx.query(
          `UPDATE enrolment SET status = 'ACTIVE' WHERE user_id = $1 AND status = 'INVITED' AND cohort_id IN (SELECT id FROM cohort WHERE partner_id = $2) RETURNING id`,
          [user!.id, inv.partnerId],
        );
      }
      if (goal) {
        if (started.length === 0) throw badInput(msg.noCohortForGoal, { field: 'goal' });
        await writeGoal(
          tx,
          started.map((e) => e.id),
          goal,
        );
      }
      return { userId: user!.id, signedIn };
    });
    this.sessions.forgetUser(accepted.userId);
    return accepted;
  }

  /** Always answers the same, whether or not the email has an account (no enumeration). */
  async requestPasswordReset(emailRaw: string, ip: string): Promise<true> {
    const email = emailRaw.trim().toLowerCase();
    const byIp = await this.limiter.windowed(`reset-ip:${ip}`, RESET_LIMITS.perIp, RESET_LIMITS.windowMinutes);
    if (!byIp.admitted) throw new AppError('TOO_MANY_REQUESTS', msg.tooManyResets);
    const byEmail = await this.limiter.windowed(`reset-email:${email}`, RESET_LIMITS.perEmail, RESET_LIMITS.windowMinutes);
    if (!byEmail.admitted) return true;
    const messageId = await this.db.transaction(async (tx) => {
      // an account without a password gets its first one only through the invitation that brought it in
      const user = await tx.getRepository(UserEntity).findOne({ where: { email } });
      if (!user?.passwordHash) return null;
      const { link } = await this.resets.createLink(tx, user.id);
      const locale = toLocale(user.locale);
      return this.notifications.write(tx, {
        kind: 'password-reset',
        to: user.email,
        locale,
        subject: translate(locale, 'email.passwordReset.subject'),
        body: translate(locale, 'email.passwordReset.body', { name: user.name, minutes: PASSWORD_RESET_MINUTES, link }),
      });
    });
    if (messageId) await this.notifications.dispatch([messageId]);
    return true;
  }

  /** Sets a new password from an emailed link, ends every session of the user and opens a new one. */
  async resetPassword(token: string, newPassword: string, from: Origin): Promise<{ token: string; expiresAt: Date; userId: string }> {
    requireNewPassword(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    const user = await this.db.transaction(async (tx) => {
      const userId = await this.resets.consume(tx, token);
      if (!userId) throw badInput(msg.resetLinkInvalid, { field: 'token' });
      await tx.getRepository(UserEntity).update({ id: userId }, { passwordHash });
      await this.sessions.endAll(userId, undefined, tx);
      return tx.getRepository(UserEntity).findOneByOrFail({ id: userId });
    });
    this.sessions.forgetUser(user.id);
    await this.limiter.clear(user.email);
    const session = await this.sessions.create(user.id, from);
    return { ...session, userId: user.id };
  }

  /** The current password is checked under the same limits as a login; the other sessions end. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, ip: string): Promise<true> {
    requireNewPassword(newPassword, 'newPassword');
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: viewer.userId });
    const ok = await this.limiter.check(user.email, ip, () => verifyPassword(user.passwordHash, currentPassword));
    if (!ok) throw badInput(msg.currentPasswordWrong, { field: 'currentPassword' });
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (tx) => {
      await tx.getRepository(UserEntity).update({ id: user.id }, { passwordHash });
      await this.sessions.endAll(user.id, viewer.sessionId, tx);
      await tx.query(`DELETE FROM password_reset WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    });
    this.sessions.forgetUser(user.id);
    return true;
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserModel> {
    const patch: Partial<Pick<UserEntity, 'name' | 'timeZone' | 'locale'>> = {};
    if (input.name != null) {
      const name = input.name.trim();
      if (!name) throw badInput(msg.nameEmpty, { field: 'name' });
      patch.name = name;
    }
    if (input.timeZone != null) patch.timeZone = input.timeZone;
    if (input.locale != null) patch.locale = input.locale;
    if (Object.keys(patch).length) await this.db.getRepository(UserEntity).update({ id: viewer.userId }, patch);
    // the cached viewer carries the language its errors are written in
    if (patch.locale !== undefined) this.sessions.forgetUser(viewer.userId);
    return this.userModel(viewer.userId);
  }

  async notificationSettings(userId: string, tx: EntityManager = this.db.manager): Promise<NotificationSettingsModel> {
    const user = await tx.getRepository(UserEntity).findOneByOrFail({ id: userId });
    const off = new Set(user.notificationOptOuts);
    return Object.fromEntries(NOTIFICATION_SETTINGS.map((s) => [s, !off.has(s)])) as unknown as NotificationSettingsModel;
  }

  async updateNotificationSettings(viewer: Viewer, input: NotificationSettingsInput): Promise<NotificationSettingsModel> {
    return this.db.transaction(async (tx) => {
      const user = await tx.getRepository(UserEntity).findOneOrFail({ where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      const off = new Set(user.notificationOptOuts);
      for (const s of NOTIFICATION_SETTINGS) {
        const on = input[s as NotificationSetting];
        if (on === true) off.delete(s);
        if (on === false) off.add(s);
      }
      await tx.getRepository(UserEntity).update({ id: user.id }, { notificationOptOuts: NOTIFICATION_SETTINGS.filter((s) => off.has(s)) });
      return this.notificationSettings(user.id, tx);
    });
  }
}

function requireNewPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(msg.passwordTooShort.with({ min: MIN_PASSWORD_LENGTH }), { field });
}
