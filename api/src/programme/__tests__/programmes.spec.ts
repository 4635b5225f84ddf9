import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, type GqlResult, type Json, startTestApp, type TestApp } from '../../test/harness.js';
import { COIM } from '../../demo/coim-programme.js';
import { ProgrammeService } from '../programme.service.js';
import { moduleInput, programmeInput, PROGRAMME_FIELDS, withIdsOf } from './programme-fixtures.js';

const CREATE = `mutation($i: ProgrammeDefinitionInput!) { createProgramme(input: $i) { ${PROGRAMME_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: ProgrammeDefinitionInput!) { updateProgrammeDraft(id: $id, input: $i) { ${PROGRAMME_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishProgramme(id: $id) { id programmeId version publishedAt definition { title } } }`;
const GET = `query($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} } }`;
const LIST = `{ programmes { id code title hasUnpublishedChanges latestVersion { version } } }`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestApp;
const tokens: Record<'admin' | 'partner' | 'coach' | 'learner', string> = {} as never;

beforeAll(async () => {
  t = await startTestApp();
  tokens.admin = await t.login('admin@beacon.test');
  tokens.partner = await t.login('partner@beacon.test');
  tokens.coach = await t.login('coach@beacon.test');
  tokens.learner = await t.login('learner@beacon.test');
}, 60_000);
afterAll(() => t?.close());

const asAdmin = (query: string, variables?: Record<string, unknown>) => t.gql(query, variables, { token: tokens.admin });
const ok = <T>(r: GqlResult<T>): T => {
  expect(r.errors).toBeUndefined();
  return r.data!;
};

