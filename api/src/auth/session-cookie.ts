import type { AppConfig } from '../config/config.js';

/**
 * The session cookie: httpOnly, SameSite=Lax, path /. In production it is `Secure` and named
 * `__Host-beacon_session`: browsers keep a `__Host-` cookie only when it came over HTTPS without
 * a Domain, so no sibling subdomain can set or overwrite it. Development runs on plain
 * http://localhost, where it is `beacon_session` (Secure when the request came over HTTPS).
 */
export function sessionCookieName(config: Pick<AppConfig, 'NODE_ENV'>): string {
  return config.NODE_ENV === 'production' ? '__Host-beacon_session' : 'beacon_session';
}

export function sessionCookieOptions(config: Pick<AppConfig, 'NODE_ENV'>, protocol: string, expires: Date) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.NODE_ENV === 'production' || protocol === 'https', expires };
}
