import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toPublicError, type ErrorCode } from '../common/errors.js';
import { requestLocale, type RequestLike } from '../i18n/error-messages.js';
import { FileRefusedError } from './submission-file.service.js';

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
 * The grading HTTP routes answer errors as JSON with the same stable codes as GraphQL:
 * `{ statusCode, code, message, reason? }` (reason for refused files, e.g. FILE_TOO_LARGE).
 */
@Catch()
export class GradingHttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('GradingHttp');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const pub = toPublicError(exception, requestLocale(host.switchToHttp().getRequest<RequestLike>()));
    let status = statusOf[pub.code];
    if (exception instanceof FileRefusedError) status = exception.httpStatus;
    else if (pub.internal && exception instanceof HttpException && exception.getStatus() < 500) {
      // a framework refusal (e.g. a malformed multipart body) is the client's doing
      status = exception.getStatus();
      Object.assign(pub, { code: 'BAD_USER_INPUT', message: exception.message, internal: false });
    }
    if (pub.internal) this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    void reply
      .status(status)
      .type('application/json; charset=utf-8')
      .send({ statusCode: status, code: pub.code, message: pub.message, ...(exception instanceof FileRefusedError ? { reason: exception.reason } : {}) });
  }
}
