import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Role } from '../common/role.js';
import { SessionEntity } from './entities/session.entity.js';
import { hashToken, newToken } from './token.util.js';
import { Viewer } from './viewer.js';

@Injectable()
export class SessionService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.db.getRepository(SessionEntity).insert({ userId, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt };
  }

  /** One query: the session's user and all their memberships. */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const rows: { session_id: string; user_id: string; email: string; role: Role | null; partner_id: string | null }[] = await this.db.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.email, m.role, m.partner_id
         FROM session s
         JOIN "user" u ON u.id = s.user_id
         LEFT JOIN membership m ON m.user_id = u.id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    if (rows.length === 0) return null;
    const memberships = rows.filter((r) => r.role).map((r) => ({ role: r.role!, partnerId: r.partner_id }));
    return new Viewer(rows[0].user_id, rows[0].email, memberships, rows[0].session_id);
  }

  async end(sessionId: string): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ id: sessionId });
  }
}
