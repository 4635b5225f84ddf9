import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import { startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import { buildArgs, fetchSchema, idPathsOf, operationFor, rootFields, type RootField } from './schema-walk.js';
import { buildWorlds, changedTables, tableChecksums, type IdKind, type Ids, type Worlds } from './hostile-world.js';
import { isTenant, kindOf, OPERATIONS, type Actor, type OpSpec } from './operation-map.js';

/**
 * Tenancy, from the schema: every Query and Mutation field that takes an ID (as an argument
 * or inside an input) is called by the Americas partner's admin, coach and learner with the
 * Africa partner's ids of the right kind — alone, and mixed with their own. Each must be
 * refused (NOT_FOUND, FORBIDDEN or BAD_USER_INPUT), say nothing about Africa, and change
 * nothing. A new operation with an id that operation-map.ts does not know fails the suite.
 */

const ATTACKERS: Actor[] = ['americasAdmin', 'americasCoach', 'americasLearner'];
const REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'];

/** the answer to an outsider: a refusal with a stable code, and not a word about Africa */
function judge(root: RootField, spec: OpSpec, r: GqlResult, secrets: string[]): string | null {
  const codes = (r.errors ?? []).map((e) => e.extensions?.code);
  if (r.status !== 200) return `HTTP ${r.status}`;
  if (codes.includes('INTERNAL_SERVER_ERROR')) return `INTERNAL_SERVER_ERROR: ${r.errors![0].message}`;
  if (spec.shared) return null;
  const text = JSON.stringify(r);
  const leak = secrets.find((s) => text.includes(s));
  if (leak) return `leaks “${leak}”: ${text.slice(0, 300)}`;
  const value = r.data?.[root.field.name];
  if (spec.emptyList && !r.errors && Array.isArray(value) && value.length === 0) return null;
  if (!r.errors?.length) return `answered with data: ${text.slice(0, 300)}`;
  if (value !== undefined && value !== null) return `answered with data and errors: ${text.slice(0, 300)}`;
  if (!codes.every((c) => REFUSALS.includes(c!))) return `refused with ${codes.join(', ')} (${r.errors[0].message})`;
  return null;
}

describe('tenancy, from the schema: no operation lets another partner reach Africa’s data', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let w: Worlds;
  let before: Awaited<ReturnType<typeof tableChecksums>>;
  const roots = new Map<string, RootField>();

  beforeAll(async () => {
    // no job workers (api role): whatever changes in the database, a request changed it
    t = await startTestApp({ queue: 'postgres', env: { BEACON_ROLE: 'api' } });
    schema = await fetchSchema(t);
    for (const r of rootFields(schema)) roots.set(r.key, r);
    w = await buildWorlds(t);
    before = await tableChecksums(t.beacon.db);
  }, 120_000);
  afterAll(() => t?.close());

  /** arguments for `root`: every id from `ids` (Africa's), except `own` paths that take the attacker's */
  const argsFor = (root: RootField, ids: (path: string, kind: IdKind) => string) => {
    const spec = OPERATIONS[root.key];
    const overrides = spec.args?.(w) ?? {};
    return buildArgs(root.field, { id: (path) => ids(path, kindOf(root.key, path)!), override: (path) => overrides[path] });
  };

  it('knows every operation that takes an id, and what each id is', () => {
    const problems: string[] = [];
    for (const root of roots.values()) {
      const paths = idPathsOf(root.field);
      if (paths.length === 0) continue;
      if (!OPERATIONS[root.key]) {
        problems.push(
          `${root.key}(${paths.join(', ')}) takes an id but is not in OPERATIONS of hostile/__tests__/operation-map.ts: add it, with its owner`,
        );
        continue;
      }
      for (const p of paths)
        if (!kindOf(root.key, p)) problems.push(`${root.key}: the id at “${p}” has no kind: add it to BY_NAME or to the operation’s kinds`);
    }
    for (const key of Object.keys(OPERATIONS))
      if (!roots.has(key) || idPathsOf(roots.get(key)!.field).length === 0)
        problems.push(`${key} is in OPERATIONS but no longer takes an id: remove it`);
    expect(problems).toEqual([]);
  });

  describe.each(Object.keys(OPERATIONS).map((k) => [k]))('%s', (key) => {
    it('refuses the Americas admin, coach and learner Africa’s ids, alone and mixed with their own', async () => {
      const root = roots.get(key);
      if (!root) return; // reported by the test above
      const spec = OPERATIONS[key];
      const tenantPaths = idPathsOf(root.field).filter((p) => isTenant(kindOf(key, p)));
      // all of Africa's ids, then each of them alone among the attacker's own (where they have one)
      const variants: { label: string; ids: (path: string, kind: IdKind) => string }[] = [
        { label: 'Africa’s ids', ids: (_p, k) => w.africa[k]! },
      ];
      if (tenantPaths.length > 1) {
        for (const foreign of tenantPaths) {
          const others = tenantPaths.filter((p) => p !== foreign && w.americas[kindOf(key, p)!]);
          if (others.length === 0) continue;
          variants.push({
            label: `Africa’s ${foreign}, own ${others.join(', ')}`,
            ids: (p, k) => (p === foreign || !isTenant(k) ? w.africa[k]! : ((w.americas as Ids)[k] ?? w.africa[k]!)),
          });
        }
      }
      const failures: string[] = [];
      for (const v of variants) {
        const { query, variables } = operationFor(root, argsFor(root, v.ids));
        for (const actor of ATTACKERS) {
          const r = await t.gql(query, variables, { token: w.tokens[actor] });
          let problem = judge(root, spec, r, w.africaSecrets);
          if (process.env.HOSTILE_DEBUG)
            process.stdout.write(
              `${key} | ${actor} | ${v.label} | ${r.errors?.[0]?.extensions?.code ?? 'data'} | ${r.errors?.[0]?.message ?? ''}\n`,
            );
          if (problem && spec.sameAsUnknown && r.data?.[root.field.name]) {
            // the same request with Africa's ids replaced by ids of nothing must get the same answer
            const unknown = operationFor(
              root,
              argsFor(root, (p, k) => (v.ids(p, k) === w.africa[k] && isTenant(k) ? randomUUID() : v.ids(p, k))),
            );
            const control = await t.gql(unknown.query, unknown.variables, { token: w.tokens[actor] });
            if (JSON.stringify(control.data) === JSON.stringify(r.data) && !r.errors && !control.errors) problem = null;
          }
          if (problem) failures.push(`${actor} with ${v.label}: ${problem}\n    ${query}\n    ${JSON.stringify(variables)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  });

  it('changed nothing in any table', async () => {
    expect(changedTables(before, await tableChecksums(t.beacon.db))).toEqual([]);
  });

  it('gave each operation ids of the right kind: Africa’s own people are not refused them', async () => {
    const order = (k: string) => (OPERATIONS[k].destructive ? 2 : k.startsWith('Query.') ? 0 : 1);
    const keys = Object.keys(OPERATIONS)
      .filter((k) => OPERATIONS[k].owner && roots.has(k))
      .sort((a, b) => order(a) - order(b));
    const failures: string[] = [];
    for (const key of keys) {
      const root = roots.get(key)!;
      const { query, variables } = operationFor(
        root,
        argsFor(root, (_p, k) => w.africa[k]!),
      );
      const r = await t.gql(query, variables, { token: w.tokens[OPERATIONS[key].owner!] });
      const code = r.errors?.[0]?.extensions?.code;
      if (code && ['NOT_FOUND', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'UNAUTHENTICATED'].includes(code)) {
        failures.push(
          `${key} as ${OPERATIONS[key].owner}: ${code} ${r.errors![0].message}\n    ${query}\n    ${JSON.stringify(variables)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    // one request per operation, one after another: the list grows with the schema
  }, 60_000);
});
