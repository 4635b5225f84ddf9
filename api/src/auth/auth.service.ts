import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, badInput, notFound } from '../common/errors.js';
import { MembershipEntity } from '../partner/entities/membership.entity.js';
import { InvitationEntity } from '../partner/entities/invitation.entity.js';
import { LoginAttemptEntity } from './entities/login-attempt.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.util.js';
import { SessionService } from './session.service.js';
import { hashToken } from './token.util.js';
import type { UserModel } from './dto/user.model.js';

/** Failed attempts allowed in the window, per email and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 8, perIp: 40 };

const BAD_CREDENTIALS = 'The email or password is not right';

@Injectable()
export class AuthService {
  private readonly log = new Logger('Auth');

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailRaw: string, password: string, ip: string): Promise<{ token: string; expiresAt: Date; userId: string }> {
    const email = emailRaw.trim().toLowerCase();
    const [{ by_email, by_ip }] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM login_attempt WHERE created_at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, LOGIN_LIMITS.windowMinutes],
    );
    if (by_email >= LOGIN_LIMITS.perEmail || by_ip >= LOGIN_LIMITS.perIp) {
      throw new AppError('TOO_MANY_REQUESTS', `Too many failed attempts. Please wait ${LOGIN_LIMITS.windowMinutes} minutes and try again.`);
    }
    const user = await this.db.getRepository(UserEntity).findOne({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.db.getRepository(LoginAttemptEntity).insert({ email, ip });
      this.log.log(`failed login for ${email} from ${ip}`);
      throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
    }
    await this.db.getRepository(LoginAttemptEntity).delete({ email });
    const session = await this.sessions.create(user.id);
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
      roles: [...new Set(memberships.map((m) => m.role))],
      calendarFeedUrl: `${this.config.publicUrl}/calendar/${user.calendarToken}.ics`,
      memberships: memberships.map((m) => ({ id: m.id, role: m.role, partnerId: m.partnerId })),
    };
  }

  /**
   * Accepts an invitation: creates the account (or keeps an existing one and its password)
   * and the membership, in one transaction; the link works once.
   */
  async acceptInvitation(token: string, password: string | undefined, name: string | undefined): Promise<{ userId: string }> {
    const accepted = await this.db.transaction(async (tx) => {
      const inv = await tx.getRepository(InvitationEntity).findOne({ where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!inv) throw notFound('Invitation');
      if (inv.status !== 'PENDING') throw new AppError('CONFLICT', `This invitation was already ${inv.status === 'ACCEPTED' ? 'accepted' : 'withdrawn'}`);
      if (inv.expiresAt.getTime() < Date.now()) throw new AppError('CONFLICT', 'This invitation has expired; ask for a new one');
      const users = tx.getRepository(UserEntity);
      let user = await users.findOne({ where: { email: inv.email } });
      if (user?.passwordHash) {
        // the link alone must not log anyone into an existing account
        if (!password || !(await verifyPassword(user.passwordHash, password))) {
          throw new AppError('UNAUTHENTICATED', 'Enter the password of your existing Beacon account to accept', { field: 'password' });
        }
      } else {
        if (!password || password.length < MIN_PASSWORD_LENGTH) {
          throw badInput(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
        }
        const passwordHash = await hashPassword(password);
        const displayName = name?.trim() || inv.name;
        if (user) await users.update({ id: user.id }, { passwordHash, name: displayName });
        else user = await users.save(users.create({ email: inv.email, name: displayName, passwordHash }));
      }
      await tx
        .createQueryBuilder()
        .insert()
        .into(MembershipEntity)
        .values({ userId: user.id, role: inv.role, partnerId: inv.partnerId })
        .orIgnore()
        .execute();
      await tx.getRepository(InvitationEntity).update({ id: inv.id }, { status: 'ACCEPTED', acceptedAt: new Date() });
      if (inv.role === 'LEARNER') {
        // enrolments made before the learner had an account start now
        await tx.query(
          `UPDATE enrolment SET status = 'ACTIVE' WHERE user_id = $1 AND status = 'INVITED' AND cohort_id IN (SELECT id FROM cohort WHERE partner_id = $2)`,
          [user.id, inv.partnerId],
        );
      }
      return { userId: user.id };
    });
    this.sessions.forgetUser(accepted.userId);
    return accepted;
  }
}
