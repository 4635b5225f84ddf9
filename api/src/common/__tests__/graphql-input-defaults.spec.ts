import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
  type GraphQLInputFieldConfigMap,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { applyInputDefaults, withInputDefaults } from '../graphql-input-defaults.js';
import { codeOf, startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import { SET_AVAILABILITY } from '../../booking/__tests__/booking-fixtures.js';
import { moduleInput, programmeInput } from '../../programme/__tests__/programme-fixtures.js';

/**
 * mercurius runs a document with graphql-js the first time it sees it and with graphql-jit from
 * the second time on (`jit: 1`). graphql-jit's own variable coercion leaves out the default of a
 * non-null input field (`bufferBeforeMinutes: Int! = 0`) that a variable's object omits; these
 * stories send the same document three times (graphql-js; compiled; compiled and cached) and
 * expect the same answer each time.
 */

describe('an input field left out of a variable takes its default, however often the operation runs', () => {
  let t: TestApp;
  let admin: string;
  let coach: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@beacon.test');
    coach = await t.login('coach@beacon.test');
  }, 60_000);
  afterAll(() => t?.close());

  /** the same document three times, the variables of each run from `variables(n)` */
  async function thrice(query: string, variables: (n: number) => Record<string, unknown>, token: string): Promise<GqlResult[]> {
    const out: GqlResult[] = [];
    for (const n of [1, 2, 3]) out.push(await t.gql(query, variables(n), { token }));
    return out;
  }

  it('a coach saves availability without buffers or exceptions: no buffers and no exceptions, every time', async () => {
    const input = {
      timeZone: 'Africa/Johannesburg',
      weeklyHours: [{ weekday: 1, start: '09:00', end: '12:00' }],
      slotMinutes: 30,
      minNoticeMinutes: 60,
      horizonDays: 14,
      cancellationCutoffMinutes: 120,
    };
    for (const r of await thrice(SET_AVAILABILITY, () => ({ i: input }), coach)) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.setAvailability).toMatchObject({ bufferBeforeMinutes: 0, bufferAfterMinutes: 0, exceptions: [], slotMinutes: 30 });
    }
  });

  it('an admin creates partners without countries: none, every time', async () => {
    const CREATE = `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { slug countries } }`;
    const results = await thrice(
      CREATE,
      (n) => ({ i: { name: `Defaults ${n}`, slug: `defaults-${n}`, region: 'Nowhere', timeZone: 'UTC' } }),
      admin,
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.data!.createPartner)).toEqual([1, 2, 3].map((n) => ({ slug: `defaults-${n}`, countries: [] })));
  });

  it('an admin creates programmes whose modules, in a list, leave out their summary: empty, every time', async () => {
    const CREATE = `mutation($i: ProgrammeDefinitionInput!) { createProgramme(input: $i) { code summary sessionPlan { title } credential { name } modules { week summary } } }`;
    const input = (n: number) => {
      const { summary: _s, sessionPlan: _p, ...programme } = programmeInput(`DEF-${n}`);
      const { automaticIssuance: _a, ...credential } = programme.credential;
      const modules = [1, 2].map((week) => {
        const { summary: _m, ...module } = moduleInput(week);
        return module;
      });
      return { i: { ...programme, credential, modules } };
    };
    const results = await thrice(CREATE, input, admin);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    for (const [i, r] of results.entries()) {
      expect(r.data!.createProgramme).toMatchObject({
        code: `DEF-${i + 1}`,
        summary: '',
        sessionPlan: [],
        modules: [
          { week: 1, summary: '' },
          { week: 2, summary: '' },
        ],
      });
    }
  });

  it('a defaulted non-null field given null is refused every time', async () => {
    const input = {
      weeklyHours: [],
      slotMinutes: 30,
      minNoticeMinutes: 60,
      horizonDays: 14,
      cancellationCutoffMinutes: 120,
      bufferBeforeMinutes: null,
    };
    for (const r of await thrice(SET_AVAILABILITY, () => ({ i: input }), coach)) {
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
  });

  it('a nullable variable for a defaulted field inside an input literal is refused from the first run, with how to declare it', async () => {
    // graphql-js would take the default when $b is left out, graphql-jit null: neither runs it
    const LITERAL = `mutation($b: Int) { setAvailability(input: { weeklyHours: [], slotMinutes: 30, minNoticeMinutes: 60, horizonDays: 14, cancellationCutoffMinutes: 120, bufferBeforeMinutes: $b }) { bufferBeforeMinutes } }`;
    for (const r of await thrice(LITERAL, () => ({}), coach)) {
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toBe('Variable "$b" of type "Int" stands for an input field of type "Int!": declare it "Int!".');
    }
    // declared non-null, it runs alike every time
    for (const r of await thrice(LITERAL.replace('$b: Int)', '$b: Int!)'), () => ({ b: 5 }), coach)) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.setAvailability.bufferBeforeMinutes).toBe(5);
    }
  });
});

