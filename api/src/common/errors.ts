import { HttpException } from '@nestjs/common';
import { defineErrors, translateError, type ErrorMessage } from '../i18n/error-messages.js';
import type { Locale } from '../i18n/i18n.js';

/** Stable error codes users and integrations can rely on (`extensions.code`). */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

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
 * Its message is a catalogue message (`defineErrors`), translated into the language of the
 * request when it leaves (`toPublicError`); `message` is its English. A plain string stays as it is.
 */
export class AppError extends HttpException {
  readonly catalogueMessage?: ErrorMessage;

  constructor(
    readonly code: ErrorCode,
    message: string | ErrorMessage,
    readonly details?: Record<string, unknown>,
  ) {
    super(typeof message === 'string' ? message : translateError('en', message), statusOf[code]);
    if (typeof message !== 'string') this.catalogueMessage = message;
  }
}

const messages = defineErrors('errors.common', {
  forbidden: 'You are not allowed to do this',
  unauthenticated: 'Please log in',
  nothingToChange: 'Nothing to change',
  internal: 'Something went wrong on our side. Please try again.',
  firstPositive: 'first must be a positive number',
  firstBetween: 'first must be between 1 and {max} (learners per page)',
  firstBetweenSessions: 'first must be between 1 and {max} (sessions per page)',
  offsetNotNegative: 'offset must be 0 or more',
  searchTooLong: 'The search can be at most {max} characters',
});
export { messages as commonErrors };

const notFoundMessages = defineErrors('errors.notFound', {
  booking: 'Booking was not found',
  coach: 'Coach was not found',
  cohort: 'Cohort was not found',
  credential: 'Credential was not found',
  enrolment: 'Enrolment was not found',
  file: 'File was not found',
  followUpLink: 'Follow-up link was not found',
  invitation: 'Invitation was not found',
  issuanceRun: 'Issuance run was not found',
  liveSession: 'Live session was not found',
  member: 'Member was not found',
  partner: 'Partner was not found',
  programme: 'Programme was not found',
  programmeVersion: 'Programme version was not found',
  review: 'Review was not found',
  session: 'Session was not found',
  submission: 'Submission was not found',
  user: 'User was not found',
});

/** What can be not found, as the message names it ("Enrolment was not found"). */
const notFoundThings = {
  Booking: notFoundMessages.booking,
  Coach: notFoundMessages.coach,
  Cohort: notFoundMessages.cohort,
  Credential: notFoundMessages.credential,
  Enrolment: notFoundMessages.enrolment,
  File: notFoundMessages.file,
  'Follow-up link': notFoundMessages.followUpLink,
  Invitation: notFoundMessages.invitation,
  'Issuance run': notFoundMessages.issuanceRun,
  'Live session': notFoundMessages.liveSession,
  Member: notFoundMessages.member,
  Partner: notFoundMessages.partner,
  Programme: notFoundMessages.programme,
  'Programme version': notFoundMessages.programmeVersion,
  Review: notFoundMessages.review,
  Session: notFoundMessages.session,
  Submission: notFoundMessages.submission,
  User: notFoundMessages.user,
};
export type NotFoundThing = keyof typeof notFoundThings;

