import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { AppError, toPublicError } from './errors.js';
import { requestLocale, type RequestLike } from '../i18n/error-messages.js';

const statusOf = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429, INTERNAL_SERVER_ERROR: 500 } as const;

/**
 * A database error that the user's input caused (a malformed UUID, a broken constraint: the
 * codes in common/errors.ts) is an answer, not an incident: it leaves as that error's code and
 * message and is logged at debug level. Without this filter Nest logs every one of them as an
 * error before the GraphQL error formatter turns them into BAD_USER_INPUT. Anything else stays an
 * internal error, logged in full.
 */
@Catch(QueryFailedError, pg.DatabaseError)
export class DatabaseErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('Database');

  catch(exception: Error, host: ArgumentsHost): unknown {
    const pub = toPublicError(exception, host.getType<string>() === 'graphql' ? 'en' : requestLocale(host.switchToHttp().getRequest<RequestLike>()));
    if (pub.internal) this.log.error(exception.stack ?? exception.message);
    else this.log.debug(`refused input: ${exception.message}`);
    if (host.getType<string>() === 'graphql') return pub.internal ? exception : new AppError(pub.code, pub.catalogueMessage ?? pub.message, pub.details);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const status = statusOf[pub.code];
    void reply.status(status).type('application/json; charset=utf-8').send({ statusCode: status, code: pub.code, message: pub.message });
    return undefined;
  }
}
