import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Cross-site request forgery: a browser sends the session cookie with any request to this
 * origin, also from another site's form or script. So
 * - `POST /graphql` takes `application/json` only (a cross-site page cannot send that without a
 *   CORS preflight, which no route of the session grants): form posts and `text/plain` get 415;
 * - a state-changing request (anything but GET, HEAD, OPTIONS) that a browser marks as coming
 *   from another site or origin — `Sec-Fetch-Site` other than `same-origin`/`none`, or an
 *   `Origin` that is not this server's — is refused with 403, whether or not it carries the
 *   cookie (so a cross-site form cannot log a victim into the attacker's account either).
 * A request with `Authorization: Bearer …` is not a browser's ambient credential: it passes
 * (a page elsewhere could only send one through a CORS preflight, which fails).
 */
export function refuseCrossSiteRequests(fastify: FastifyInstance, opts: { publicUrl?: string }): void {
  const publicOrigin = opts.publicUrl ? new URL(opts.publicUrl).origin : null;
  fastify.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (SAFE_METHODS.has(req.method)) return;
    const path = req.url.split('?')[0];
    if (path === '/graphql' && !isJson(req.headers['content-type'])) {
      return reply
        .code(415)
        .send({ errors: [{ message: 'POST /graphql takes application/json', extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    if (hasBearer(req)) return;
    if (isCrossSite(req, publicOrigin)) {
      return reply
        .code(403)
        .send(
          path === '/graphql'
            ? { errors: [{ message: 'Cross-site request refused', extensions: { code: 'FORBIDDEN' } }] }
            : { statusCode: 403, code: 'FORBIDDEN', message: 'Cross-site request refused' },
        );
    }
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql-response+json';
}

function hasBearer(req: FastifyRequest): boolean {
  const h = req.headers.authorization;
  return typeof h === 'string' && h.toLowerCase().startsWith('bearer ') && h.slice(7).trim() !== '';
}

/** what the browser says about where the request comes from; a client that says nothing (curl, a server) is not a browser on another site */
export function isCrossSite(req: Pick<FastifyRequest, 'headers'>, publicOrigin: string | null): boolean {
  const site = header(req, 'sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = header(req, 'origin');
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  if (publicOrigin && origin === publicOrigin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  // the Host the browser addressed (a proxy that rewrites it needs PUBLIC_URL, checked above)
  return host !== header(req, 'host');
}

function header(req: Pick<FastifyRequest, 'headers'>, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
