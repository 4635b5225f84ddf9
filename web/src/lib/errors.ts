import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { defineMessages } from 'react-intl';
import { currentIntl } from './intl';

export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

const messages = defineMessages({
  generic: { id: 'lib.errors.generic', defaultMessage: 'Something went wrong. Please try again.' },
  notAnswering: { id: 'lib.errors.notAnswering', defaultMessage: 'Beacon is not answering right now. Please try again in a moment.' },
  unreachable: { id: 'lib.errors.unreachable', defaultMessage: 'Could not reach Beacon. Check your connection and try again.' },
});

/** The stable `extensions.code` of the first GraphQL error, if the API sent one. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.extensions?.code as ErrorCode | undefined;
}

/**
 * What to tell the user: the API's own message (written in the user's language, see lib/apollo.ts), or a plain sentence
 * in the display language when the API was not reached.
 */
export function errorMessage(error: unknown): string {
  const intl = currentIntl();
  if (CombinedGraphQLErrors.is(error)) {
    const found = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    return found.join(' ') || intl.formatMessage(messages.generic);
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return intl.formatMessage(messages.notAnswering);
  if (error instanceof TypeError) return intl.formatMessage(messages.unreachable);
  if (error instanceof Error && error.message) return error.message;
  return intl.formatMessage(messages.generic);
}
