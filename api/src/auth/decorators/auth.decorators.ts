import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '../../common/role.js';
import { unauthenticated } from '../../common/errors.js';
import { TenantScope, type Viewer } from '../viewer.js';

export const PUBLIC_KEY = 'beacon:public';
export const ALLOW_KEY = 'beacon:allow';

/** Marks an operation as open to anyone, logged in or not. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The roles that may call an operation (admins may call everything). */
export const Allow = (...roles: Role[]) => SetMetadata(ALLOW_KEY, roles);

export function requestOf(ctx: ExecutionContext): {
  viewer?: Viewer;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
} {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext().req;
  return ctx.switchToHttp().getRequest();
}

/** The logged-in user of the request. */
export const CurrentViewer = createParamDecorator((_: unknown, ctx: ExecutionContext): Viewer => {
  const viewer = requestOf(ctx).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/**
 * The tenant scope of the request for the operation's roles: the partners whose data
 * this call may read or change.
 */
export const Tenant = createParamDecorator((roles: Role[] | undefined, ctx: ExecutionContext): TenantScope => {
  const viewer = requestOf(ctx).viewer;
  if (!viewer) throw unauthenticated();
  return TenantScope.forViewer(viewer, roles ?? [Role.PARTNER_ADMIN]);
});
