import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { TestApp } from '../../test/harness.js';

/**
 * Walks the executable schema (as the running API reports it by introspection) so that the
 * hostile suites cover every operation there is, not a hand-kept list.
 */
export async function fetchSchema(t: TestApp): Promise<GraphQLSchema> {
  const r = await t.gql<IntrospectionQuery>(getIntrospectionQuery());
  if (!r.data) throw new Error(`introspection failed: ${JSON.stringify(r.errors)}`);
  return buildClientSchema(r.data);
}

export interface RootField {
  /** `Query.cohort`, `Mutation.bookCoaching` */
  key: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ key: `${type!.name}.${field.name}`, operation, field });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Every place an operation takes an ID: its arguments and the fields of its input objects,
 * however deep, as dotted paths relative to the operation (`entries.enrolmentId`).
 */
export function idPathsOf(field: GraphQLField<unknown, unknown>): string[] {
  const out: string[] = [];
  const walk = (type: GraphQLInputType, path: string, seen: Set<string>) => {
    const named = getNamedType(type);
    if (named.name === 'ID') out.push(path);
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const f of Object.values(named.getFields())) walk(f.type, `${path}.${f.name}`, new Set([...seen, named.name]));
    }
  };
  for (const a of field.args) walk(a.type, a.name, new Set());
  return out;
}

export function containsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  return Object.values(named.getFields()).some((f) => containsId(f.type, new Set([...seen, named.name])));
}

/** Plausible valid values for an argument or input field, by its type and name. */
export function plausibleScalar(typeName: string, name: string, enumValues: string[] = []): unknown {
  const n = name.toLowerCase();
  if (enumValues.length) return enumValues[0];
  switch (typeName) {
    case 'Int':
      if (n.includes('week')) return 1;
      if (n.includes('capacity')) return 10;
      if (n.includes('minutes')) return 30;
      if (n === 'expectedversion') return 0;
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      if (n === 'from') return new Date().toISOString();
      if (n === 'to') return new Date(Date.now() + 7 * 86_400_000).toISOString();
      return new Date(Math.ceil((Date.now() + 9 * 86_400_000) / 3_600_000) * 3_600_000).toISOString();
    case 'String':
      if (n.includes('email')) return 'hostile@example.org';
      if (n.includes('url') || n === 'link') return 'https://example.org/hostile';
      if (n.includes('timezone')) return 'UTC';
      if (n === 'startdate' || n === 'date') return '2031-03-03';
      if (n === 'duetime' || n === 'time' || n === 'start') return '10:00';
      if (n === 'end') return '11:00';
      if (n === 'csv') return 'email,name\nhostile@example.org,Hostile Person';
      if (n === 'code') return 'HOSTILE';
      if (n === 'slug') return 'hostile';
      if (n === 'password') return 'hostile-password-1';
      return 'Hostile';
    default:
      return 'Hostile';
  }
}

export interface ValueSource {
  /** a value for an ID at `path` (relative to the operation) */
  id: (path: string) => string;
  /** a value chosen for `path`, used as is (undefined: none) */
  override?: (path: string) => unknown;
}

/**
 * A value for every required argument (and every optional one that holds an ID or has an
 * override), built from the types: input objects field by field, lists of one element.
 */
export function buildArgs(field: GraphQLField<unknown, unknown>, src: ValueSource): Record<string, unknown> {
  const value = (type: GraphQLInputType, path: string, name: string): unknown => {
    const o = src.override?.(path);
    if (o !== undefined) return o;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return [value(inner.ofType as GraphQLInputType, path, name)];
    const named = getNamedType(inner);
    if (named.name === 'ID') return src.id(path);
    if (isInputObjectType(named)) {
      const obj: Record<string, unknown> = {};
      for (const f of Object.values(named.getFields())) {
        const p = `${path}.${f.name}`;
        // a field with a default is left out, so that the walk exercises the defaults too
        if (containsId(f.type) || src.override?.(p) !== undefined || (isNonNullType(f.type) && f.defaultValue === undefined))
          obj[f.name] = value(f.type, p, f.name);
      }
      return obj;
    }
    return plausibleScalar(named.name, name, isEnumType(named) ? named.getValues().map((v) => v.name) : []);
  };
  const args: Record<string, unknown> = {};
  for (const a of field.args) {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    if (required || containsId(a.type) || src.override?.(a.name) !== undefined) args[a.name] = value(a.type, a.name, a.name);
  }
  return args;
}

/** `{ __typename id name … }`: the type's leaf fields that need no arguments ('' for a leaf type). */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** The document for one root field with the given arguments, all passed as variables. */
export function operationFor(root: RootField, args: Record<string, unknown>): { query: string; variables: Record<string, unknown> } {
  const given = root.field.args.filter((a) => a.name in args);
  const defs = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${root.operation} Hostile${defs ? `(${defs})` : ''} { ${root.field.name}${call ? `(${call})` : ''} ${selectionFor(root.field.type)} }`;
  return { query, variables: Object.fromEntries(given.map((a) => [a.name, args[a.name]])) };
}