describe('filling in input defaults before graphql-js or graphql-jit coerces the variables', () => {
  // values whose internal form is not their JSON form: an enum value is not its name, a day is an object
  const Level = new GraphQLEnumType({ name: 'Level', values: { LOW: { value: 'level-low' }, HIGH: { value: 'level-high' } } });
  const Day = new GraphQLScalarType<{ day: string }, string>({
    name: 'Day',
    serialize: (v) => (v as { day: string }).day,
    parseValue: (v) => {
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new TypeError('a day is YYYY-MM-DD');
      return { day: v };
    },
  });
  const defaulted = (): GraphQLInputFieldConfigMap => ({
    label: { type: new GraphQLNonNull(GraphQLString) },
    level: { type: new GraphQLNonNull(Level), defaultValue: 'level-high' },
    day: { type: new GraphQLNonNull(Day), defaultValue: { day: '2030-01-31' } },
    weight: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 1 },
    note: { type: GraphQLString, defaultValue: null },
  });
  // (graphql-jit 0.8.9 cannot compile the variables of a recursive input type: two levels it is)
  const Leaf = new GraphQLInputObjectType({ name: 'Leaf', fields: defaulted });
  const Node = new GraphQLInputObjectType({
    name: 'Node',
    fields: { ...defaulted(), children: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Leaf))), defaultValue: [] } },
  });
  const Plain = new GraphQLInputObjectType({ name: 'Plain', fields: { a: { type: GraphQLInt } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        echo: { type: GraphQLString, args: { node: { type: new GraphQLList(Node) } }, resolve: (_s, args) => JSON.stringify(args.node) },
        plain: { type: GraphQLString, args: { p: { type: Plain } }, resolve: (_s, args) => JSON.stringify(args.p) },
      },
    }),
  });
  const ECHO = parse(`query Echo($node: [Node]) { echo(node: $node) }`);
  const operation = ECHO.definitions[0] as OperationDefinitionNode;

  /** what graphql-js answers, and what graphql-jit answers once the defaults are filled in */
  async function bothWays(variables: Record<string, unknown>) {
    const js = await execute({ schema, document: ECHO, variableValues: variables });
    const compiled = compileQuery(schema, ECHO);
    if (!isCompiledQuery(compiled)) throw new Error('did not compile');
    const jit = await compiled.query(undefined, {}, withInputDefaults(schema, operation, variables) ?? variables);
    return { js: JSON.parse(JSON.stringify(js)), jit: JSON.parse(JSON.stringify(jit)) };
  }

  it('gives graphql-jit the same input as graphql-js: enum values, custom scalars, objects in lists in objects', async () => {
    const variables = {
      node: [
        {
          label: 'root',
          children: [
            { label: 'leaf', weight: 3 },
            { label: 'low', level: 'LOW', day: '2031-02-01' },
          ],
        },
      ],
    };
    const { js, jit } = await bothWays(variables);
    expect(js.errors).toBeUndefined();
    expect(JSON.parse(js.data.echo)).toEqual([
      {
        label: 'root',
        level: 'level-high',
        day: { day: '2030-01-31' },
        weight: 1,
        note: null,
        children: [
          { label: 'leaf', level: 'level-high', day: { day: '2030-01-31' }, weight: 3, note: null },
          { label: 'low', level: 'level-low', day: { day: '2031-02-01' }, weight: 1, note: null },
        ],
      },
    ]);
    expect(jit).toEqual(js);
    // the reason for all this, which a later graphql-jit may fix (then the hook can go)
    const compiled = compileQuery(schema, ECHO);
    expect(isCompiledQuery(compiled) && (await compiled.query(undefined, {}, variables)).errors?.[0]?.message).toMatch(
      /Field value\[0\].level of required type Level! was not provided/,
    );
  });

  it('leaves what the executors refuse or coerce to them: a single object for a list, null, a value of the wrong kind', async () => {
    const single = await bothWays({ node: { label: 'alone' } });
    expect(JSON.parse(single.js.data.echo)).toEqual([
      { label: 'alone', level: 'level-high', day: { day: '2030-01-31' }, weight: 1, note: null, children: [] },
    ]);
    expect(single.jit).toEqual(single.js);
    const nothing = await bothWays({ node: [null] });
    expect(nothing.jit).toEqual(nothing.js);
    expect(nothing.js.data.echo).toBe('[null]');
    for (const node of ['not an object', [7], [{ label: 'x', weight: null }], [{ label: 'x', day: 'tomorrow' }], [{ weight: 2 }]]) {
      const { js, jit } = await bothWays({ node });
      // the messages differ between the two; both refuse, and only the one problem
      expect({ node, js: js.errors?.length, jit: jit.errors?.length }).toEqual({ node, js: 1, jit: 1 });
    }
  });

  it('copies only what it fills: the request’s variables stay as sent, and nothing is copied when nothing is missing', () => {
    const sent = { node: [{ label: 'a', children: [] }], other: { kept: true } };
    const frozen = JSON.parse(JSON.stringify(sent));
    const filled = withInputDefaults(schema, operation, sent)!;
    expect(sent).toEqual(frozen);
    expect(filled.other).toBe(sent.other);
    expect(filled.node).toEqual([{ label: 'a', level: 'HIGH', day: '2030-01-31', weight: 1, note: null, children: [] }]);
    const complete = { node: [{ label: 'a', level: 'LOW', day: '2030-01-01', weight: 2, note: 'n', children: [] }] };
    expect(withInputDefaults(schema, operation, complete)).toBeUndefined();
    // an operation whose input types have no defaults at all is not walked
    const plain = parse(`query($p: Plain) { plain(p: $p) }`).definitions[0] as OperationDefinitionNode;
    expect(withInputDefaults(schema, plain, { p: {} })).toBeUndefined();
  });

  it('as a mercurius hook, fills the variables of the operation the request names in a document of several', async () => {
    const document = parse(`query A($node: [Node]) { echo(node: $node) } query B($node: [Node]) { echo(node: $node) }`);
    const context = { reply: { request: { body: { operationName: 'B' } } } };
    expect(await applyInputDefaults(schema, document, context, { node: [{ label: 'b', weight: 2 }] })).toEqual({
      variables: { node: [{ label: 'b', level: 'HIGH', day: '2030-01-31', weight: 2, note: null, children: [] }] },
    });
    expect(
      await applyInputDefaults(schema, document, { reply: { request: { body: { operationName: 'C' } } } }, { node: [{ label: 'c' }] }),
    ).toBeUndefined();
    expect(await applyInputDefaults(schema, document, context, undefined)).toBeUndefined();
  });
});
