import { describe, expect, it } from '@jest/globals';
import {
  MAX_FEEDBACK_LENGTH,
  describeRubricIssue,
  meetsPassMark,
  reviewIssues,
  reviewProblems,
  rubricIssues,
  rubricMaxPoints,
  totalRubric,
} from '../rubric.util.js';
import type { RubricCriterion } from '../programme-definition.js';

const rubric: RubricCriterion[] = [
  {
    id: 'insight',
    title: 'Customer insight',
    levels: [
      { label: 'Missing', points: 0 },
      { label: 'Partial', points: 2 },
      { label: 'Clear', points: 4 },
    ],
  },
  {
    id: 'method',
    title: 'Use of the method',
    levels: [
      { label: 'Missing', points: 0 },
      { label: 'Partial', points: 2 },
      { label: 'Sound', points: 4 },
    ],
  },
  {
    id: 'application',
    title: 'Application at work',
    levels: [
      { label: 'Missing', points: 0 },
      { label: 'Planned', points: 1 },
      { label: 'Applied', points: 2 },
    ],
  },
];
const assignment = { rubric, passMark: 6 };
const scores = (insight: number, method: number, application: number) => [
  { criterionId: 'insight', points: insight },
  { criterionId: 'method', points: method },
  { criterionId: 'application', points: application },
];

describe('rubric totals', () => {
  it('adds the level points of every criterion; the maximum is the best level of each', () => {
    expect(totalRubric(rubric, scores(4, 2, 1))).toEqual({ total: 7, maxPoints: 10, problems: [] });
    expect(totalRubric(rubric, scores(0, 0, 0))).toEqual({ total: 0, maxPoints: 10, problems: [] });
    expect(rubricMaxPoints(rubric)).toBe(10);
  });

  it('takes the scores in any order', () => {
    expect(totalRubric(rubric, [...scores(4, 4, 2)].reverse()).total).toBe(10);
  });

  it('refuses points that are not one of the criterion’s levels, naming the levels', () => {
    const r = totalRubric(rubric, scores(3, 2, 1));
    expect(r.problems).toEqual(['"Customer insight" cannot score 3; its levels are 0 (Missing), 2 (Partial), 4 (Clear)']);
  });

  it('refuses a missing criterion, a criterion scored twice and an unknown one', () => {
    const r = totalRubric(rubric, [
      { criterionId: 'insight', points: 4 },
      { criterionId: 'insight', points: 2 },
      { criterionId: 'charisma', points: 4 },
    ]);
    expect(r.problems).toEqual([
      '"Customer insight" is scored more than once',
      '"charisma" is not a criterion of this rubric',
      '"Use of the method" is not scored',
      '"Application at work" is not scored',
    ]);
  });

  it('refuses negative or fractional points that no level has', () => {
    expect(totalRubric(rubric, scores(-2, 2, 1)).problems).toHaveLength(1);
    expect(totalRubric(rubric, scores(4, 2, 1.5)).problems).toHaveLength(1);
  });
});

describe('pass marks and verdicts', () => {
  it('passes at exactly the pass mark, not one point below', () => {
    expect(meetsPassMark(6, 6)).toBe(true);
    expect(meetsPassMark(5, 6)).toBe(false);
  });

  it('accepts PASS at the pass mark and refuses it one point below', () => {
    expect(reviewProblems(assignment, { scores: scores(4, 2, 0), verdict: 'PASS', feedback: '' }).problems).toEqual([]);
    expect(reviewProblems(assignment, { scores: scores(2, 2, 1), verdict: 'PASS', feedback: 'Good' }).problems).toEqual([
      'A total of 5 is below the pass mark of 6: the verdict cannot be PASS (choose REVISE or FAIL)',
    ]);
  });

  it('lets a coach ask for a revision of (or fail) work that reaches the pass mark', () => {
    expect(reviewProblems(assignment, { scores: scores(4, 4, 2), verdict: 'REVISE', feedback: 'Cite your sources' }).problems).toEqual([]);
    expect(reviewProblems(assignment, { scores: scores(4, 4, 2), verdict: 'FAIL', feedback: 'Not your own work' }).problems).toEqual([]);
  });

  it('needs feedback with REVISE or FAIL', () => {
    expect(reviewProblems(assignment, { scores: scores(2, 2, 0), verdict: 'REVISE', feedback: '  ' }).problems).toEqual([
      'Feedback is required with a REVISE verdict, so the learner knows what to change',
    ]);
  });

  it('reports the total with the problems', () => {
    expect(reviewProblems(assignment, { scores: scores(4, 4, 1), verdict: 'PASS', feedback: '' })).toEqual({
      total: 9,
      maxPoints: 10,
      problems: [],
    });
  });
});

describe('problems as codes (the web says them in the display language)', () => {
  it('gives each problem a code with what a sentence needs, and the same English as the problems', () => {
    const scoresWithEveryProblem = [
      { criterionId: 'insight', points: 3 },
      { criterionId: 'insight', points: 2 },
      { criterionId: 'charisma', points: 4 },
    ];
    const { issues } = rubricIssues(rubric, scoresWithEveryProblem);
    expect(issues).toEqual([
      { code: 'NOT_A_LEVEL', criterionId: 'insight', title: 'Customer insight', points: 3, levels: rubric[0].levels },
      { code: 'SCORED_TWICE', criterionId: 'insight', title: 'Customer insight' },
      { code: 'UNKNOWN_CRITERION', criterionId: 'charisma' },
      { code: 'UNSCORED', criterionId: 'method', title: 'Use of the method' },
      { code: 'UNSCORED', criterionId: 'application', title: 'Application at work' },
    ]);
    expect(issues.map(describeRubricIssue)).toEqual(totalRubric(rubric, scoresWithEveryProblem).problems);
  });

  it('codes a PASS one point below the pass mark, feedback missing with FAIL, and feedback one character too long', () => {
    expect(reviewIssues(assignment, { scores: scores(2, 2, 1), verdict: 'PASS', feedback: '' }).issues).toEqual([
      { code: 'PASS_BELOW_MARK', total: 5, passMark: 6 },
    ]);
    expect(reviewIssues(assignment, { scores: scores(4, 4, 2), verdict: 'FAIL', feedback: ' ' }).issues).toEqual([
      { code: 'FEEDBACK_REQUIRED', verdict: 'FAIL' },
    ]);
    const long = reviewIssues(assignment, { scores: scores(4, 4, 2), verdict: 'PASS', feedback: 'x'.repeat(MAX_FEEDBACK_LENGTH + 1) });
    expect(long.issues).toEqual([{ code: 'FEEDBACK_TOO_LONG', maxLength: MAX_FEEDBACK_LENGTH }]);
    expect(
      reviewIssues(assignment, { scores: scores(4, 4, 2), verdict: 'PASS', feedback: 'x'.repeat(MAX_FEEDBACK_LENGTH) }).issues,
    ).toEqual([]);
  });

  it('codes a draft with no verdict yet as an invalid verdict, and says nothing of the pass mark while a criterion is unscored', () => {
    expect(reviewIssues(assignment, { scores: scores(4, 4, 2), verdict: null, feedback: '' }).issues).toEqual([
      { code: 'INVALID_VERDICT' },
    ]);
    expect(reviewIssues(assignment, { scores: scores(2, 2, 1).slice(0, 2), verdict: 'PASS', feedback: '' }).issues).toEqual([
      { code: 'UNSCORED', criterionId: 'application', title: 'Application at work' },
    ]);
    expect(describeRubricIssue({ code: 'INVALID_VERDICT' })).toBe('The verdict must be one of PASS, REVISE, FAIL');
  });
});