describe('the certifying body drafts, publishes and revises a programme', () => {
  let id: string;
  let input: Record<string, Json>;
  let v1: { id: string; version: number };

  it('creates a draft that shows what stops it being published', async () => {
    input = programmeInput('CJB', { weeks: 3 });
    const p = ok(await asAdmin(CREATE, { i: input })).createProgramme;
    id = p.id;
    expect(p).toMatchObject({
      code: 'CJB',
      title: 'Customer Journey Basics',
      weeks: 3,
      hoursPerWeek: 2.5,
      latestVersion: null,
      versions: [],
      hasUnpublishedChanges: true,
    });
    expect(p.draftProblems).toEqual(['The programme has 3 weeks but 2 modules']);
    // ids the author gave are kept; items without one get a stable id
    expect(p.modules[0].contentItems[0].id).toBe('cjb-w1-intro');
    expect(p.modules[0].contentItems[1].id).toMatch(UUID);
    expect(p.modules[0].assignment).toMatchObject({
      id: 'cjb-w1-assignment',
      maxPoints: 10,
      passMark: 6,
      dueTime: '23:59',
      submissionKinds: ['TEXT', 'LINK'],
    });
    expect(p.modules[0].assignment.rubric.map((c: Json) => c.id)).toEqual(['insight', expect.stringMatching(UUID)]);
    expect(p.credential.validityMonths).toBeNull();
    expect(p.sessionPlan[1]).toEqual({ title: 'Review', week: 2, weekday: 4, time: '12:30', durationMinutes: 90 });
  });

  it('refuses to publish while the draft has problems, listing them', async () => {
    const r = await asAdmin(PUBLISH, { id });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/CJB cannot be published yet: The programme has 3 weeks but 2 modules/);
    expect(r.errors![0].extensions!.details).toEqual({ problems: ['The programme has 3 weeks but 2 modules'] });
  });

  it('fixes the draft and publishes version 1', async () => {
    const created = ok(await asAdmin(GET, { id })).programme;
    input = withIdsOf({ ...input, weeks: 2 }, created);
    const fixed = ok(await asAdmin(UPDATE, { id, i: input })).updateProgrammeDraft;
    expect(fixed.draftProblems).toEqual([]);
    expect(fixed.modules[0].contentItems[1].id).toBe(created.modules[0].contentItems[1].id);

    v1 = ok(await asAdmin(PUBLISH, { id })).publishProgramme;
    expect(v1).toMatchObject({ programmeId: id, version: 1, definition: { title: 'Customer Journey Basics' } });
    const p = ok(await asAdmin(GET, { id })).programme;
    expect(p).toMatchObject({ hasUnpublishedChanges: false, latestVersion: { id: v1.id, version: 1 }, versions: [{ version: 1 }] });
  });

  it('edits the draft while version 1 stays as published', async () => {
    const [week1, week2] = input.modules;
    input = {
      ...input,
      title: 'Customer Journey Essentials',
      modules: [{ ...week1, contentItems: [{ ...week1.contentItems[0], minutes: 45 }, week1.contentItems[1]] }, week2],
    };
    const p = ok(await asAdmin(UPDATE, { id, i: input })).updateProgrammeDraft;
    expect(p).toMatchObject({ title: 'Customer Journey Essentials', hasUnpublishedChanges: true, draftProblems: [] });
    expect(p.modules[0].contentItems[0]).toMatchObject({ id: 'cjb-w1-intro', minutes: 45 });
    expect(p.latestVersion).toMatchObject({ id: v1.id, version: 1, definition: { title: 'Customer Journey Basics' } });
    expect(p.latestVersion.definition.modules[0].contentItems[0]).toEqual({ id: 'cjb-w1-intro', minutes: 30 });
    expect(p.versions).toEqual([{ version: 1, definition: { title: 'Customer Journey Basics' } }]);
  });

  it('publishes the revision as version 2, keeping version 1 and the content ids', async () => {
    const v2 = ok(await asAdmin(PUBLISH, { id })).publishProgramme;
    expect(v2).toMatchObject({ version: 2, definition: { title: 'Customer Journey Essentials' } });
    const p = ok(await asAdmin(GET, { id })).programme;
    expect(p.hasUnpublishedChanges).toBe(false);
    expect(p.versions).toEqual([
      { version: 2, definition: { title: 'Customer Journey Essentials' } },
      { version: 1, definition: { title: 'Customer Journey Basics' } },
    ]);
    expect(p.latestVersion.definition.modules[0].contentItems.map((c: Json) => c.id)).toEqual(
      p.modules[0].contentItems.map((c: Json) => c.id),
    );
    const version1 = await t.beacon.app.get(ProgrammeService).getVersion(v1.id);
    expect(version1.definition.title).toBe('Customer Journey Basics');
  });

  it('shows partner administrators the published version, never the draft', async () => {
    ok(await asAdmin(UPDATE, { id, i: { ...input, title: 'Work in progress', weeks: 5 } }));
    const p = ok(await t.gql(GET, { id }, { token: tokens.partner })).programme;
    expect(p).toMatchObject({
      title: 'Customer Journey Essentials',
      weeks: 2,
      draftProblems: [],
      hasUnpublishedChanges: false,
      latestVersion: { version: 2 },
    });
    const list = ok(await t.gql(LIST, {}, { token: tokens.partner })).programmes;
    expect(list.find((x: Json) => x.id === id)).toMatchObject({ title: 'Customer Journey Essentials', latestVersion: { version: 2 } });
    const adminList = ok(await asAdmin(LIST)).programmes;
    expect(adminList.find((x: Json) => x.id === id)).toMatchObject({ title: 'Work in progress', hasUnpublishedChanges: true });
  });
});

