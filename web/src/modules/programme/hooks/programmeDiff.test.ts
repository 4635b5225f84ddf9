import { describe, expect, it } from '@jest/globals';
import { programmeDiff, type DiffDefinition, type DiffModule } from './programmeDiff';

const week = (n: number, patch: Partial<DiffModule> = {}): DiffModule => ({
  week: n,
  title: `Week ${n} title`,
  summary: '',
  contentItems: [
    { id: `w${n}-a`, kind: 'TUTORIAL', title: 'Tutorial', body: '## Start', url: null, minutes: 30 },
    { id: `w${n}-b`, kind: 'VIDEO', title: 'Lecture', body: null, url: 'https://video.example.org/1', minutes: 20 },
  ],
  assignment: {
    id: `w${n}-assignment`,
    title: `Assignment ${n}`,
    instructions: 'Write it up.',
    submissionKinds: ['TEXT', 'LINK'],
    passMark: 6,
    dueDay: 6,
    dueTime: '23:59',
    rubric: [
      {
        id: 'insight',
        title: 'Customer insight',
        levels: [
          { label: 'Missing', points: 0 },
          { label: 'Clear', points: 5 },
        ],
      },
      {
        id: 'application',
        title: 'Application',
        levels: [
          { label: 'Missing', points: 0 },
          { label: 'Applied', points: 5 },
        ],
      },
    ],
  },
  ...patch,
});

const v1: DiffDefinition = {
  title: 'Customer Journey Basics',
  summary: 'Two weeks.',
  language: 'en',
  hoursPerWeek: 2.5,
  coachingSessions: 1,
  completion: { allAssignmentsPassed: true, minAttendancePercent: 75, coachingSessionsRequired: 1 },
  credential: { name: 'Practitioner', description: 'Can map a journey.', criteria: 'Both passed.', validityMonths: null },
  modules: [week(1), week(2)],
  sessionPlan: [
    { title: 'Kick-off', week: 1, weekday: 2, time: '17:00', durationMinutes: 60 },
    { title: 'Review', week: 2, weekday: 4, time: '12:30', durationMinutes: 90 },
  ],
};

