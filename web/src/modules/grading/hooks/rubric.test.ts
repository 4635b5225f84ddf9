import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { createIntl } from 'react-intl';
import { maxPoints, reviewProblemMessages, reviewProblems, totalOf, unscored, type RubricCriterion } from './rubric';

const en = createIntl({ locale: 'en', defaultLocale: 'en', messages: {} });
const frMessages = JSON.parse(readFileSync(new URL('../../../i18n/catalogues/fr/grading.json', import.meta.url), 'utf8')) as Record<
  string,
  string
>;
const fr = createIntl({ locale: 'fr', defaultLocale: 'en', messages: frMessages });

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
const PASS_MARK = 6;
const all = (insight: number, method: number, application: number) => ({ insight, method, application });

describe('rubric totals in the review form (the domain’s rules)', () => {
  it('totals the chosen levels against the best level of each criterion', () => {
    expect(maxPoints(rubric)).toBe(10);
    expect(totalOf(rubric, all(4, 2, 1))).toBe(7);
    expect(totalOf(rubric, { insight: 4 })).toBe(4);
    expect(unscored(rubric, { insight: 4 }).map((c) => c.id)).toEqual(['method', 'application']);
  });
});

describe('what stops a review from being saved, in the display language', () => {
  it('accepts a complete PASS at exactly the pass mark', () => {
    expect(reviewProblems(en, rubric, PASS_MARK, all(4, 2, 0), 'PASS', '')).toEqual([]);
  });

  it('names every unscored criterion in one sentence, then asks for a verdict', () => {
    expect(reviewProblems(en, rubric, PASS_MARK, { method: 2 }, null, '')).toEqual([
      { field: 'scores', message: 'Choose a level for Customer insight, Application at work.' },
      { field: 'verdict', message: 'Choose a verdict.' },
    ]);
  });

  it('refuses PASS one point below the pass mark', () => {
    expect(reviewProblems(en, rubric, PASS_MARK, all(2, 2, 1), 'PASS', 'Good')).toEqual([
      { field: 'verdict', message: 'Pass needs a total of at least 6.' },
    ]);
  });

  it('says nothing of the pass mark while a criterion is unscored (the total is not known yet)', () => {
    expect(reviewProblems(en, rubric, PASS_MARK, { insight: 2 }, 'PASS', '')).toEqual([
      { field: 'scores', message: 'Choose a level for Use of the method, Application at work.' },
    ]);
  });

  it('needs feedback with REVISE and with FAIL, whitespace not counting', () => {
    expect(reviewProblems(en, rubric, PASS_MARK, all(4, 4, 2), 'REVISE', '  \n')).toEqual([
      { field: 'feedback', message: 'Write feedback: with Revise the learner needs to know what to change.' },
    ]);
    expect(reviewProblems(en, rubric, PASS_MARK, all(0, 0, 0), 'FAIL', '')).toEqual([
      { field: 'feedback', message: 'Write feedback: with Fail the learner needs to know what to change.' },
    ]);
  });

  it('counts a stored score that is no longer one of the criterion’s levels as unscored', () => {
    expect(reviewProblems(en, rubric, PASS_MARK, all(3, 2, 1), 'REVISE', 'More depth')).toEqual([
      { field: 'scores', message: 'Choose a level for Customer insight.' },
    ]);
  });

  it('says the problems in French from the grading catalogue, the criteria titles as the author wrote them', () => {
    const problems = reviewProblems(fr, rubric, PASS_MARK, { method: 2 }, 'REVISE', '');
    expect(problems.map((p) => p.field)).toEqual(['scores', 'feedback']);
    expect(problems[0].message).toBe('Choisissez un niveau pour Customer insight et Application at work.');
    expect(problems[1].message).toMatch(/^Rédigez un retour\s:\savec À revoir/u);
    expect(reviewProblems(fr, rubric, PASS_MARK, all(2, 2, 1), 'PASS', '')[0].message).toBe(
      frMessages['grading.rubric.passBelowMark'].replace('{passMark, number}', '6'),
    );
  });

  it('leaves to the API what the form cannot produce (unknown or twice-scored criteria, overlong feedback)', () => {
    expect(
      reviewProblemMessages(en, [
        { code: 'UNKNOWN_CRITERION', criterionId: 'charisma' },
        { code: 'SCORED_TWICE', criterionId: 'insight', title: 'Customer insight' },
        { code: 'FEEDBACK_TOO_LONG', maxLength: 20_000 },
      ]),
    ).toEqual([]);
  });
});