describe('the certifying body edits an assignment and its rubric in the draft', () => {
  const ASSIGNMENT = `id title instructions submissionKinds passMark maxPoints dueDay dueTime rubric { id title levels { label points } }`;
  const DRAFT = `id draftProblems hasUnpublishedChanges modules { contentItems { id } assignment { ${ASSIGNMENT} } } latestVersion { id version definition { modules { assignment { ${ASSIGNMENT} } } } }`;
  const UPDATE_ASSIGNMENT = `mutation($id: ID!, $i: ProgrammeDefinitionInput!) { updateProgrammeDraft(id: $id, input: $i) { ${DRAFT} } }`;
  let id: string;
  let input: Record<string, Json>;
  let published: Record<string, Json>;

  beforeAll(async () => {
    const created = ok(await asAdmin(CREATE, { i: programmeInput('RUBRIC') })).createProgramme;
    id = created.id;
    input = withIdsOf(programmeInput('RUBRIC'), created);
    ok(await asAdmin(PUBLISH, { id }));
    published = ok(await asAdmin(`query($id: ID!) { programme(id: $id) { ${DRAFT} } }`, { id })).programme.latestVersion;
  });

  const withWeek1Assignment = (patch: Record<string, unknown>) => ({
    ...input,
    modules: [{ ...input.modules[0], assignment: { ...input.modules[0].assignment, ...patch } }, input.modules[1]],
  });

  it('saves a new title, instructions, submission kinds, due point and reordered, renamed and added criteria, keeping criterion ids', async () => {
    const [insight, application] = input.modules[0].assignment.rubric;
    const next = withWeek1Assignment({
      title: 'Map and improve a journey',
      instructions: '## What to hand in\n\n- a journey map\n- three changes',
      submissionKinds: ['FILE'],
      dueDay: 5,
      dueTime: '18:00',
      passMark: 8,
      rubric: [
        { ...application, title: 'Application at work' },
        {
          ...insight,
          levels: [
            { label: 'Missing', points: 0 },
            { label: 'Partial', points: 2 },
            { label: 'Clear', points: 5 },
          ],
        },
        {
          title: 'Evidence',
          levels: [
            { label: 'None', points: 0 },
            { label: 'Some', points: 3 },
          ],
        },
      ],
    });
    const p = ok(await asAdmin(UPDATE_ASSIGNMENT, { id, i: next })).updateProgrammeDraft;
    const a = p.modules[0].assignment;
    expect(a).toMatchObject({
      id: 'cjb-w1-assignment',
      title: 'Map and improve a journey',
      instructions: '## What to hand in\n\n- a journey map\n- three changes',
      submissionKinds: ['FILE'],
      dueDay: 5,
      dueTime: '18:00',
      passMark: 8,
      maxPoints: 13,
    });
    expect(a.rubric.map((c: Json) => c.title)).toEqual(['Application at work', 'Customer insight', 'Evidence']);
    expect(a.rubric[0].id).toBe(application.id);
    expect(a.rubric[1]).toMatchObject({
      id: 'insight',
      levels: [
        { label: 'Missing', points: 0 },
        { label: 'Partial', points: 2 },
        { label: 'Clear', points: 5 },
      ],
    });
    expect(a.rubric[2].id).toMatch(UUID);
    expect(p).toMatchObject({ draftProblems: [], hasUnpublishedChanges: true });
    input = withIdsOf(next, p);
  });

  it('refuses a rubric that cannot be graded with BAD_USER_INPUT, each problem with its path, and keeps the saved draft', async () => {
    const rubric = input.modules[0].assignment.rubric;
    const broken = withWeek1Assignment({
      rubric: [
        rubric[0],
        { ...rubric[1], title: 'application at work' },
        {
          ...rubric[2],
          levels: [
            { label: 'None', points: 0 },
            { label: 'Also none', points: 0 },
          ],
        },
      ],
    });
    const r = await asAdmin(UPDATE_ASSIGNMENT, { id, i: broken });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe(
      'Week 1: Criterion 2: another criterion is already called "application at work"; Week 1: Criterion 3 ("Evidence"), level 2: another level already gives 0 points',
    );
    expect((r.errors![0].extensions!.details as { issues: { path: string }[] }).issues).toEqual([
      {
        path: 'modules.0.assignment.rubric.1.title',
        code: 'CRITERION_TITLE_TWICE',
        message: 'Week 1: Criterion 2: another criterion is already called "application at work"',
      },
      {
        path: 'modules.0.assignment.rubric.2.levels.1.points',
        code: 'LEVEL_POINTS_TWICE',
        message: 'Week 1: Criterion 3 ("Evidence"), level 2: another level already gives 0 points',
      },
    ]);
    const saved = ok(await asAdmin(`query($id: ID!) { programme(id: $id) { ${DRAFT} } }`, { id })).programme;
    expect(saved.modules[0].assignment.rubric.map((c: Json) => c.title)).toEqual(['Application at work', 'Customer insight', 'Evidence']);
  });

  it('refuses the same rubric problems when a programme is created', async () => {
    const assignment = moduleInput(1).assignment;
    const r = await asAdmin(CREATE, {
      i: programmeInput('RUBRIC-BAD', {
        modules: [
          moduleInput(1, {
            assignment: {
              ...assignment,
              rubric: [
                { title: 'Insight', levels: [{ label: 'Only', points: 1 }] },
                { title: ' Insight ', levels: [{ label: 'Only', points: 1 }] },
              ],
            },
          }),
          moduleInput(2),
        ],
      }),
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe('Week 1: Criterion 2: another criterion is already called "Insight"');
    expect((r.errors![0].extensions!.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      'modules.0.assignment.rubric.1.title',
    ]);
    const blank = await asAdmin(CREATE, {
      i: programmeInput('RUBRIC-BLANK', {
        modules: [
          moduleInput(1, { assignment: { ...assignment, rubric: [{ title: '  ', levels: [{ label: 'Only', points: 1 }] }] } }),
          moduleInput(2),
        ],
      }),
    });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].message).toMatch(/modules\.0\.assignment\.rubric\.0\.title must be longer than or equal to 1 characters/);
  });

  it('saves a rubric still being written (no criteria yet) as a draft, but does not publish it', async () => {
    const p = ok(await asAdmin(UPDATE_ASSIGNMENT, { id, i: withWeek1Assignment({ rubric: [], passMark: 0 }) })).updateProgrammeDraft;
    expect(p.draftProblems).toEqual(['Week 1: the assignment needs a rubric']);
    expect(codeOf(await asAdmin(PUBLISH, { id }))).toBe('BAD_USER_INPUT');
    ok(await asAdmin(UPDATE_ASSIGNMENT, { id, i: input }));
  });

  it('leaves version 1 as published while the draft changes, and publishes the edited assignment as version 2', async () => {
    const draft = ok(await asAdmin(`query($id: ID!) { programme(id: $id) { ${DRAFT} } }`, { id })).programme;
    expect(draft.latestVersion).toEqual(published);
    expect(published.definition.modules[0].assignment).toMatchObject({
      title: 'Map a journey (1)',
      submissionKinds: ['TEXT', 'LINK'],
      dueDay: 6,
      passMark: 6,
    });
    expect(published.definition.modules[0].assignment.rubric.map((c: Json) => c.title)).toEqual(['Customer insight', 'Application']);
    const stored = await t.beacon.app.get(ProgrammeService).getVersion(published.id);
    expect(stored.definition.modules[0].assignment!.rubric.map((c) => c.title)).toEqual(['Customer insight', 'Application']);

    const v2 = ok(await asAdmin(PUBLISH, { id })).publishProgramme;
    expect(v2.version).toBe(2);
    const after = ok(await asAdmin(`query($id: ID!) { programme(id: $id) { ${DRAFT} } }`, { id })).programme;
    expect(after.latestVersion.definition.modules[0].assignment.rubric.map((c: Json) => c.title)).toEqual([
      'Application at work',
      'Customer insight',
      'Evidence',
    ]);
    expect((await t.beacon.app.get(ProgrammeService).getVersion(published.id)).definition.modules[0].assignment!.title).toBe(
      'Map a journey (1)',
    );
  });
});

