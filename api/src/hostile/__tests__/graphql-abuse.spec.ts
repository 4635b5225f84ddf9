import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  getIntrospectionQuery,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import { GRAPHQL_LIMITS, measureOperation } from '../../common/graphql-limits.js';
import { fetchSchema } from './schema-walk.js';

/**
 * GraphQL abuse: whatever a client sends — too deep, too costly, batched by aliases, too large,
 * malformed, or asking the schema in production — it is refused before it runs, with a clear
 * message and a stable code, and without a stack trace.
 */

const L = GRAPHQL_LIMITS;

/** refused as the client's fault, with a message matching `message`, and nothing internal showing */
function expectRefused(r: GqlResult, message: RegExp) {
  expect(r.data ?? null).toBeNull();
  expect(r.errors?.length).toBeGreaterThan(0);
  for (const e of r.errors!) expect(e.extensions?.code).toBe('BAD_USER_INPUT');
  expect(r.errors!.map((e) => e.message).join('\n')).toMatch(message);
  expectNoInternals(r);
}
function expectNoInternals(r: unknown) {
  const text = JSON.stringify(r);
  expect(text).not.toMatch(/stack|node_modules|\.[jt]s:\d+|INTERNAL_SERVER_ERROR|exception/i);
}

/** `{ every field of the type, to `depth` levels }`, leaving out fields that need arguments */
function selectAll(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth > 1) parts.push(`${f.name} ${selectAll(schema, named, depth - 1)}`);
  }
  return `{ ${parts.join(' ') || '__typename'} }`;
}

const measure = (schema: GraphQLSchema, query: string) => {
  const doc = parse(query);
  return measureOperation(schema, doc, doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)! as never);
};

