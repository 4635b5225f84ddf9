import { describe, expect, it } from '@jest/globals';
import type { ProgrammeDefinition } from '@beacon/domain';
import { COIM, COIP } from '../../demo/coim-programme.js';
import { hasUnpublishedChanges, publishProblems, toDefinition, validateDefinition } from '../programme-definition.util.js';
import { moduleInput, programmeInput } from './programme-fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const prepare = async (plain: object) => toDefinition(await validateDefinition(plain as ProgrammeDefinition));

describe('programme definitions: checking, ids and publish problems', () => {
  it.each([COIM, COIP])('accepts the demo $code programme as it is, ids and all', async (demo) => {
    const d = await prepare(demo);
    expect(d).toEqual(demo);
    expect(publishProblems(d)).toEqual([]);
  });

  it('keeps given ids and gives new items, assignments and criteria a fresh id each', async () => {
    const d = await prepare(
      programmeInput('IDS', { modules: [moduleInput(1, { assignment: { ...moduleInput(1).assignment, id: null } })] }),
    );
    const [intro, lecture] = d.modules[0].contentItems;
    expect(intro.id).toBe('cjb-w1-intro');
    expect(lecture.id).toMatch(UUID);
    expect(d.modules[0].assignment!.id).toMatch(UUID);
    expect(d.modules[0].assignment!.rubric.map((c) => c.id)).toEqual(['insight', expect.stringMatching(UUID)]);
    const again = await prepare(programmeInput('IDS'));
    expect(again.modules[0].contentItems[1].id).not.toBe(lecture.id);
  });

  it('stores modules in week order, trims text and reads empty URLs and bodies as none', async () => {
    const d = await prepare(
      programmeInput('  TRIM ', {
        title: '  Spaced out  ',
        modules: [
          moduleInput(2),
          moduleInput(1, { contentItems: [{ kind: 'READING', title: ' Read ', body: 'x', url: '  ', minutes: 5 }] }),
        ],
      }),
    );
    expect(d.code).toBe('TRIM');
    expect(d.title).toBe('Spaced out');
    expect(d.modules.map((m) => m.week)).toEqual([1, 2]);
    expect(d.modules[0].contentItems[0]).toMatchObject({ title: 'Read', url: null });
  });

  it('names every field that breaks a rule, with its path', async () => {
    const bad = programmeInput('BAD', {
      weeks: 0,
      sessionPlan: [{ title: 'Late', week: 1, weekday: 0, time: '7pm', durationMinutes: 4 }],
      credential: { name: 'X', description: 'd', criteria: 'c', validityMonths: 0 },
    });
    await expect(validateDefinition(bad as ProgrammeDefinition)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: {
        fields: expect.arrayContaining([
          'weeks must not be less than 1',
          'credential.name must be longer than or equal to 2 characters',
          'credential.validityMonths must not be less than 1',
          'sessionPlan.0.weekday must not be less than 1',
          'sessionPlan.0.time must be a 24-hour time HH:MM between 00:00 and 23:59, such as 17:00',
          'sessionPlan.0.durationMinutes must not be less than 5',
        ]),
      },
    });
  });

  it('reports ids that grading relies on when they are used twice', async () => {
    const d = await prepare(
      programmeInput('DUP', { modules: [moduleInput(1), moduleInput(2, { assignment: { ...moduleInput(1).assignment } })] }),
    );
    d.modules[0].assignment!.rubric[1].id = 'insight';
    expect(publishProblems(d)).toEqual([
      'Week 1: rubric criterion id insight is used twice',
      'Assignment id cjb-w1-assignment is used twice',
    ]);
  });

  it('sees unpublished changes whatever the key order, and none when nothing changed', () => {
    const reordered = JSON.parse(
      JSON.stringify(
        COIM,
        Object.keys(COIM)
          .reverse()
          .concat(...collectKeys(COIM)),
      ),
    );
    expect(hasUnpublishedChanges(COIM, { definition: reordered })).toBe(false);
    expect(hasUnpublishedChanges(COIM, null)).toBe(true);
    expect(hasUnpublishedChanges({ ...COIM, hoursPerWeek: 4 }, { definition: COIM })).toBe(true);
  });
});

/** every key in the object, so JSON.stringify with a key list keeps them all (in a different order) */
function collectKeys(o: unknown): string[] {
  if (Array.isArray(o)) return o.flatMap(collectKeys);
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => [k, ...collectKeys(v)]);
  return [];
}
