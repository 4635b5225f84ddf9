import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PasswordResetEntity } from './entities/password-reset.entity.js';
import { hashToken, newToken } from './token.util.js';

/** How long a reset link works. */
export const PASSWORD_RESET_MINUTES = 60;

/**
 * Password reset links: single use, valid for an hour, stored as their SHA-256. A new link
 * replaces the user's earlier unused ones. Used by `requestPasswordReset` and by the operator's
 * create-admin command.
 */
@Injectable()
export class PasswordResetService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Creates a reset token for the user inside the caller's transaction and returns the link to send. */
  async createLink(tx: EntityManager, userId: string): Promise<{ link: string; expiresAt: Date }> {
    const token = newToken();
    const repo = tx.getRepository(PasswordResetEntity);
    await repo.delete({ userId, usedAt: IsNull() });
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000);
    await repo.insert({ userId, tokenHash: hashToken(token), expiresAt });
    return { link: this.linkFor(token), expiresAt };
  }

  /**
   * Uses a token (once): the user it was for, or null when the token is unknown, used or
   * expired. The row is locked, so two concurrent uses cannot both succeed.
   */
  async consume(tx: EntityManager, token: string): Promise<string | null> {
    const rows: { user_id: string }[] = await tx.query(
      // a CTE, so the driver answers rows whatever the statement (an UPDATE answers [rows, count])
      `WITH used AS (
         UPDATE password_reset SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING user_id)
       SELECT user_id FROM used`,
      [hashToken(token)],
    );
    return rows[0]?.user_id ?? null;
  }

  linkFor(token: string): string {
    return `${this.config.publicUrl}/reset-password/${token}`;
  }
}
