import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

/** The stable `extensions.code` of the first GraphQL error, if the API sent one. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions?.code as ErrorCode | undefined;
}

/** What to tell the user: the API's own message, or a plain sentence when the API was not reached. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    return messages.join(' ') || 'Something went wrong. Please try again.';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return 'Beacon is not answering right now. Please try again in a moment.';
  if (error instanceof TypeError) return 'Could not reach Beacon. Check your connection and try again.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
