import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { Kind } from 'graphql/language/kinds';
import { print as printDocument } from 'graphql/language/printer';
import { visit } from 'graphql/language/visitor';
import type { DocumentNode, FieldNode, SelectionSetNode } from 'graphql/language/ast';

/* The few pages that open without the Apollo client (the login page, the public credential page)
 * send their operations with this: one POST to /graphql with the session cookie, and the same
 * error classes Apollo raises, so lib/errors reads them alike. */

type Node = DocumentNode;

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** The text of a generated document, with `__typename` in each object's selection as Apollo sends it (its cache keys objects by it). */
export function print(document: DocumentNode): string {
  return printDocument(
    visit(document, {
      SelectionSet: {
        leave(node: SelectionSetNode, _key, parent) {
          const atRoot = !!parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
          if (atRoot || node.selections.some((f) => f.kind === Kind.FIELD && f.name.value === '__typename')) return undefined;
          return { ...node, selections: [...node.selections, TYPENAME] };
        },
      },
    }),
  );
}

/** Sends one operation; resolves to its data, or throws as Apollo would (CombinedGraphQLErrors, ServerError, ServerParseError, TypeError offline). */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const operation = (document as unknown as Node).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: operation?.name?.value, query: print(document as unknown as Node), variables: variables ?? {} }),
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
