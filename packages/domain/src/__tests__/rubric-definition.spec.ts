import { describe, expect, it } from '@jest/globals';
import { blocksSaving, describeRubricDefinitionIssue, rubricDefinitionIssuePath, rubricDefinitionIssues } from '../rubric.util.js';

const level = (label: string, points: number) => ({ label, points });
const rubric = [
  { title: 'Customer insight', levels: [level('Missing', 0), level('Clear', 4)] },
  { title: 'Application at work', levels: [level('Missing', 0), level('Applied', 2)] },
];

describe('a rubric as an author writes it', () => {
  it('accepts criteria with titles of their own and levels with distinct whole points, the pass mark reachable', () => {
    expect(rubricDefinitionIssues({ rubric, passMark: 6 })).toEqual([]);
  });

  it('accepts a pass mark exactly at the maximum, refuses one point above (publish only)', () => {
    expect(rubricDefinitionIssues({ rubric, passMark: 6 })).toEqual([]);
    const issues = rubricDefinitionIssues({ rubric, passMark: 7 });
    expect(issues).toEqual([{ code: 'PASS_MARK_ABOVE_MAX', passMark: 7, maxPoints: 6 }]);
    expect(issues.map(blocksSaving)).toEqual([false]);
    expect(rubricDefinitionIssuePath(issues[0])).toBe('passMark');
  });

  it('an empty rubric can be saved as a draft but not published (no pass-mark issue on top)', () => {
    const issues = rubricDefinitionIssues({ rubric: [], passMark: 6 });
    expect(issues).toEqual([{ code: 'NO_CRITERIA' }]);
    expect(blocksSaving(issues[0])).toBe(false);
  });

  it('names a blank title (whitespace only) and a title used twice, whatever its case', () => {
    const issues = rubricDefinitionIssues({
      rubric: [{ ...rubric[0], title: '  ' }, rubric[1], { ...rubric[0], title: ' application AT work ' }],
      passMark: 0,
    });
    expect(issues).toEqual([
      { code: 'CRITERION_TITLE_MISSING', criterion: 0 },
      { code: 'CRITERION_TITLE_TWICE', criterion: 2, title: 'application AT work' },
    ]);
    expect(issues.map(rubricDefinitionIssuePath)).toEqual(['rubric.0.title', 'rubric.2.title']);
    expect(issues.every(blocksSaving)).toBe(true);
  });

  it('refuses a criterion without levels, a blank label, fractional or negative points and two levels worth the same', () => {
    const issues = rubricDefinitionIssues({
      rubric: [
        { title: 'A', levels: [] },
        { title: 'B', levels: [level(' ', 0), level('Half', 1.5), level('Below', -1), level('Way up', 1001)] },
        { title: 'C', levels: [level('Low', 2), level('Also low', 2)] },
      ],
      passMark: 0,
    });
    expect(issues.map((i) => [i.code, rubricDefinitionIssuePath(i)])).toEqual([
      ['NO_LEVELS', 'rubric.0.levels'],
      ['LEVEL_LABEL_MISSING', 'rubric.1.levels.0.label'],
      ['LEVEL_POINTS_INVALID', 'rubric.1.levels.1.points'],
      ['LEVEL_POINTS_INVALID', 'rubric.1.levels.2.points'],
      ['LEVEL_POINTS_INVALID', 'rubric.1.levels.3.points'],
      ['LEVEL_POINTS_TWICE', 'rubric.2.levels.1.points'],
    ]);
    expect(describeRubricDefinitionIssue(issues[5])).toBe('Criterion 3 ("C"), level 2: another level already gives 2 points');
  });
});
