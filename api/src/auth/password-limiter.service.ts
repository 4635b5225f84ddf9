import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors.js';
import { authErrors as msg } from './auth.errors.js';

/**
 * Limits on password checks, shared by every operation that checks a password (login, accepting
 * nothing but a session, changing a password).
 *
 * - Per client address: at most `perIp` checks in `ipWindowMinutes` (a success gives its try back).
 * - Per email: `perEmail` checks in a row, then an exponential backoff — the next check waits
 *   `backoffSeconds`, then twice that, up to `maxBackoffSeconds`. A try made while waiting is
 *   refused without counting, so a stranger can slow an account's logins down but never lock it
 *   for good; a success or a password reset clears it, and it is forgotten after `emailForgetMinutes`.
 *
 * Each try is counted before the password is checked, by one UPSERT on the key's row (the row
 * lock orders concurrent tries), so 40 parallel guesses evaluate at most `perEmail` passwords.
 */
export const LOGIN_LIMITS = {
  perEmail: 5,
  backoffSeconds: 30,
  maxBackoffSeconds: 15 * 60,
  emailForgetMinutes: 60,
  perIp: 40,
  ipWindowMinutes: 15,
};

@Injectable()
export class PasswordLimiter {
  private readonly log = new Logger('Auth');

  constructor(private readonly db: DataSource) {}

  /**
   * Checks a password under the limits: throws TOO_MANY_REQUESTS without checking when a limit
   * is reached, otherwise answers what `verify` answers.
   */
  async check(emailRaw: string, ip: string, verify: () => Promise<boolean>): Promise<boolean> {
    const email = emailRaw.trim().toLowerCase();
    const ipKey = `login-ip:${ip}`;
    const byIp = await this.windowed(ipKey, LOGIN_LIMITS.perIp, LOGIN_LIMITS.ipWindowMinutes);
    if (!byIp.admitted) {
      throw new AppError('TOO_MANY_REQUESTS', msg.tooManyAttempts.with(wait(byIp.retryAfterSeconds)));
    }
    const byEmail = await this.backoff(`login-email:${email}`);
    if (!byEmail.admitted) {
      await this.giveBack(ipKey);
      throw new AppError('TOO_MANY_REQUESTS', msg.tooManyAttempts.with(wait(byEmail.retryAfterSeconds)));
    }
    const ok = await verify();
    if (ok) {
      await this.giveBack(ipKey);
      await this.clear(email);
    } else {
      this.log.log(`failed password check for ${email} from ${ip}`);
    }
    return ok;
  }

  /** Forgets an email's failures (after a success or a password reset). */
  async clear(email: string): Promise<void> {
    await this.db.query(`DELETE FROM auth_throttle WHERE key = $1`, [`login-email:${email.trim().toLowerCase()}`]);
  }

  /**
   * A plain counter: at most `limit` tries in `windowMinutes` from the window's first try.
   * Used for password checks by address and for reset requests.
   */
  async windowed(key: string, limit: number, windowMinutes: number): Promise<{ admitted: boolean; retryAfterSeconds: number }> {
    const [row]: { attempts: number; retry: number }[] = await this.db.query(
      `INSERT INTO auth_throttle AS t (key, attempts, window_start, updated_at) VALUES ($1, 1, now(), now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = CASE WHEN t.window_start < now() - make_interval(mins => $2) THEN 1 ELSE t.attempts + 1 END,
         window_start = CASE WHEN t.window_start < now() - make_interval(mins => $2) THEN now() ELSE t.window_start END,
         updated_at = now()
       RETURNING attempts, ceil(extract(epoch FROM t.window_start + make_interval(mins => $2) - now()))::int AS retry`,
      [key, windowMinutes],
    );
    return { admitted: row.attempts <= limit, retryAfterSeconds: Math.max(1, row.retry) };
  }

  private async backoff(key: string): Promise<{ admitted: boolean; retryAfterSeconds: number }> {
    const { perEmail, backoffSeconds, maxBackoffSeconds, emailForgetMinutes } = LOGIN_LIMITS;
    // the number of this try when admitted: counting restarts after a quiet spell
    const next = `CASE WHEN t.updated_at < now() - make_interval(mins => $5) THEN 1 ELSE t.attempts + 1 END`;
    const waiting = `coalesce(t.blocked_until > now(), false)`;
    const blockFor = (n: string) => `CASE WHEN ${n} >= $2 THEN now() + make_interval(secs => least($4, $3 * power(2, ${n} - $2))) END`;
    const [row]: { admitted: boolean; retry: number | null }[] = await this.db.query(
      `INSERT INTO auth_throttle AS t (key, attempts, window_start, blocked_until, admitted, updated_at)
       VALUES ($1, 1, now(), ${blockFor('1')}, true, now())
       ON CONFLICT (key) DO UPDATE SET
         admitted = NOT ${waiting},
         attempts = CASE WHEN ${waiting} THEN t.attempts ELSE ${next} END,
         blocked_until = CASE WHEN ${waiting} THEN t.blocked_until ELSE ${blockFor(next)} END,
         updated_at = CASE WHEN ${waiting} THEN t.updated_at ELSE now() END
       RETURNING admitted, ceil(extract(epoch FROM blocked_until - now()))::int AS retry`,
      [key, perEmail, backoffSeconds, maxBackoffSeconds, emailForgetMinutes],
    );
    return { admitted: row.admitted, retryAfterSeconds: Math.max(1, row.retry ?? 1) };
  }

  private async giveBack(key: string): Promise<void> {
    await this.db.query(`UPDATE auth_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = $1`, [key]);
  }
}

/** How long to wait, as `tooManyAttempts` reads it: seconds under 90 of them, else whole minutes. */
function wait(seconds: number): { unit: 'seconds' | 'minutes'; amount: number } {
  if (seconds < 90) return { unit: 'seconds', amount: seconds };
  return { unit: 'minutes', amount: Math.ceil(seconds / 60) };
}
