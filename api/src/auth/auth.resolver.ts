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
import type { Viewer } from './viewer.js';

interface GqlContext {
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
    const session = await this.auth.login(email, password, ctx.req.ip);
    this.setSessionCookie(ctx, session.token, session.expiresAt);
    return { token: session.token, user: await this.auth.userModel(session.userId) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (the token stops working).' })
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    await this.sessions.end(viewer);
    ctx.reply.clearCookie(sessionCookieName(this.config), { path: '/', secure: this.config.NODE_ENV === 'production' });
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Accepts an invitation link: sets the password of a new account and logs in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const { userId } = await this.auth.acceptInvitation(input.token, input.password, input.name);
    const session = await this.sessions.create(userId);
    this.setSessionCookie(ctx, session.token, session.expiresAt);
    return { token: session.token, user: await this.auth.userModel(userId) };
  }

  @Query(() => UserModel)
  me(@CurrentViewer() viewer: Viewer): Promise<UserModel> {
    return this.auth.userModel(viewer.userId);
  }

  private setSessionCookie(ctx: GqlContext, token: string, expires: Date): void {
    ctx.reply.setCookie(sessionCookieName(this.config), token, sessionCookieOptions(this.config, ctx.req.protocol, expires));
  }
}