describe('what publishing the draft changes, compared with the published version', () => {
  it('finds nothing when the draft is the published version (a copy, submission kinds in another order)', () => {
    const copy = JSON.parse(JSON.stringify(v1)) as DiffDefinition;
    copy.modules = copy.modules.map((m) => ({ ...m, assignment: m.assignment && { ...m.assignment, submissionKinds: ['LINK', 'TEXT'] } }));
    expect(programmeDiff(v1, copy)).toEqual({ programme: [], weeks: [], sessions: [], count: 0 });
  });

  it('names a renamed rubric criterion with its old title, and a criterion whose levels changed', () => {
    const [insight, application] = week(1).assignment!.rubric;
    const draft = {
      ...v1,
      modules: [
        week(1, {
          assignment: {
            ...week(1).assignment!,
            rubric: [
              { ...insight, title: 'Insight into customers' },
              { ...application, levels: [...application.levels, { label: 'Taught others', points: 8 }] },
            ],
          },
        }),
        week(2),
      ],
    };
    expect(programmeDiff(v1, draft)).toEqual({
      programme: [],
      weeks: [
        {
          week: 1,
          title: 'Week 1 title',
          changes: [
            {
              subject: 'criterion',
              kind: 'changed',
              title: 'Insight into customers',
              previousTitle: 'Customer insight',
              fields: ['title'],
            },
            { subject: 'criterion', kind: 'changed', title: 'Application', fields: ['levels'] },
          ],
        },
      ],
      sessions: [],
      count: 2,
    });
  });

  it('lists criteria added, removed and reordered, and the assignment’s own fields that changed', () => {
    const a = week(1).assignment!;
    const draft = {
      ...v1,
      modules: [
        week(1, {
          assignment: {
            ...a,
            instructions: 'Write it up in **600 words**.',
            submissionKinds: ['FILE'],
            dueTime: '18:00',
            rubric: [a.rubric[1], { id: 'evidence', title: 'Evidence', levels: [{ label: 'None', points: 0 }] }],
          },
        }),
        week(2),
      ],
    };
    expect(programmeDiff(v1, draft).weeks[0].changes).toEqual([
      { subject: 'assignment', kind: 'changed', title: 'Assignment 1', fields: ['instructions', 'submissionKinds', 'due'] },
      { subject: 'criterion', kind: 'added', title: 'Evidence', fields: [] },
      { subject: 'criterion', kind: 'removed', title: 'Customer insight', fields: [] },
    ]);
    const swapped = { ...v1, modules: [week(1, { assignment: { ...a, rubric: [a.rubric[1], a.rubric[0]] } }), week(2)] };
    expect(programmeDiff(v1, swapped).weeks[0].changes).toEqual([
      { subject: 'criterion', kind: 'reordered', title: 'Assignment 1', fields: [] },
    ]);
  });

  it('tells weeks, content items and assignments added and removed apart from changed ones', () => {
    const draft = {
      ...v1,
      modules: [
        week(1, {
          title: 'Seeing the customer',
          contentItems: [
            week(1).contentItems[1],
            { id: 'w1-c', kind: 'READING', title: 'Chapter 1', body: 'Read it.', url: null, minutes: 15 },
          ],
        }),
        week(2, { assignment: null }),
        week(3, { assignment: null }),
      ],
    };
    const diff = programmeDiff(v1, draft);
    expect(diff.weeks).toEqual([
      {
        week: 1,
        title: 'Seeing the customer',
        changes: [
          { subject: 'module', kind: 'changed', title: 'Seeing the customer', previousTitle: 'Week 1 title', fields: ['title'] },
          { subject: 'item', kind: 'added', title: 'Chapter 1', fields: [] },
          { subject: 'item', kind: 'removed', title: 'Tutorial', fields: [] },
        ],
      },
      { week: 2, title: 'Week 2 title', changes: [{ subject: 'assignment', kind: 'removed', title: 'Assignment 2', fields: [] }] },
      { week: 3, title: 'Week 3 title', changes: [{ subject: 'module', kind: 'added', title: 'Week 3 title', fields: [] }] },
    ]);
    expect(programmeDiff(draft, v1).weeks[2]).toEqual({
      week: 3,
      title: 'Week 3 title',
      changes: [{ subject: 'module', kind: 'removed', title: 'Week 3 title', fields: [] }],
    });
  });

  it('treats another assignment in a week (another id: grades do not carry over) as one removed and one added', () => {
    const draft = { ...v1, modules: [week(1, { assignment: { ...week(1).assignment!, id: 'other' } }), week(2)] };
    expect(programmeDiff(v1, draft).weeks[0].changes.map((c) => `${c.kind} ${c.subject}`)).toEqual([
      'removed assignment',
      'added assignment',
    ]);
  });

  it('matches planned sessions (which have no id) by title: moved, added and removed', () => {
    const draft = {
      ...v1,
      sessionPlan: [
        { title: 'Kick-off', week: 1, weekday: 3, time: '18:00', durationMinutes: 60 },
        { title: 'Clinic', week: 2, weekday: 2, time: '09:00', durationMinutes: 45 },
      ],
    };
    expect(programmeDiff(v1, draft).sessions).toEqual([
      { subject: 'session', kind: 'changed', title: 'Kick-off', week: 1, fields: ['weekday', 'time'] },
      { subject: 'session', kind: 'added', title: 'Clinic', week: 2, fields: [] },
      { subject: 'session', kind: 'removed', title: 'Review', week: 2, fields: [] },
    ]);
  });

  it('reports the programme’s own details, completion criteria and credential as one line', () => {
    const draft = {
      ...v1,
      title: 'Customer Journey Essentials',
      hoursPerWeek: 3,
      completion: { ...v1.completion, minAttendancePercent: 80 },
      credential: { ...v1.credential, validityMonths: 24 },
    };
    expect(programmeDiff(v1, draft)).toMatchObject({
      programme: [
        {
          subject: 'programme',
          kind: 'changed',
          title: 'Customer Journey Essentials',
          previousTitle: 'Customer Journey Basics',
          fields: ['title', 'hoursPerWeek', 'completion', 'credential'],
        },
      ],
      count: 1,
    });
  });
});
