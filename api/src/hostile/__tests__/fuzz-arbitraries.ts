import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType } from 'graphql';

/**
 * fast-check arbitraries for GraphQL inputs, built from the schema: for each type a mix of
 * plausible values (so that requests get past validation into the services) and nasty ones
 * (huge, unicode, out of range, malformed, of the wrong kind).
 */

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  '0',
  '-1',
  "'; DROP TABLE cohort; --",
  '" OR 1=1 --',
  '%s%s%s%n',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '\u202Egnp.exe',
  '𝕳𝖔𝖘𝖙𝖎𝖑𝖊 👩🏽‍💻🇿🇦',
  'Zalgo: Z̴̡̪̫͖̥̔̿̃̈̏̎͠͝á̸̢̡̫̪̘̙͆̿̾l̸̝͓̝͇̂̀̐̓͋͝g̴̡̞̠̰̦̅̎̃̾͘o̶̡̧̧͔̠̞͐̾͊͗',
  '\uD800',
  '\uFEFF',
  'a\nb\r\nc\td',
  'true',
  '1e309',
  '2024-02-30',
  '9999-99-99T99:99:99Z',
  '24:00',
  '25:61',
  'Mars/Olympus_Mons',
  '+25:00',
  'email,name\n"unterminated,quote\n',
  'email,name\n' + 'x@example.org,X\n'.repeat(200),
];

const huge = fc
  .constantFrom(2_000, 70_000, 300_000)
  .chain((n) => fc.constantFrom('x'.repeat(n), 'é'.repeat(n), '💥'.repeat(n / 2), `${'a'.repeat(n)}@example.org`));

const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: huge },
);

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoInstant = fc.oneof(
  fc
    .date({ min: new Date(Date.now() - 400 * 86_400_000), max: new Date(Date.now() + 400 * 86_400_000), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
);

/** a plausible value for a String argument or field, by its name */
function plausibleString(name: string): fc.Arbitrary<string> {
  const n = name.toLowerCase();
  if (n.includes('email'))
    return fc.oneof(
      fc.emailAddress(),
      fc.constantFrom('learner@beacon.test', 'partner@beacon.test', 'coach@beacon.test', 'NEW.PERSON@Example.org'),
    );
  if (n.includes('url') || n === 'link')
    return fc.oneof(
      fc.webUrl(),
      fc.constantFrom('https://example.org/x', 'http://localhost:3000', 'ftp://example.org', 'data:text/html,<b>x</b>'),
    );
  if (n.includes('timezone'))
    return fc.constantFrom(
      'UTC',
      'Africa/Johannesburg',
      'America/New_York',
      'Europe/London',
      'Asia/Kathmandu',
      'Etc/GMT+12',
      'Pacific/Kiritimati',
    );
  if (n.includes('date')) return isoDate;
  if (n === 'time' || n === 'duetime' || n === 'start' || n === 'end') return hhmm;
  if (n === 'csv')
    return fc
      .array(fc.tuple(fc.emailAddress(), fc.string({ maxLength: 12 })), { maxLength: 5 })
      .map((rows) => ['email,name', ...rows.map(([e, nm]) => `${e},${nm}`)].join('\n'));
  if (n === 'code') return fc.stringMatching(/^[A-Z][A-Z0-9-]{1,15}$/);
  if (n === 'slug') return fc.stringMatching(/^[a-z0-9-]{1,20}$/);
  if (n.includes('password')) return fc.oneof(fc.constant('beacon-demo'), fc.string({ minLength: 8, maxLength: 30 }));
  return fc.string({ minLength: 1, maxLength: 30 });
}

export interface ArbitraryContext {
  /** real ids of the database, of every kind */
  ids: string[];
  /** a real id of the right kind for the id at `path` (relative to the operation), if known */
  idAt?: (path: string) => string | undefined;
}

function scalar(typeName: string, path: string, ctx: ArbitraryContext): fc.Arbitrary<unknown> {
  const name = path.split('.').pop()!;
  switch (typeName) {
    case 'ID': {
      const right = ctx.idAt?.(path);
      return fc.oneof(
        ...(right ? [{ weight: 12, arbitrary: fc.constant(right) as fc.Arbitrary<unknown> }] : []),
        { weight: 6, arbitrary: fc.constantFrom(...ctx.ids) },
        { weight: 2, arbitrary: fc.uuid() },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '00000000-0000-0000-0000-000000000000',
            'not-a-uuid',
            '',
            '1',
            "1' OR '1'='1",
            'insight',
            'coim-w1-assignment',
          ),
        },
        { weight: 1, arbitrary: fc.integer() },
        { weight: 1, arbitrary: anyString },
      );
    }
    case 'Int':
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -3, max: 60 }) },
        { weight: 2, arbitrary: fc.integer() },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 1.5, -0) },
        { weight: 1, arbitrary: fc.constantFrom('1', 'ten', true, [], {}) },
      );
    case 'Float':
      return fc.oneof(fc.double(), fc.integer({ min: -2, max: 60 }), fc.constantFrom(0.1, 1e308, -1e-308, '1.5'));
    case 'Boolean':
      return fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 0, 1, 'yes') });
    case 'DateTime':
      return fc.oneof(
        { weight: 5, arbitrary: isoInstant },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            '2024-02-30T10:00:00Z',
            '0000-01-01T00:00:00Z',
            '+275760-09-13T00:00:00.000Z',
            '-000001-01-01T00:00:00Z',
            'not a date',
            '',
            '2024-01-01',
            '2024-06-01T25:00:00Z',
            'Tue, 01 Jan 2030 10:00:00 GMT',
          ),
        },
        { weight: 1, arbitrary: fc.constantFrom(0, -1, 8.64e15 + 1, 1e21) },
        { weight: 1, arbitrary: anyString },
      );
    case 'String':
      return fc.oneof(
        { weight: 3, arbitrary: plausibleString(name) },
        { weight: 2, arbitrary: anyString },
        { weight: 1, arbitrary: fc.constantFrom(1, true, { a: 1 }, ['x']) },
      );
    default:
      return anyString;
  }
}

