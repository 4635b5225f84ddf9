import { createHash, randomBytes } from 'node:crypto';

/** A new random secret for a link or session (URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as their SHA-256, so a database leak reveals no live secret. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
