import {
  GraphQLError,
  Kind,
  Location,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { badInput } from './errors.js';
import { MAX_PAGE_SIZE } from './pagination.js';

/**
 * What one GraphQL request may ask of the API. The web client's largest operation stays far
 * below each of them (a hostile test checks that); anything above is refused before it runs,
 * with BAD_USER_INPUT and a message naming the limit.
 */
export const GRAPHQL_LIMITS = {
  /** characters of the query document (variables do not count: they are bounded by the body limit) */
  maxDocumentChars: 32_768,
  /** lexical tokens of the document: bounds the work of parsing and validating it */
  maxTokens: 5_000,
  /** nesting of fields (a field or an inline fragment is a level, as mercurius's `queryDepth` counts) */
  maxDepth: 12,
  /** the same for `__schema` / `__type` (development only): GraphiQL's introspection query needs 15 */
  maxIntrospectionDepth: 16,
  /** fields selected at the top of one operation (`a: login … b: login …` is batching) */
  maxRootFields: 20,
  /** aliased fields in one document */
  maxAliases: 30,
  /** estimated number of fields resolved: each field 1, times the page size of the lists around it */
  maxCost: 100_000,
  /** the size assumed for a list that has no `first` argument (weeks, criteria, versions…) */
  defaultListSize: 10,
} as const;

export type GraphqlLimits = { readonly [K in keyof typeof GRAPHQL_LIMITS]: number };

/** What a document asks for, as the limits measure it (exported for tests and tooling). */
export interface DocumentMeasure {
  depth: number;
  introspectionDepth: number;
  rootFields: number;
  aliases: number;
  cost: number;
}

/**
 * Measures one operation: depth, top-level fields (distinct response keys), aliases of the
 * whole document, and the cost estimate. Fragments are expanded; a fragment cycle (which
 * graphql's own rules refuse) is cut rather than followed.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: GraphqlLimits = GRAPHQL_LIMITS,
): DocumentMeasure {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const rootType =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();

  const costMemo = new Map<string, number>();
  const depthMemo = new Map<string, number>();
  const visiting = new Set<string>();

  const fieldOf = (parent: GraphQLNamedType | undefined | null, name: string): GraphQLField<unknown, unknown> | undefined =>
    parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;

  /**
   * How many times a field's selection runs: the page size of each list level. A `first`
   * argument sizes the field's own list or, on a page object (`{ total items }`), its lists.
   */
  const multiplier = (
    field: GraphQLField<unknown, unknown> | undefined,
    node: FieldNode,
    page: number | undefined,
  ): { times: number; page?: number } => {
    if (!field) return { times: 1 };
    const size = pageArgument(field, node);
    let type = getNullableType(field.type);
    if (!isListType(type)) return { times: 1, page: size };
    let times = 1;
    let outer = true;
    while (isListType(type)) {
      times *= outer ? (size ?? page ?? limits.defaultListSize) : limits.defaultListSize;
      outer = false;
      type = getNullableType(type.ofType);
    }
    return { times };
  };

  const cost = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined | null, page?: number): number => {
    if (!set) return 0;
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === '__typename') continue;
        const field = fieldOf(parent, s.name.value);
        const m = multiplier(field, s, page);
        total += 1 + m.times * cost(s.selectionSet, field ? getNamedType(field.type) : undefined, m.page);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += cost(s.selectionSet, s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent, page);
      } else {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        const memoKey = `${name}/${page ?? ''}`;
        if (!costMemo.has(memoKey)) {
          visiting.add(name);
          costMemo.set(memoKey, cost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), page));
          visiting.delete(name);
        }
        total += costMemo.get(memoKey)!;
      }
      if (total > Number.MAX_SAFE_INTEGER / 4) return total;
    }
    return total;
  };

  // like mercurius's queryDepth: a field or an inline fragment adds a level, a fragment spread does not
  const depth = (set: SelectionSetNode | undefined, current: number): number => {
    if (!set || set.selections.length === 0) return current;
    let max = current;
    for (const s of set.selections) {
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (!fragment) continue;
        if (visiting.has(name)) return Infinity;
        if (!depthMemo.has(name)) {
          visiting.add(name);
          depthMemo.set(name, depth(fragment.selectionSet, 0));
          visiting.delete(name);
        }
        max = Math.max(max, current + depthMemo.get(name)!);
      } else {
        max = Math.max(max, depth(s.selectionSet, current + 1));
      }
    }
    return max;
  };

  const rootKeys = new Set<string>();
  const collectRoot = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) rootKeys.add((s.alias ?? s.name).value);
      else if (s.kind === Kind.INLINE_FRAGMENT) collectRoot(s.selectionSet, seen);
      else if (!seen.has(s.name.value) && fragments.has(s.name.value))
        collectRoot(fragments.get(s.name.value)!.selectionSet, seen.add(s.name.value));
    }
  };
  collectRoot(operation.selectionSet, new Set());

  let aliases = 0;
  const countAliases = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD && s.alias && s.alias.value !== s.name.value) aliases++;
      if (s.kind !== Kind.FRAGMENT_SPREAD) countAliases(s.selectionSet);
    }
  };
  for (const d of document.definitions)
    if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) countAliases(d.selectionSet);

  // introspection is measured on its own: it is served from the schema in memory, and off in production
  const introspection = (s: SelectionNode) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type');
  const split = (keep: boolean): SelectionSetNode => ({
    ...operation.selectionSet,
    selections: operation.selectionSet.selections.filter((s) => introspection(s) === keep),
  });
  return {
    depth: depth(split(false), 0),
    introspectionDepth: depth(split(true), 0),
    rootFields: rootKeys.size,
    aliases,
    cost: cost(operation.selectionSet, rootType),
  };
}

