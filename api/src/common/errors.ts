import { HttpException } from '@nestjs/common';

/** Stable error codes users and integrations can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

const statusOf: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * An error whose message is meant for the user. Anything else is masked. It is an
 * HttpException so that Nest treats it as an expected outcome, not a crash to log.
 */
export class AppError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message, statusOf[code]);
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);
export const badInput = (message: string, details?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, details);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const unauthenticated = (message = 'Please log in') => new AppError('UNAUTHENTICATED', message);

const httpStatusCodes: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/** Postgres error codes that mean the user's input broke a database rule. */
const pgCodes: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: 'CONFLICT', message: 'This already exists' },
  '23503': { code: 'BAD_USER_INPUT', message: 'This refers to something that does not exist' },
  '23514': { code: 'BAD_USER_INPUT', message: 'This value is not allowed' },
  '23P01': { code: 'CONFLICT', message: 'This overlaps with something that already exists' },
  '22P02': { code: 'BAD_USER_INPUT', message: 'A value has the wrong format' },
  // e.g. a NUL character, which PostgreSQL text cannot hold
  '22021': { code: 'BAD_USER_INPUT', message: 'A value contains characters that are not allowed' },
};

/**
 * Maps any error to what a user may see: known errors keep their message and code,
 * everything else becomes a generic INTERNAL_SERVER_ERROR (and is logged by the caller).
 */
export function toPublicError(err: unknown): { message: string; code: ErrorCode; details?: Record<string, unknown>; internal: boolean } {
  const e = (err as { originalError?: unknown })?.originalError ?? err;
  if (e instanceof AppError) return { message: e.message, code: e.code, details: e.details, internal: false };
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const res = e.getResponse() as { message?: string | string[] } | string;
    const msg = typeof res === 'string' ? res : Array.isArray(res.message) ? res.message.join('; ') : (res.message ?? e.message);
    return { message: msg, code: httpStatusCodes[status] ?? 'INTERNAL_SERVER_ERROR', internal: !httpStatusCodes[status] };
  }
  const pg = (e as { code?: string; driverError?: { code?: string } }) ?? {};
  const pgCode = pg.driverError?.code ?? pg.code;
  if (typeof pgCode === 'string' && pgCodes[pgCode]) return { ...pgCodes[pgCode], internal: false };
  // by name: mercurius (CommonJS) and this code (ESM) may hold two copies of graphql's classes
  const named = e as { name?: string; originalError?: unknown; code?: unknown; statusCode?: number; message?: string };
  if (named?.name === 'GraphQLError' && !named.originalError) {
    // parse and validation errors of the query itself
    return { message: named.message ?? 'Invalid request', code: 'BAD_USER_INPUT', internal: false };
  }
  // mercurius's own refusals (validation, depth, malformed body) are the client's doing
  if (typeof named?.code === 'string' && named.code.startsWith('MER_ERR') && ((named.statusCode && named.statusCode < 500) || named.code === 'MER_ERR_GQL_QUERY_DEPTH')) {
    return { message: named.message ?? 'Invalid request', code: 'BAD_USER_INPUT', internal: false };
  }
  // so are Fastify's refusals of the request itself: a body too large, not JSON, of another type
  if (typeof named?.code === 'string' && named.code.startsWith('FST_ERR') && named.statusCode && named.statusCode >= 400 && named.statusCode < 500) {
    return { message: named.message ?? 'Invalid request', code: 'BAD_USER_INPUT', internal: false };
  }
  return { message: 'Something went wrong on our side. Please try again.', code: 'INTERNAL_SERVER_ERROR', internal: true };
}
