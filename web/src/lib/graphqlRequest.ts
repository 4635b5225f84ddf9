import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/* The few pages that open without the Apollo client (the login page, the public credential page)
 * send their operations with this: one POST to /graphql with the session cookie, and the same
 * error classes Apollo raises, so lib/errors reads them alike. */

type Node = { kind: string; [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const list = (nodes: readonly Node[] | undefined, sep = ' ') => (nodes ?? []).map(print).join(sep);
const wrap = (open: string, inner: string, close: string) => (inner ? open + inner + close : '');

/** The text of a generated document (the subset of GraphQL that operations use), `__typename` added to each object's selection as Apollo does. */
export function print(node: Node): string {
  switch (node.kind) {
    case 'Document':
      return list(node.definitions, '\n');
    case 'OperationDefinition':
      return `${node.operation}${node.name ? ` ${node.name.value}` : ''}${wrap('(', list(node.variableDefinitions, ', '), ')')} ${list(node.directives)} { ${list(node.selectionSet.selections)} }`;
    case 'VariableDefinition':
      return `${print(node.variable)}: ${print(node.type)}${node.defaultValue ? ` = ${print(node.defaultValue)}` : ''}`;
    case 'Variable':
      return `$${node.name.value}`;
    case 'SelectionSet':
      // as Apollo sends them: every object says what type it is (the cache keys objects by it)
      return `{ ${list(node.selections)}${node.selections.some((f: Node) => f.kind === 'Field' && f.name.value === '__typename') ? '' : ' __typename'} }`;
    case 'Field':
      return `${node.alias ? `${node.alias.value}: ` : ''}${node.name.value}${wrap('(', list(node.arguments, ', '), ')')} ${list(node.directives)}${node.selectionSet ? ` ${print(node.selectionSet)}` : ''}`;
    case 'Argument':
    case 'ObjectField':
      return `${node.name.value}: ${print(node.value)}`;
    case 'FragmentSpread':
      return `...${node.name.value} ${list(node.directives)}`;
    case 'InlineFragment':
      return `...${node.typeCondition ? ` on ${node.typeCondition.name.value}` : ''} ${list(node.directives)} ${print(node.selectionSet)}`;
    case 'FragmentDefinition':
      return `fragment ${node.name.value} on ${node.typeCondition.name.value} ${list(node.directives)} ${print(node.selectionSet)}`;
    case 'Directive':
      return `@${node.name.value}${wrap('(', list(node.arguments, ', '), ')')}`;
    case 'StringValue':
      return JSON.stringify(node.value);
    case 'ListValue':
      return `[${list(node.values, ', ')}]`;
    case 'ObjectValue':
      return `{${list(node.fields, ', ')}}`;
    case 'NullValue':
      return 'null';
    case 'NamedType':
      return node.name.value;
    case 'ListType':
      return `[${print(node.type)}]`;
    case 'NonNullType':
      return `${print(node.type)}!`;
    default: // IntValue, FloatValue, BooleanValue, EnumValue
      return String(node.value);
  }
}

/** Sends one operation; resolves to its data, or throws as Apollo would (CombinedGraphQLErrors, ServerError, ServerParseError, TypeError offline). */
export async function graphqlRequest<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
  const operation = (document as unknown as Node).definitions.find((d: Node) => d.kind === 'OperationDefinition');
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
  if (!response.ok || !result.data) throw new ServerError(`Response not successful: Received status code ${response.status}`, { response, bodyText });
  return result.data;
}