/** A field's page size: its `first` argument (capped as the resolvers cap it) or that argument's default. */
function pageArgument(field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  const declared = field.args.find((a) => a.name === 'first');
  if (!declared) return undefined;
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (arg?.value.kind === Kind.INT) return Math.max(1, Math.min(Number(arg.value.value), MAX_PAGE_SIZE));
  if (arg) return MAX_PAGE_SIZE; // a variable: whatever the client sends, the resolver caps it here
  return typeof declared.defaultValue === 'number' ? Math.min(declared.defaultValue, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/**
 * Text that PostgreSQL and the validators can hold: well-formed Unicode (no unpaired surrogate,
 * which JSON can carry as `\ud800`) without NUL characters. Returns where it is not, or null.
 */
export function malformedTextAt(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') || UNPAIRED_SURROGATE.test(value) ? path : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const at = malformedTextAt(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, depth + 1);
    if (at !== null) return at;
  }
  return null;
}
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const malformedTextMessage = (where: string) => `${where} is not valid text: NUL characters and unpaired surrogates are not allowed.`;

/** mercurius preExecution hook: variables carry only text the application can store and check. */
export async function requireWellFormedVariables(
  _schema: unknown,
  _document: unknown,
  _context: unknown,
  variables: Record<string, unknown> | undefined,
): Promise<void> {
  const at = malformedTextAt(variables ?? {});
  if (at !== null) throw badInput(malformedTextMessage(`The variable $${at.slice(1)}`));
}

/** One validation rule for all of the limits above, reported with the operation's node. */
export function operationLimitsRule(limits: GraphqlLimits = GRAPHQL_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    // the document's own strings (variables are checked before execution)
    StringValue(node) {
      if (malformedTextAt(node.value) !== null)
        context.reportError(
          new GraphQLError(malformedTextMessage('A string of the query'), { nodes: node, extensions: { code: 'BAD_USER_INPUT' } }),
        );
    },
    OperationDefinition(node) {
      const m = measureOperation(context.getSchema(), context.getDocument(), node, limits);
      const refuse = (message: string) =>
        context.reportError(new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } }));
      if (m.depth > limits.maxDepth)
        refuse(
          `This query is nested ${m.depth === Infinity ? 'without end' : `${m.depth} levels deep`}; at most ${limits.maxDepth} are allowed.`,
        );
      if (m.introspectionDepth > limits.maxIntrospectionDepth)
        refuse(
          `This introspection query is nested ${m.introspectionDepth} levels deep; at most ${limits.maxIntrospectionDepth} are allowed.`,
        );
      if (m.rootFields > limits.maxRootFields)
        refuse(`This operation asks for ${m.rootFields} top-level fields; at most ${limits.maxRootFields} are allowed in one request.`);
      if (m.aliases > limits.maxAliases) refuse(`This document uses ${m.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
      if (m.cost > limits.maxCost)
        refuse(
          `This query is too expensive (estimated cost ${m.cost > 1e12 ? 'over 10^12' : m.cost}; at most ${limits.maxCost}). Ask for fewer fields or smaller pages.`,
        );
    },
  });
}

/** mercurius preParsing hook: refuses a document too large to be worth parsing. */
export async function limitDocumentSize(_schema: unknown, source: string): Promise<void> {
  if (source.length > GRAPHQL_LIMITS.maxDocumentChars) {
    throw badInput(`The query document is too large (${source.length} characters; at most ${GRAPHQL_LIMITS.maxDocumentChars}).`);
  }
}

/**
 * mercurius preValidation hook: only documents parsed from GraphQL text run. mercurius would
 * also take a JSON-encoded syntax tree in `query`, which graphql's validation trusts to be
 * well-formed (a malformed one crashes it).
 */
export async function requireParsedDocument(_schema: unknown, document: DocumentNode): Promise<void> {
  if (!(document?.loc instanceof Location)) throw badInput('The query must be a GraphQL document (text), not a syntax tree.');
}
