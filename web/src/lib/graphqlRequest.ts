import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/* The few pages that open without the Apollo client (the login page, the public credential page)
 * send their operations with this: one POST to /graphql with the session cookie, and the same
 * error classes Apollo raises, so lib/errors reads them alike. The build hands this module's
 * callers their documents already printed (vite.config.ts, documentModules: a module importing
 * lib/graphqlRequest gets `{ operationName, query }` for each document it imports), so these
 * pages download no GraphQL printer. */

/** A document as the build prints it for graphqlRequest (lib/printDocument: with each object's `__typename`). */
type Printed = { operationName?: string; query: string };

/** Sends one operation; resolves to its data, or throws as Apollo would (CombinedGraphQLErrors, ServerError, ServerParseError, TypeError offline). */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const printed = document as unknown as Partial<Printed>;
  if (typeof printed.query !== 'string')
    throw new Error('graphqlRequest: the document was not printed by the build (vite.config.ts, documentModules)');
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: printed.operationName, query: printed.query, variables: variables ?? {} }),
  });
  const bodyText = await response.text();
  let result: { data?: TData | null; errors?: ConstructorParameters<typeof CombinedGraphQLErrors>[1] };
  try {
    result = JSON.parse(bodyText);
  } catch (e) {
    throw new ServerParseError(e, { response, bodyText });
  }
  if (result.errors?.length) throw new CombinedGraphQLErrors(result as ConstructorParameters<typeof CombinedGraphQLErrors>[0]);
  if (!response.ok || !result.data)
    throw new ServerError(`Response not successful: Received status code ${response.status}`, { response, bodyText });
  return result.data;
}
