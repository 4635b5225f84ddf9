import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { AppError, toPublicError, type ErrorCode } from './errors.js';
import { requestLocale, type RequestLike } from '../i18n/error-messages.js';

/** The HTTP status of an error code: the one an AppError of that code carries (common/errors.ts). */
const statusOf = (code: ErrorCode): number => new AppError(code, code).getStatus();

const isDatabaseError = (e: unknown): e is Error => e instanceof QueryFailedError || e instanceof pg.DatabaseError;

/**
 * The one exception filter, registered once (app.module.ts). Every HTTP route answers errors as
 * JSON with the same stable codes as GraphQL: `{ statusCode, code, message, reason? }` —
 * `reason` when the error's details carry one (e.g. FILE_TOO_LARGE for a refused upload), and the
 * status an error names as its `httpStatus` (413, 415 for refused files) over its code's.
 *
 * A database error that the user's input caused (a malformed UUID, a broken constraint: the codes
 * in common/errors.ts) is an answer, not an incident: it leaves as that error's code and message,
 * also in GraphQL, and is logged at debug level. Without this, Nest logs every one of them as an
 * error before the GraphQL error formatter turns them into BAD_USER_INPUT. Any other GraphQL
 * error is left to Nest and the GraphQL error formatter (common/graphql-errors.ts).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      if (!isDatabaseError(exception)) return undefined; // not handled here
      // translated later, by the GraphQL error formatter, from the catalogue message
      const pub = this.logged(exception, toPublicError(exception));
      return pub.internal ? exception : new AppError(pub.code, pub.catalogueMessage ?? pub.message, pub.details);
    }
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const pub = this.logged(exception, toPublicError(exception, requestLocale(host.switchToHttp().getRequest<RequestLike>())));
    let status = statusOf(pub.code);
    const own = (exception as { httpStatus?: unknown } | null)?.httpStatus;
    if (exception instanceof AppError && typeof own === 'number') status = own;
    else if (pub.internal && exception instanceof HttpException && exception.getStatus() < 500) {
      // a framework refusal (e.g. a malformed multipart body, a body too large) is the client's doing
      status = exception.getStatus();
      Object.assign(pub, { code: 'BAD_USER_INPUT', message: exception.message, internal: false });
    }
    const reason = pub.details?.reason;
    void reply
      .status(status)
      .type('application/json; charset=utf-8')
      .send({ statusCode: status, code: pub.code, message: pub.message, ...(typeof reason === 'string' ? { reason } : {}) });
    return undefined;
  }

  private logged(exception: unknown, pub: ReturnType<typeof toPublicError>): ReturnType<typeof toPublicError> {
    const internal = pub.internal && !(exception instanceof HttpException && exception.getStatus() < 500);
    if (internal) this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    else if (isDatabaseError(exception)) this.log.debug(`refused input: ${exception.message}`);
    return pub;
  }
}
