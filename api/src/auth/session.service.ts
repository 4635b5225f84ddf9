import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import { Role } from '../common/role.js';
import { SessionEntity } from './entities/session.entity.js';
import { hashToken, newToken } from './token.util.js';
import { Viewer } from './viewer.js';
import { SessionCache } from './session-cache.js';

@Injectable()
export class SessionService implements OnModuleInit, OnApplicationShutdown {
  /** resolved sessions, for the processes that answer HTTP requests (see session-cache.ts) */
  readonly cache: SessionCache | null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject('ROOT_LOGGER') logger: Logger,
  ) {
    this.cache = config.BEACON_ROLE === 'worker' ? null : new SessionCache(databaseUrl, logger);
  }

  async onModuleInit(): Promise<void> {
    await this.cache?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cache?.stop();
  }

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.db.getRepository(SessionEntity).insert({ userId, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  /** From memory when the session was resolved lately; otherwise one query: the session's user and all their memberships. */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const tokenHash = hashToken(token);
    const cached = this.cache?.get(tokenHash);
    if (cached) return cached;
    const generation = this.cache?.mark() ?? 0;
    const rows: { session_id: string; user_id: string; email: string; expires_at: Date; role: Role | null; partner_id: string | null }[] = await this.db.query(
      `SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.email, m.role, m.partner_id
         FROM session s
         JOIN "user" u ON u.id = s.user_id
         LEFT JOIN membership m ON m.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    if (rows.length === 0) return null;
    const memberships = rows.filter((r) => r.role).map((r) => ({ role: r.role!, partnerId: r.partner_id }));
    const viewer = new Viewer(rows[0].user_id, rows[0].email, memberships, rows[0].session_id);
    this.cache?.set(tokenHash, viewer, rows[0].expires_at, generation);
    return viewer;
  }

  /**
   * After this process changed who the user is (a role granted or removed): the database announces
   * it to every process, this one included, but a request arriving before the announcement must
   * not be answered from memory.
   */
  forgetUser(userId: string): void {
    this.cache?.forgetUser(userId);
  }

  async end(viewer: Viewer): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ id: viewer.sessionId });
    // the database announces it too; this process need not wait for that
    this.cache?.forgetUser(viewer.userId);
  }
}