describe('hostile and malformed requests', () => {
  let unpublished: string;
  beforeAll(async () => {
    unpublished = ok(await asAdmin(CREATE, { i: programmeInput('SECRET-1') })).createProgramme.id;
  });

  it.each(['partner', 'coach', 'learner'] as const)('a %s cannot create, edit or publish a programme (FORBIDDEN)', async (who) => {
    const token = tokens[who];
    expect(codeOf(await t.gql(CREATE, { i: programmeInput('HOSTILE') }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE, { id: unpublished, i: programmeInput('HOSTILE') }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(PUBLISH, { id: unpublished }, { token }))).toBe('FORBIDDEN');
    const p = ok(await asAdmin(GET, { id: unpublished })).programme;
    expect(p).toMatchObject({ code: 'SECRET-1', versions: [] });
  });

  it.each(['coach', 'learner'] as const)('a %s cannot browse the programme catalogue (FORBIDDEN)', async (who) => {
    expect(codeOf(await t.gql(LIST, {}, { token: tokens[who] }))).toBe('FORBIDDEN');
  });

  it('a partner administrator cannot see an unpublished programme (NOT_FOUND)', async () => {
    const r = await t.gql(GET, { id: unpublished }, { token: tokens.partner });
    expect(codeOf(r)).toBe('NOT_FOUND');
    const list = ok(await t.gql(LIST, {}, { token: tokens.partner })).programmes;
    expect(list.map((p: Json) => p.id)).not.toContain(unpublished);
  });

  it('unknown and malformed ids are NOT_FOUND', async () => {
    expect(codeOf(await asAdmin(GET, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    expect(codeOf(await asAdmin(PUBLISH, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  const session = (patch: Record<string, unknown>) => ({
    sessionPlan: [{ title: 'Kick-off', week: 1, weekday: 2, time: '17:00', durationMinutes: 60, ...patch }],
  });
  it.each([
    ['a session on weekday 9', session({ weekday: 9 }), /sessionPlan\.0\.weekday must not be greater than 7/],
    ['a session at 25:00', session({ time: '25:00' }), /sessionPlan\.0\.time must be a 24-hour time HH:MM/],
    [
      'an assignment due at 24:00',
      { modules: [moduleInput(1, { assignment: { ...moduleInput(1).assignment, dueTime: '24:00' } }), moduleInput(2)] },
      /modules\.0\.assignment\.dueTime must be a 24-hour time/,
    ],
    [
      'an assignment due on day 8',
      { modules: [moduleInput(1, { assignment: { ...moduleInput(1).assignment, dueDay: 8 } }), moduleInput(2)] },
      /modules\.0\.assignment\.dueDay must not be greater than 7/,
    ],
    [
      'a negative pass mark',
      { modules: [moduleInput(1, { assignment: { ...moduleInput(1).assignment, passMark: -1 } }), moduleInput(2)] },
      /modules\.0\.assignment\.passMark must not be less than 0/,
    ],
    [
      'a link that is not a URL',
      { modules: [moduleInput(1, { contentItems: [{ kind: 'LINK', title: 'Site', url: 'javascript:alert(1)', minutes: 5 }] })] },
      /modules\.0\.contentItems\.0\.url must be an http\(s\) URL/,
    ],
    [
      'a content item of 0 minutes',
      { modules: [moduleInput(1, { contentItems: [{ kind: 'READING', title: 'Read', body: 'x', minutes: 0 }] })] },
      /modules\.0\.contentItems\.0\.minutes must not be less than 1/,
    ],
    ['53 weeks', { weeks: 53 }, /weeks must not be greater than 52/],
    [
      'attendance above 100 %',
      { completion: { allAssignmentsPassed: true, minAttendancePercent: 101, coachingSessionsRequired: 0 } },
      /completion\.minAttendancePercent must not be greater than 100/,
    ],
    ['a lower-case code', { code: 'cjb' }, /code must be 2–16 capital letters/],
    ['a blank title', { title: '   ' }, /title must be longer than or equal to 2 characters/],
    ['content in a language Beacon does not speak', { language: 'de' }, /language must be one of en, fr, es, pt, ar/],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, patch, message) => {
    const r = await asAdmin(CREATE, { i: programmeInput('MALFORMED', patch) });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(message);
  });

  it('saves a pass mark above the rubric’s maximum as a draft but refuses to publish it', async () => {
    const input = programmeInput('PASSMARK', {
      modules: [moduleInput(1, { assignment: { ...moduleInput(1).assignment, passMark: 11 } }), moduleInput(2)],
    });
    const p = ok(await asAdmin(CREATE, { i: input })).createProgramme;
    expect(p.draftProblems).toEqual(["Week 1: the pass mark 11 is above the rubric's maximum 10"]);
    const r = await asAdmin(PUBLISH, { id: p.id });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/Week 1: the pass mark 11 is above the rubric's maximum 10/);
    expect((r.errors![0].extensions!.details as { problems: unknown[] }).problems).toHaveLength(1);
    expect(ok(await asAdmin(GET, { id: p.id })).programme.versions).toEqual([]);
  });

  it('keeps the language a programme is written in, English when not said, and pins it in each version', async () => {
    const LANG = `id title language latestVersion { definition { language } }`;
    const english = ok(
      await asAdmin(`mutation($i: ProgrammeDefinitionInput!) { createProgramme(input: $i) { ${LANG} } }`, { i: programmeInput('LANG-EN') }),
    ).createProgramme;
    expect(english.language).toBe('en');
    const french = ok(
      await asAdmin(`mutation($i: ProgrammeDefinitionInput!) { createProgramme(input: $i) { ${LANG} } }`, {
        i: programmeInput('LANG-FR', { language: 'fr', title: 'Parcours client', weeks: 2, modules: [moduleInput(1), moduleInput(2)] }),
      }),
    ).createProgramme;
    expect(french.language).toBe('fr');
    ok(await asAdmin(PUBLISH, { id: french.id }));
    const published = ok(await asAdmin(`query($id: ID!) { programme(id: $id) { ${LANG} } }`, { id: french.id })).programme;
    expect(published.latestVersion.definition.language).toBe('fr');
  });

  it('refuses a code that is taken, on create and on edit, with CONFLICT naming the code', async () => {
    const r = await asAdmin(CREATE, { i: programmeInput('SECRET-1') });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/"SECRET-1" already exists/);
    const other = ok(await asAdmin(CREATE, { i: programmeInput('OTHER') })).createProgramme;
    const u = await asAdmin(UPDATE, { id: other.id, i: programmeInput('SECRET-1') });
    expect(codeOf(u)).toBe('CONFLICT');
    expect(ok(await asAdmin(GET, { id: other.id })).programme.code).toBe('OTHER');
  });

  it('gives ten simultaneous publishes of one programme distinct consecutive versions', async () => {
    const id = ok(await asAdmin(CREATE, { i: programmeInput('RACE') })).createProgramme.id;
    const results = await Promise.all(Array.from({ length: 10 }, () => asAdmin(PUBLISH, { id })));
    for (const r of results) expect(r.errors).toBeUndefined();
    const versions = results.map((r) => r.data!.publishProgramme.version).sort((a: number, b: number) => a - b);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const p = ok(await asAdmin(GET, { id })).programme;
    expect(p.latestVersion.version).toBe(10);
    expect(p.versions).toHaveLength(10);
  });
});

describe('what other modules use: the version a cohort pins, and programmes made by demo data', () => {
  let service: ProgrammeService;
  beforeAll(() => {
    service = t.beacon.app.get(ProgrammeService);
  });

  it('says a programme must be published before a cohort can use it', async () => {
    const id = ok(await asAdmin(CREATE, { i: programmeInput('NOT-YET') })).createProgramme.id;
    await expect(service.latestPublishedVersion(id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/publish it first/),
    });
    await expect(service.latestPublishedVersion('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Programme was not found',
    });
    const v1 = await service.publish(id, null);
    expect((await service.latestPublishedVersion(id)).id).toBe(v1.id);
  });

  it('creates and publishes a whole programme in one go, keeping its ids', async () => {
    const { programme, version } = await ProgrammeService.createWithFirstVersion(t.beacon.db, { ...COIM, code: 'COIM-COPY' });
    expect(programme.code).toBe('COIM-COPY');
    expect(version).toMatchObject({ programmeId: programme.id, version: 1 });
    expect(version.definition.modules).toHaveLength(7);
    expect(version.definition.sessionPlan).toHaveLength(18);
    expect(version.definition.modules[0].contentItems[0].id).toBe('coim-w1-c1');
    const p = ok(await t.gql(GET, { id: programme.id }, { token: tokens.partner })).programme;
    expect(p).toMatchObject({ code: 'COIM-COPY', weeks: 7, latestVersion: { version: 1 } });
  });

  it('refuses an unpublishable definition and leaves nothing behind', async () => {
    await expect(ProgrammeService.createWithFirstVersion(t.beacon.db, { ...COIM, code: 'COIM-BROKEN', weeks: 8 })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { problems: ['The programme has 8 weeks but 7 modules'] },
    });
    const list = ok(await asAdmin(LIST)).programmes;
    expect(list.map((p: Json) => p.code)).not.toContain('COIM-BROKEN');
  });
});