describe('GraphQL abuse is refused before it runs', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let admin: string, learner: string, partner: string;

  beforeAll(async () => {
    t = await startTestApp({ queue: 'postgres', env: { BEACON_ROLE: 'api' } });
    schema = await fetchSchema(t);
    [admin, learner, partner] = await Promise.all(['admin', 'learner', 'partner'].map((n) => t.login(`${n}@beacon.test`)));
  }, 60_000);
  afterAll(() => t?.close());

  const nested = (levels: number) => `query Deep { me { ${'... on User { '.repeat(levels)} id ${'} '.repeat(levels)} } }`;

  it(`refuses a query nested deeper than ${L.maxDepth} levels, and answers one at the limit`, async () => {
    // `me` is a level, `id` another, and each inline fragment one more (as mercurius's queryDepth counts)
    const atLimit = await t.gql(nested(L.maxDepth - 2), {}, { token: learner });
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data!.me.id).toBeTruthy();
    expectRefused(
      await t.gql(nested(L.maxDepth - 1), {}, { token: learner }),
      new RegExp(`nested ${L.maxDepth + 1} levels deep; at most ${L.maxDepth}`),
    );
    expectRefused(await t.gql(nested(200), {}, { token: learner }), /nested 202 levels deep/);
  });

  /** every query that needs no argument, each with every field to `depth` levels, pages as `first` says */
  const everything = (first: string, depth: number) => {
    const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
      f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
    );
    return fields
      .map(
        (f) =>
          `${f.name}${f.args.some((a) => a.name === 'first') ? `(first: ${first})` : ''} ${selectAll(schema, getNamedType(f.type), depth)}`,
      )
      .join(' ');
  };

  it('refuses a query that asks for everything there is, lists inside lists', async () => {
    const query = `{ ${everything('100', 5)} }`;
    const m = measure(schema, query);
    expect(m.cost).toBeGreaterThan(L.maxCost);
    expect(m.rootFields).toBeLessThanOrEqual(L.maxRootFields);
    expectRefused(await t.gql(query, {}, { token: admin }), new RegExp(`too expensive \\(estimated cost \\d+; at most ${L.maxCost}\\)`));
    // a page size given as a variable counts as the largest page the server would serve
    expectRefused(await t.gql(`query($n: Int!) { ${everything('$n', 5)} }`, { n: 1 }, { token: admin }), /too expensive/);
    // the same with small pages and two levels is an ordinary request
    const modest = await t.gql(`{ ${everything('5', 2)} }`, {}, { token: admin });
    expect(measure(schema, `{ ${everything('5', 2)} }`).cost).toBeLessThan(L.maxCost);
    expect(modest.errors ?? []).not.toContainEqual(expect.objectContaining({ message: expect.stringMatching(/too expensive/) }));
  });

  it('refuses alias batching: 200 logins in one request are not attempted', async () => {
    const [{ n: attemptsBefore }] = await t.beacon.db.query(`SELECT coalesce(sum(attempts), 0)::int AS n FROM auth_throttle`);
    const logins = Array.from(
      { length: 200 },
      (_, i) => `a${i}: login(email: "partner@beacon.test", password: "guess-${i}") { token }`,
    ).join(' ');
    const r = await t.gql(`mutation { ${logins} }`);
    expectRefused(r, new RegExp(`200 top-level fields; at most ${L.maxRootFields}[\\s\\S]*200 aliases; at most ${L.maxAliases}`));
    const [{ n: attemptsAfter }] = await t.beacon.db.query(`SELECT coalesce(sum(attempts), 0)::int AS n FROM auth_throttle`);
    expect(attemptsAfter).toBe(attemptsBefore);
  });

  it('refuses alias batching of an expensive query, even under the alias limit', async () => {
    const cohorts = (i: number) => `c${i}: cohorts(first: 100) ${selectAll(schema, schema.getType('Cohort')!, 3)}`;
    const many = Array.from({ length: L.maxRootFields }, (_, i) => cohorts(i)).join(' ');
    expect(measure(schema, `{ ${many} }`).cost).toBeGreaterThan(L.maxCost);
    expectRefused(await t.gql(`{ ${many} }`, {}, { token: partner }), /too expensive/);
    // and the same query once is fine
    const one = await t.gql(`{ ${cohorts(0)} }`, {}, { token: partner });
    expect(one.errors).toBeUndefined();
    expect(one.data!.c0.length).toBeGreaterThan(0);
  });

  it(`allows ${L.maxRootFields} top-level fields, not one more`, async () => {
    const fields = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    const ok = await t.gql(fields(L.maxRootFields), {}, { token: learner });
    expect(ok.errors).toBeUndefined();
    expectRefused(await t.gql(fields(L.maxRootFields + 1), {}, { token: learner }), /top-level fields/);
    // fragments do not hide them
    const viaFragment = `query { ...F } fragment F on Query { ${Array.from({ length: L.maxRootFields + 1 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    expectRefused(await t.gql(viaFragment, {}, { token: learner }), /top-level fields/);
  });

  it('refuses an oversized document before parsing it, and a token flood within the size', async () => {
    const padded = `{ me { id } } # ${'x'.repeat(L.maxDocumentChars)}`;
    expectRefused(
      await t.gql(padded, {}, { token: learner }),
      new RegExp(`too large \\(${padded.length} characters; at most ${L.maxDocumentChars}\\)`),
    );
    // many small tokens under the size limit: refused by the parser's token limit, and quickly
    const flood = `{ me { ${'id '.repeat(L.maxTokens)} } }`;
    expect(flood.length).toBeLessThan(L.maxDocumentChars);
    const started = Date.now();
    expectRefused(await t.gql(flood, {}, { token: learner }), new RegExp(`more tha[nt] ${L.maxTokens} tokens`));
    expect(Date.now() - started).toBeLessThan(2_000);
    // just under it, graphql's own budget for merging repeated fields refuses it, as quickly
    const t0 = Date.now();
    expectRefused(await t.gql(`{ me { ${'id '.repeat(L.maxTokens - 10)} } }`, {}, { token: learner }), /Validation aborted/);
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('refuses malformed requests with BAD_USER_INPUT: body too large, not JSON, a syntax tree, a batch, no query', async () => {
    const fastify = t.beacon.http!.getHttpAdapter().getInstance();
    const post = async (payload: string, contentType = 'application/json') => {
      const res = await fastify.inject({ method: 'POST', url: '/graphql', payload, headers: { 'content-type': contentType } });
      return { ...(res.json() as GqlResult), status: res.statusCode } as GqlResult;
    };
    expectRefused(await post(JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(3 * 1024 * 1024) } })), /too large/);
    expectRefused(await post('{"query": "{ me { id } }"'), /not valid JSON/);
    expectRefused(
      await post(JSON.stringify({ query: JSON.stringify({ kind: 'Document', definitions: 5 }) })),
      /must be a GraphQL document/,
    );
    expectRefused(await post(JSON.stringify({ query: '5' })), /must be a GraphQL document/);
    const ast = JSON.stringify(parse('{ me { id } }', { noLocation: true }));
    expectRefused(await post(JSON.stringify({ query: ast })), /must be a GraphQL document/);
    expectRefused(await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }])), /./);
    expectRefused(await post(JSON.stringify({})), /Unknown query/);
    expectRefused(await post(JSON.stringify({ query: '{ me { id ' })), /Syntax Error/);
    expectRefused(await post(JSON.stringify({ query: 'query A { me { id } } query B { me { id } }' })), /operation name/);
    expectRefused(await post(JSON.stringify({ query: '{ me { id } }', variables: 'nope' })), /./);
    expect((await t.get('/health')).status).toBe(200);
  });

  it('refuses text the database cannot hold: NUL characters and unpaired surrogates, as variables or literals', async () => {
    const goal = `mutation($e: ID!, $g: String!) { setOutcomeGoal(enrolmentId: $e, goal: $g) { id } }`;
    const [{ id: enrolmentId }] = await t.beacon.db.query(
      `SELECT e.id FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE u.email = 'learner@beacon.test' AND e.status = 'ACTIVE' LIMIT 1`,
    );
    expectRefused(await t.gql(goal, { e: enrolmentId, g: 'nul \u0000 inside' }, { token: learner }), /\$g is not valid text/);
    expectRefused(await t.gql(goal, { e: enrolmentId, g: 'half \ud800 a pair' }, { token: learner }), /\$g is not valid text/);
    expectRefused(
      await t.gql(
        `mutation($i: InviteInput!) { invite(input: $i) { id } }`,
        { i: { partnerId: 'x', email: '\ud800@example.org', name: 'X', role: 'LEARNER' } },
        { token: partner },
      ),
      /\$i\.email is not valid text/,
    );
    expectRefused(
      await t.gql(`mutation { login(email: "a\\u0000@example.org", password: "x") { token } }`),
      /A string of the query is not valid text/,
    );
    // and a well-formed pair (an emoji) is text like any other
    const ok = await t.gql(goal, { e: enrolmentId, g: 'Ship faster 🚀' }, { token: learner });
    expect(ok.errors).toBeUndefined();
  });

  it('gives a clear message, not the generic one, for a request refused by validation', async () => {
    // the first time a query is seen its errors travel a different path in mercurius than later
    const q = `query($s: CohortStatus) { cohorts(status: $s) { id } }`;
    for (let i = 0; i < 3; i++)
      expectRefused(await t.gql(q, { s: 'NOT_A_STATUS' }, { token: partner }), /"NOT_A_STATUS"[\s\S]*CohortStatus/);
    for (let i = 0; i < 2; i++) expectRefused(await t.gql(`{ nope }`, {}, { token: partner }), /Cannot query field "nope"/);
  });

  it('answers introspection in development (GraphiQL’s own query)', async () => {
    const r = await t.gql(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.queryType.name).toBe('Query');
  });

  it('keeps every operation of the web client within the limits', () => {
    const webSrc = fileURLToPath(new URL('../../../../web/src', import.meta.url));
    if (!existsSync(webSrc)) return;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.graphql')) files.push(p);
      }
    };
    walk(webSrc);
    const all = parse(files.map((f) => readFileSync(f, 'utf8')).join('\n'));
    const fragments = new Map(all.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    const over: string[] = [];
    for (const op of all.definitions) {
      if (op.kind !== Kind.OPERATION_DEFINITION) continue;
      // the operation with the fragments it uses, as the client sends it
      const used = new Set<string>();
      const collect = (node: unknown) => {
        JSON.stringify(node, (k, v) => {
          if (v?.kind === Kind.FRAGMENT_SPREAD && !used.has(v.name.value) && fragments.has(v.name.value)) {
            used.add(v.name.value);
            collect(fragments.get(v.name.value));
          }
          return v;
        });
      };
      collect(op);
      const doc = { kind: Kind.DOCUMENT, definitions: [op, ...[...used].map((n) => fragments.get(n)!)] } as const;
      const m = measureOperation(schema, doc as never, op);
      if (m.depth > L.maxDepth || m.cost > L.maxCost / 2 || m.aliases > L.maxAliases || m.rootFields > L.maxRootFields)
        over.push(`${op.name?.value}: ${JSON.stringify(m)}`);
    }
    // half the cost limit: a web page should never be near it
    expect(over).toEqual([]);
  });
});

