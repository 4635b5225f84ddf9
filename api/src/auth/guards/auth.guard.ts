import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../../common/errors.js';
import { Role } from '../../common/role.js';
import { ALLOW_KEY, PUBLIC_KEY, requestOf } from '../decorators/auth.decorators.js';
import { SessionService } from '../session.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { sessionCookieName } from '../session-cookie.js';

/** Reads the bearer token or session cookie and resolves the viewer. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = requestOf(ctx);
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (req.viewer === undefined) {
      const token = tokenFrom(req, sessionCookieName(this.config));
      if (token) req.viewer = (await this.sessions.viewerForToken(token)) ?? undefined;
    }
    if (isPublic) return true;
    if (!req.viewer) throw unauthenticated();
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOW_KEY, [ctx.getHandler(), ctx.getClass()]);
    // an operation without @Allow is open to every logged-in user (e.g. `me`)
    if (allowed && !req.viewer.isAdmin && !req.viewer.holds(allowed)) throw forbidden();
    return true;
  }
}

export function tokenFrom(
  req: { headers: Record<string, string | string[] | undefined>; cookies?: Record<string, string | undefined> },
  cookieName: string,
): string | null {
  const header = req.headers['authorization'];
  if (typeof header === 'string' && header.toLowerCase().startsWith('bearer ')) return header.slice(7).trim() || null;
  return req.cookies?.[cookieName] ?? null;
}