export const notFound = (what: NotFoundThing) => new AppError('NOT_FOUND', notFoundThings[what]);
export const forbidden = (message: string | ErrorMessage = messages.forbidden) => new AppError('FORBIDDEN', message);
export const badInput = (message: string | ErrorMessage, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
export const conflict = (message: string | ErrorMessage) => new AppError('CONFLICT', message);
export const unauthenticated = (message: string | ErrorMessage = messages.unauthenticated) => new AppError('UNAUTHENTICATED', message);

const httpStatusCodes: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

const databaseMessages = defineErrors('errors.database', {
  uniqueViolation: 'This already exists',
  foreignKeyViolation: 'This refers to something that does not exist',
  checkViolation: 'This value is not allowed',
  exclusionViolation: 'This overlaps with something that already exists',
  invalidTextRepresentation: 'A value has the wrong format',
  characterNotInRepertoire: 'A value contains characters that are not allowed',
});

/** Postgres error codes that mean the user's input broke a database rule. */
const pgCodes: Record<string, { code: ErrorCode; message: ErrorMessage }> = {
  '23505': { code: 'CONFLICT', message: databaseMessages.uniqueViolation },
  '23503': { code: 'BAD_USER_INPUT', message: databaseMessages.foreignKeyViolation },
  '23514': { code: 'BAD_USER_INPUT', message: databaseMessages.checkViolation },
  '23P01': { code: 'CONFLICT', message: databaseMessages.exclusionViolation },
  '22P02': { code: 'BAD_USER_INPUT', message: databaseMessages.invalidTextRepresentation },
  // e.g. a NUL character, which PostgreSQL text cannot hold
  '22021': { code: 'BAD_USER_INPUT', message: databaseMessages.characterNotInRepertoire },
};

/** What a user may see of an error: its message in their language, and what stays the same in every language. */
export interface PublicError {
  message: string;
  code: ErrorCode;
  details?: Record<string, unknown>;
  /** the catalogue message it was translated from (absent for text the API does not translate, e.g. GraphQL's own); its id goes to clients as `extensions.messageId` */
  catalogueMessage?: ErrorMessage;
  internal: boolean;
}

/**
 * Maps any error to what a user may see: known errors keep their message (in `locale`, the
 * request's language: `requestLocale` in i18n/error-messages.ts) and code, everything else
 * becomes a generic INTERNAL_SERVER_ERROR (and is logged by the caller).
 */
export function toPublicError(err: unknown, locale: Locale = 'en'): PublicError {
  const e = (err as { originalError?: unknown })?.originalError ?? err;
  if (e instanceof AppError) {
    const m = e.catalogueMessage;
    return {
      message: m ? translateError(locale, m) : e.message,
      code: e.code,
      details: e.details,
      ...(m ? { catalogueMessage: m } : {}),
      internal: false,
    };
  }
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const res = e.getResponse() as { message?: string | string[] } | string;
    const msg = typeof res === 'string' ? res : Array.isArray(res.message) ? res.message.join('; ') : (res.message ?? e.message);
    return { message: msg, code: httpStatusCodes[status] ?? 'INTERNAL_SERVER_ERROR', internal: !httpStatusCodes[status] };
  }
  const pg = (e as { code?: string; driverError?: { code?: string } }) ?? {};
  const pgCode = pg.driverError?.code ?? pg.code;
  if (typeof pgCode === 'string' && pgCodes[pgCode]) {
    const { code, message } = pgCodes[pgCode];
    return { message: translateError(locale, message), code, catalogueMessage: message, internal: false };
  }
  // by name: mercurius (CommonJS) and this code (ESM) may hold two copies of graphql's classes
  const named = e as { name?: string; originalError?: unknown; code?: unknown; statusCode?: number; message?: string };
  if (named?.name === 'GraphQLError' && !named.originalError) {
    // parse and validation errors of the query itself
    return { message: named.message ?? 'Invalid request', code: 'BAD_USER_INPUT', internal: false };
  }
  // mercurius's own refusals (validation, depth, malformed body) are the client's doing
  if (
    typeof named?.code === 'string' &&
    named.code.startsWith('MER_ERR') &&
    ((named.statusCode && named.statusCode < 500) || named.code === 'MER_ERR_GQL_QUERY_DEPTH')
  ) {
    return { message: named.message ?? 'Invalid request', code: 'BAD_USER_INPUT', internal: false };
  }
  // so are Fastify's refusals of the request itself: a body too large, not JSON, of another type
  if (
    typeof named?.code === 'string' &&
    named.code.startsWith('FST_ERR') &&
    named.statusCode &&
    named.statusCode >= 400 &&
    named.statusCode < 500
  ) {
    return { message: named.message ?? 'Invalid request', code: 'BAD_USER_INPUT', internal: false };
  }
  return {
    message: translateError(locale, messages.internal),
    code: 'INTERNAL_SERVER_ERROR',
    catalogueMessage: messages.internal,
    internal: true,
  };
}