describe('in production, the schema is not for asking', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      queue: 'postgres',
      env: {
        NODE_ENV: 'production',
        BEACON_ROLE: 'api',
        BEACON_CREDENTIAL_SECRET: 'hostile-suite-credential-secret',
        PUBLIC_URL: 'https://beacon.example.org',
      },
    });
  }, 60_000);
  afterAll(() => t?.close());

  it('refuses __schema and __type with a clear message, and still answers __typename', async () => {
    for (const q of [getIntrospectionQuery(), '{ __schema { types { name } } }', '{ __type(name: "Cohort") { fields { name } } }']) {
      expectRefused(await t.gql(q), /introspection has been disabled/);
    }
    const r = await t.gql('{ __typename }');
    expect(r.data).toEqual({ __typename: 'Query' });
  });

  it('applies the same limits, without a stack trace', async () => {
    expectRefused(await t.gql(`{ me { ${'... on User { '.repeat(30)} id ${'} '.repeat(30)} } }`), /nested/);
    expectRefused(await t.gql(`mutation { ${Array.from({ length: 50 }, (_, i) => `a${i}: logout`).join(' ')} }`), /top-level fields/);
    const fastify = t.beacon.http!.getHttpAdapter().getInstance();
    const res = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      payload: '{"query": ',
      headers: { 'content-type': 'application/json' },
    });
    expectRefused({ ...res.json(), status: res.statusCode }, /not valid JSON/);
    const internal = await t.gql('{ me { id } }', {}, { token: 'not-a-token' });
    expectNoInternals(internal);
  });
});
