import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import { Role } from '../common/role.js';
import { notFound } from '../common/errors.js';
import { SessionEntity } from './entities/session.entity.js';
import { hashToken, newToken } from './token.util.js';
import { Viewer } from './viewer.js';
import { toLocale } from '../i18n/i18n.js';
import { SessionCache } from './session-cache.js';

/** How often a session's `last_used_at` is written at most. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionOrigin {
  userAgent?: string | null;
  ip?: string | null;
}

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

  /** A new session; where it was made from (browser, address) is kept for the user's list of sessions. */
  async create(userId: string, from: SessionOrigin = {}): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.db.getRepository(SessionEntity).insert({
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      userAgent: from.userAgent?.slice(0, 512) || null,
      ipAddress: from.ip?.slice(0, 64) || null,
    });
    return { token, expiresAt };
  }

  /** The user's live sessions, the most recently used first. */
  list(userId: string): Promise<SessionEntity[]> {
    return this.db.query(
      `SELECT id, created_at AS "createdAt", last_used_at AS "lastUsedAt", user_agent AS "userAgent", ip_address AS "ipAddress", expires_at AS "expiresAt"
         FROM session WHERE user_id = $1 AND expires_at > now() AND last_used_at > now() - make_interval(hours => $2)
        ORDER BY last_used_at DESC, created_at DESC LIMIT 100`,
      [userId, this.config.SESSION_IDLE_HOURS],
    );
  }

  /** Ends one of the viewer's own sessions; another user's session is NOT_FOUND. */
  async endOne(viewer: Viewer, sessionId: string): Promise<void> {
    const res = await this.db.getRepository(SessionEntity).delete({ id: sessionId, userId: viewer.userId });
    if (!res.affected) throw notFound('Session');
    this.cache?.forgetUser(viewer.userId);
  }

  /** Ends every session of the user but `keep` (all of them without it); answers how many ended. */
  async endAll(userId: string, keep?: string, tx?: EntityManager): Promise<number> {
    const rows: unknown[] = await (tx ?? this.db).query(
      `WITH ended AS (DELETE FROM session WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING 1) SELECT 1 FROM ended`,
      [userId, keep ?? null],
    );
    this.cache?.forgetUser(userId);
    return rows.length;
  }

  /** From memory when the session was resolved lately; otherwise one query: the session's user and all their memberships. */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const tokenHash = hashToken(token);
    const cached = this.cache?.get(tokenHash);
    if (cached) return cached;
    const generation = this.cache?.mark() ?? 0;
    const idleMs = this.config.SESSION_IDLE_HOURS * 3600_000;
    const rows: {
      session_id: string;
      user_id: string;
      email: string;
      locale: string;
      expires_at: Date;
      last_used_at: Date;
      role: Role | null;
      partner_id: string | null;
    }[] = await this.db.query(
      `SELECT s.id AS session_id, s.expires_at, s.last_used_at, u.id AS user_id, u.email, u.locale, m.role, m.partner_id
         FROM session s
         JOIN "user" u ON u.id = s.user_id
         LEFT JOIN membership m ON m.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND s.last_used_at > now() - make_interval(hours => $2)`,
      [tokenHash, this.config.SESSION_IDLE_HOURS],
    );
    if (rows.length === 0) return null;
    const memberships = rows.filter((r) => r.role).map((r) => ({ role: r.role!, partnerId: r.partner_id }));
    const viewer = new Viewer(rows[0].user_id, rows[0].email, memberships, rows[0].session_id, toLocale(rows[0].locale));
    let lastUsed = rows[0].last_used_at.getTime();
    if (Date.now() - lastUsed > TOUCH_EVERY_MS) {
      // at most once a minute (the cache keeps a session at most that long); not announced to the caches
      await this.db.query(`UPDATE session SET last_used_at = now() WHERE id = $1 AND last_used_at < now() - interval '1 minute'`, [
        viewer.sessionId,
      ]);
      lastUsed = Date.now();
    }
    // a cached copy ends with the session, or when it would have gone idle
    const endsAt = new Date(Math.min(rows[0].expires_at.getTime(), lastUsed + idleMs));
    this.cache?.set(tokenHash, viewer, endsAt, generation);
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
