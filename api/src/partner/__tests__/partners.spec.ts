import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type Json, startTestApp, type TestApp } from '../../test/harness.js';

const CREATE = `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id name slug region countries timeZone } }`;

describe('the certifying body sets up a new partner', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@beacon.test');
  }, 60_000);
  afterAll(() => t?.close());

  it('creates the partner and finds it in the list', async () => {
    const r = await t.gql(
      CREATE,
      {
        i: { name: 'Outside-In Asia Pacific', slug: 'apac', region: 'Asia Pacific', countries: ['AU', 'SG'], timeZone: 'Australia/Sydney' },
      },
      { token: admin },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createPartner).toMatchObject({
      name: 'Outside-In Asia Pacific',
      slug: 'apac',
      countries: ['AU', 'SG'],
      timeZone: 'Australia/Sydney',
    });
    const list = await t.gql(`{ partners { name } }`, {}, { token: admin });
    expect(list.data!.partners.map((p: Json) => p.name)).toEqual([
      'Outside-In Africa',
      'Outside-In Americas',
      'Outside-In Asia Pacific',
      'Outside-In Global',
    ]);
  });

  it('refuses a slug that is taken with CONFLICT', async () => {
    const r = await t.gql(
      CREATE,
      { i: { name: 'Another Africa', slug: 'africa', region: 'Africa', countries: [], timeZone: 'Africa/Lagos' } },
      { token: admin },
    );
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/africa/);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, /timeZone/],
    ['a slug with spaces', { slug: 'bad slug' }, /slug/],
    ['a country that is not a code', { countries: ['South Africa'] }, /countries/],
    ['an empty name', { name: '' }, /name/],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, patch, message) => {
    const r = await t.gql(
      CREATE,
      { i: { name: 'Valid Name', slug: 'valid', region: 'Somewhere', countries: [], timeZone: 'UTC', ...patch } },
      { token: admin },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(message);
  });

  it('updates a partner’s time zone', async () => {
    const list = await t.gql(`{ partners { id slug } }`, {}, { token: admin });
    const id = list.data!.partners.find((p: Json) => p.slug === 'global').id;
    const r = await t.gql(
      `mutation($id: ID!) { updatePartner(id: $id, input: { timeZone: "Europe/Dublin" }) { timeZone name } }`,
      { id },
      { token: admin },
    );
    expect(r.data!.updatePartner).toEqual({ timeZone: 'Europe/Dublin', name: 'Outside-In Global' });
  });
});
