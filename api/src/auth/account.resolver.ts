import { Inject, UseGuards } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEmail, Length } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { AuthGuard } from './guards/auth.guard.js';
import { CurrentViewer, Public } from './decorators/auth.decorators.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';
import { AuthPayload, UserModel } from './dto/user.model.js';
import { ChangePasswordArgs, NotificationSettingsInput, ResetPasswordArgs, UpdateProfileInput } from './dto/account.input.js';
import { AccountSessionModel, NotificationSettingsModel } from './dto/account.model.js';
import { originOf, setSessionCookie, type GqlContext } from './auth.resolver.js';
import type { Viewer } from './viewer.js';

@ArgsType()
class RequestPasswordResetArgs {
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @Length(3, 254) email: string;
}

/** A person's own account: password, profile, sessions and which emails they get. */
@Resolver()
@UseGuards(AuthGuard)
export class AccountResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a single-use reset link (valid 1 hour) when the address has an account; always answers true.',
  })
  requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() ctx: GqlContext): Promise<boolean> {
    return this.auth.requestPasswordReset(email, ctx.req.ip);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Sets a new password from a reset link, ends every session of the account and logs in afresh.',
  })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const session = await this.auth.resetPassword(token, newPassword, originOf(ctx));
    setSessionCookie(this.config, ctx, session.token, session.expiresAt);
    return { token: session.token, user: await this.auth.userModel(session.userId) };
  }

  @Mutation(() => Boolean, {
    description: 'Changes your password (the current one is required); your other sessions end, this one goes on.',
  })
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.auth.changePassword(viewer, currentPassword, newPassword, ctx.req.ip);
  }

  @Mutation(() => UserModel, { description: 'Changes your name, time zone or language (each optional).' })
  updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return this.auth.updateProfile(viewer, input);
  }

  @Query(() => [AccountSessionModel], { description: 'Your live sessions, the most recently used first.' })
  async mySessions(@CurrentViewer() viewer: Viewer): Promise<AccountSessionModel[]> {
    const rows = await this.sessions.list(viewer.userId);
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      userAgent: s.userAgent,
      ipAddress: s.ipAddress,
      current: s.id === viewer.sessionId,
    }));
  }

  @Mutation(() => Boolean, { description: 'Ends one of your sessions (logs that browser or app out).' })
  async endSession(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.sessions.endOne(viewer, id);
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every session of yours but this one; answers how many ended.' })
  endOtherSessions(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.sessions.endAll(viewer.userId, viewer.sessionId);
  }

  @Query(() => NotificationSettingsModel, { description: 'Which emails you receive.' })
  notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettingsModel> {
    return this.auth.notificationSettings(viewer.userId);
  }

  @Mutation(() => NotificationSettingsModel, { description: 'Turns kinds of email on or off (fields left out stay as they are).' })
  updateNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: NotificationSettingsInput,
  ): Promise<NotificationSettingsModel> {
    return this.auth.updateNotificationSettings(viewer, input);
  }
}