/** an arbitrary for one input type at `path` (`input.scores.points`: names give plausible values) */
export function inputArbitrary(type: GraphQLInputType, path: string, ctx: ArbitraryContext, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 24, arbitrary: inputArbitrary(type.ofType, path, ctx, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  if (isListType(type)) {
    const item = inputArbitrary(type.ofType as GraphQLInputType, path, ctx, depth + 1);
    const small = fc.array(item, { maxLength: depth > 2 ? 2 : 4 });
    // a long list only at the top: nested ones would multiply into bodies over the size limit
    if (depth > 0) return fc.oneof({ weight: 8, arbitrary: small }, { weight: 1, arbitrary: item });
    return fc.oneof(
      { weight: 8, arbitrary: small },
      { weight: 1, arbitrary: fc.array(item, { minLength: 150, maxLength: 400 }) },
      { weight: 1, arbitrary: item },
    );
  }
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constantFrom('NOPE', values[0].toLowerCase(), '', 'null', 42) },
    );
  }
  if (isInputObjectType(named)) {
    if (depth > 6) return fc.constant({});
    const fields = Object.values(named.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, inputArbitrary(f.type, `${path}.${f.name}`, ctx, depth + 1)]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    const record = fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
    return fc.oneof(
      { weight: 12, arbitrary: record },
      { weight: 1, arbitrary: record.map((r) => ({ ...r, notAField: 'x' })) },
      { weight: 1, arbitrary: fc.constantFrom('not an object', 7, [] as unknown[]) },
    );
  }
  return scalar(named.name, path, ctx);
}

/** arguments of a root field: required ones always (mostly valid), optional ones sometimes */
export function argsArbitrary(field: GraphQLField<unknown, unknown>, ctx: ArbitraryContext): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(field.args.map((a) => [a.name, inputArbitrary(a.type, a.name, ctx)]));
  const requiredKeys = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  return fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
}
