import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { toPublicError } from './errors.js';
import { requestLocale, type RequestLike } from '../i18n/error-messages.js';

/**
 * Every GraphQL error leaves with a clear message and a stable `extensions.code`;
 * internal errors are logged in full and reach the user only as a generic message.
 */
export function graphqlErrorFormatter(logger: Logger, opts: { hideSuggestions?: boolean } = {}) {
  return (execution: ExecutionResult & { errors: readonly GraphQLError[] }, context?: unknown) => {
    // in the viewer's language (known once the auth guard ran), else the browser's, else English
    const ctx = context as { req?: RequestLike; reply?: { request?: RequestLike } } | undefined;
    const locale = requestLocale(ctx?.req ?? ctx?.reply?.request);
    // mercurius reports a failed validation as one error wrapping the list of GraphQL errors
    // (itself wrapped in a GraphQLError when it reaches us through Fastify's error handler)
    const flat = execution.errors.flatMap((err) => {
      const wrapped = [err, err.originalError].find((e) => (e as { code?: string } | undefined)?.code === 'MER_ERR_GQL_VALIDATION') as
        { errors?: GraphQLError[] } | undefined;
      return wrapped && Array.isArray(wrapped.errors) ? wrapped.errors : [err];
    });
    const errors = flat.map((err) => {
      const pub = toPublicError(err, locale);
      if (pub.internal) logger.error({ err: err.originalError ?? err, path: err.path }, 'internal error in GraphQL operation');
      return {
        message: opts.hideSuggestions ? withoutSuggestions(pub.message) : pub.message,
        locations: err.locations,
        path: err.path,
        extensions: {
          code: pub.code,
          ...(pub.details ? { details: pub.details } : {}),
          ...(pub.catalogueMessage ? { messageId: pub.catalogueMessage.id } : {}),
        },
      };
    });
    return { statusCode: 200, response: { data: execution.data ?? null, errors } };
  };
}

/**
 * graphql-js suggests names close to a wrong one ("Did you mean \"rotateIssuerKey\"?"), which
 * hands out the schema that production keeps to itself (introspection is off there): the
 * suggestion goes, the error stays.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^]*$/, '');
}
