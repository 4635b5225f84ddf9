import type { FastifyInstance } from 'fastify';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { AppConfig } from '../config/config.js';

/**
 * The security headers of every response (HTML, API, files), set by @fastify/helmet:
 * - a Content-Security-Policy the built web app works under: scripts, styles, fonts and images
 *   from this origin only (no inline script), connections to this origin and PUBLIC_URL (the
 *   credential page fetches the signed credential, the issuer's keys and the status list there),
 *   no plugins, no framing (`frame-ancestors 'none'`, and X-Frame-Options: DENY for old browsers);
 * - `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` (reset and invitation links
 *   carry their token in the path), Cross-Origin-Opener-Policy;
 * - in production, HSTS for a year (with the `Secure`, `__Host-` session cookie: auth/session-cookie.ts).
 */
export function securityHeaders(config: AppConfig): FastifyHelmetOptions {
  const production = config.NODE_ENV === 'production';
  const publicOrigin = new URL(config.publicUrl).origin;
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", publicOrigin],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(production ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // the documents a verifier fetches are meant to be read from other sites (see PUBLIC_DOCUMENTS)
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    hsts: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
  };
}

/** Routes whose helmet options differ from the rest; the hook must be added before any route is. */
export function securityHeaderExceptions(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const url = route.url ?? route.path ?? '';
    let helmet: Record<string, unknown> | undefined;
    // GraphiQL (development only: off in production) loads its scripts and styles from a CDN
    if (url.startsWith('/graphiql')) helmet = { contentSecurityPolicy: false };
    // the credential documents and issuer keys a verifier's own page fetches (Access-Control-Allow-Origin: *)
    else if (url.startsWith('/credentials/') || url.startsWith('/.well-known/') || url === '/issuer')
      helmet = { crossOriginResourcePolicy: { policy: 'cross-origin' } };
    if (helmet) route.config = Object.assign(route.config ?? {}, { helmet });
  });
}
