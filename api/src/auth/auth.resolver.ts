import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthGuard } from './guards/auth.guard.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { sessionCookieName, sessionCookieOptions } from './session-cookie.js';
import { CurrentViewer, Public } from './decorators/auth.decorators.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';
import { AuthPayload, UserModel } from './dto/user.model.js';
import { AcceptInvitationInput, LoginInput } from './dto/auth.input.js';
import { GoalInput, optionalGoalInput } from '../outcome/dto/goal.model.js';
import type { Viewer } from './viewer.js';

export interface GqlContext {
  req: FastifyRequest & { viewer?: Viewer };
  reply: FastifyReply;
}

@Resolver()
@UseGuards(AuthGuard)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Logs in; the token works as a bearer token, and the web gets an httpOnly cookie too.' })
  async login(@Args() { email, password }: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const session = await this.auth.login(email, password, originOf(ctx));
    setSessionCookie(this.config, ctx, session.token, session.expiresAt);
    return { token: session.token, user: await this.auth.userModel(session.userId) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (the token stops working).' })
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    await this.sessions.end(viewer);
    ctx.reply.clearCookie(sessionCookieName(this.config), { path: '/', secure: this.config.NODE_ENV === 'production' });
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Accepts an invitation link for a new account: chooses its password (and name) and logs in. An invitation for an existing account is accepted with joinInvitation, logged in as that account.',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const { userId } = await this.auth.acceptInvitation(undefined, input.token, input.password, input.name, input.goal ?? undefined);
    const session = await this.sessions.create(userId, originOf(ctx));
    setSessionCookie(this.config, ctx, session.token, session.expiresAt);
    return { token: session.token, user: await this.auth.userModel(userId) };
  }

  @Mutation(() => UserModel, {
    description: 'Accepts an invitation link from the invited account’s own session (an existing account); the session goes on.',
  })
  async joinInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('token') token: string,
    // unknown: checked by optionalGoalInput, not the global pipe (see there)
    @Args('goal', { type: () => GoalInput, nullable: true, description: 'a learner’s goal for the cohorts this invitation enrols them in' })
    goalArg: unknown,
  ): Promise<UserModel> {
    const goal = await optionalGoalInput(goalArg);
    const { userId } = await this.auth.acceptInvitation(viewer, token, undefined, undefined, goal);
    return this.auth.userModel(userId);
  }

  @Query(() => UserModel)
  me(@CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return this.auth.userModel(viewer.userId);
  }
}

/** Where a new session comes from, for the user's list of sessions. */
export function originOf(ctx: GqlContext): { ip: string; userAgent: string | null } {
  const ua = ctx.req.headers['user-agent'];
  return { ip: ctx.req.ip, userAgent: typeof ua === 'string' ? ua : null };
}

export function setSessionCookie(config: Pick<AppConfig, 'NODE_ENV'>, ctx: GqlContext, token: string, expires: Date): void {
  ctx.reply.setCookie(sessionCookieName(config), token, sessionCookieOptions(config, ctx.req.protocol, expires));
}
