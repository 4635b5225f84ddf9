import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { fetchSchema, operationFor, rootFields, type RootField } from './schema-walk.js';
import { buildWorlds, type Worlds } from './hostile-world.js';
import { argsArbitrary } from './fuzz-arbitraries.js';
import { kindOf, OPERATIONS, type Actor } from './operation-map.js';

/**
 * Property-based fuzzing of every argument of every Query and Mutation field: random and nasty
 * values, sent as variables by a logged-in user of each role. No answer may be an internal error,
 * and the server stays healthy. Runs are seeded; a failure names its seed and path:
 *
 *   BEACON_FUZZ_SEED=<seed> BEACON_FUZZ_ONLY=Mutation.createCohort npx jest src/hostile/__tests__/fuzzing
 *
 * BEACON_FUZZ_RUNS sets the runs per field (default 5); BEACON_FUZZ_SEED=random explores.
 */

const RUNS = Number(process.env.BEACON_FUZZ_RUNS ?? 5);
const SEED =
  process.env.BEACON_FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.BEACON_FUZZ_SEED ?? 20260507);
const ONLY = process.env.BEACON_FUZZ_ONLY;
const STABLE_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'];
const ROLES: (Actor | 'anonymous')[] = [
  'anonymous',
  'admin',
  'africaAdmin',
  'africaCoach',
  'africaLearner',
  'americasAdmin',
  'americasLearner',
];
/** who may rightfully call the operations that take no id (the others' are in operation-map.ts) */
const OWNERS: Record<string, Actor | 'anonymous'> = {
  'Mutation.acceptInvitation': 'anonymous',
  'Mutation.createPartner': 'admin',
  'Mutation.login': 'anonymous',
  'Mutation.recordGoalFollowUp': 'anonymous',
  'Mutation.setAvailability': 'africaCoach',
  'Query.goalFollowUp': 'anonymous',
  'Query.invitationPreview': 'anonymous',
  'Query.myBookings': 'africaLearner',
  'Query.myPastCoachingSessions': 'africaCoach',
  'Query.myUpcomingCoachingSessions': 'africaCoach',
  'Query.outbox': 'admin',
  'Query.partners': 'africaAdmin',
  'Query.programmes': 'africaAdmin',
};

const hash = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);

describe('fuzzing every argument of every operation', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let w: Worlds;
  let ids: string[];
  let requests = 0;

  beforeAll(async () => {
    t = await startTestApp({ queue: 'postgres', env: { BEACON_ROLE: 'api' } });
    schema = await fetchSchema(t);
    w = await buildWorlds(t);
    ids = [...new Set([...Object.values(w.africa), ...Object.values(w.americas)].filter((v): v is string => typeof v === 'string'))];
    process.stdout.write(`fuzzing with seed ${SEED}, ${RUNS} runs per operation\n`);
  }, 120_000);
  afterAll(async () => {
    process.stdout.write(`fuzzing sent ${requests} requests (seed ${SEED})\n`);
    await t?.close();
  });

  /** runs the property for each field; returns the failures, each with how to reproduce it */
  async function fuzz(fields: RootField[]): Promise<string[]> {
    const failures: string[] = [];
    for (const root of fields) {
      // per operation, so that a failure reproduces alone and other operations do not shift it
      const seed = (SEED ^ hash(root.key)) >>> 0;
      // mostly the rightful user with ids of the right kind, so that requests reach the services
      const owner = OPERATIONS[root.key]?.owner ?? OWNERS[root.key];
      const role = owner
        ? fc.oneof({ weight: 3, arbitrary: fc.constant(owner) }, { weight: 1, arbitrary: fc.constantFrom(...ROLES) })
        : fc.constantFrom(...ROLES);
      const idAt = (path: string) => {
        const kind = kindOf(root.key, path);
        return kind ? w.africa[kind] : undefined;
      };
      const property = fc.asyncProperty(role, argsArbitrary(root.field, { ids, idAt }), async (actor, args) => {
        const { query, variables } = operationFor(root, args);
        requests++;
        const r = await t.gql(query, variables, { token: actor === 'anonymous' ? undefined : w.tokens[actor] });
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        if (process.env.HOSTILE_DEBUG)
          process.stdout.write(`FUZZ ${root.key} ${codes[0] ?? 'data'} ${(r.errors?.[0]?.message ?? '').slice(0, 90)}\n`);
        if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
        if (!r.data && !r.errors?.length) throw new Error('neither data nor errors');
        const odd = codes.filter((c) => !STABLE_CODES.includes(c as string));
        if (odd.length) throw new Error(`answered ${odd.join(', ')}: ${r.errors!.map((e) => e.message).join('; ')}`);
      });
      const details = await fc.check(property, { seed, numRuns: RUNS, endOnFailure: false, maxSkipsPerRun: 0 });
      if (details.failed) {
        const example = JSON.stringify(details.counterexample, (_k, v) =>
          typeof v === 'string' && v.length > 200 ? `${v.slice(0, 60)}…(${v.length} chars)` : v,
        );
        failures.push(
          `${root.key}: ${(details.errorInstance as Error)?.message}\n    counterexample: ${example}\n    reproduce: BEACON_FUZZ_SEED=${SEED} BEACON_FUZZ_ONLY=${root.key} (seed ${seed}, path "${details.counterexamplePath}")`,
        );
      }
      const health = await t.get('/health');
      if (health.status !== 200) failures.push(`after ${root.key}: /health answered ${health.status} ${health.body}`);
    }
    return failures;
  }

  const fieldsOf = (operation: 'query' | 'mutation') =>
    rootFields(schema).filter((r) => r.operation === operation && r.field.args.length > 0 && (!ONLY || r.key === ONLY));

  it('queries never answer with an internal error', async () => {
    expect(await fuzz(fieldsOf('query'))).toEqual([]);
  }, 240_000);

  it('mutations never answer with an internal error', async () => {
    expect(await fuzz(fieldsOf('mutation'))).toEqual([]);
  }, 240_000);

  it('the server is still healthy and still answers', async () => {
    const health = await t.get('/health');
    expect(health.status).toBe(200);
    const me = await t.gql(`{ me { email } }`, {}, { token: w.tokens.africaAdmin });
    expect(me.data?.me.email).toBe('partner@beacon.test');
  });
});
