import { Role } from '../common/role.js';
import type { Locale } from './locale.js';

export interface ViewerMembership {
  role: Role;
  partnerId: string | null;
}

/** The authenticated user of a request, with every role they hold. */
export class Viewer {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly memberships: ViewerMembership[],
    readonly sessionId: string,
    /** the user's language: errors are written in it */
    readonly locale: Locale = 'en',
  ) {}

  get isAdmin(): boolean {
    return this.memberships.some((m) => m.role === Role.ADMIN);
  }

  get roles(): Role[] {
    return [...new Set(this.memberships.map((m) => m.role))];
  }

  holds(roles: Role[]): boolean {
    return this.memberships.some((m) => roles.includes(m.role));
  }

  /** Partner ids in which the viewer holds one of the roles. */
  partnerIdsAs(roles: Role[]): string[] {
    return [...new Set(this.memberships.filter((m) => roles.includes(m.role) && m.partnerId).map((m) => m.partnerId!))];
  }
}

/**
 * Which partners' data an operation may touch: every partner for an admin, otherwise the
 * partners in which the viewer holds the operation's role. Passed explicitly to services.
 */
export class TenantScope {
  private constructor(
    readonly all: boolean,
    readonly partnerIds: readonly string[],
  ) {}

  static everything(): TenantScope {
    return new TenantScope(true, []);
  }

  static of(partnerIds: string[]): TenantScope {
    return new TenantScope(false, partnerIds);
  }

  static forViewer(viewer: Viewer, roles: Role[]): TenantScope {
    return viewer.isAdmin ? TenantScope.everything() : TenantScope.of(viewer.partnerIdsAs(roles));
  }

  includes(partnerId: string): boolean {
    return this.all || this.partnerIds.includes(partnerId);
  }
}
