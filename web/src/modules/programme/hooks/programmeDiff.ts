/*
 * What publishing the draft would change, compared with the latest published version: weeks,
 * content items, assignments, rubric criteria and live sessions added, removed, changed or
 * reordered. Pure data (the publish step words it in the display language), matched the way
 * learners' progress and grades are: content items, assignments and criteria by id, weeks by
 * number, planned sessions (which have no id) by their title.
 */

export interface DiffCriterion {
  id: string;
  title: string;
  levels: readonly { label: string; points: number }[];
}
export interface DiffAssignment {
  id: string;
  title: string;
  instructions: string;
  submissionKinds: readonly string[];
  passMark: number;
  dueDay: number;
  dueTime: string;
  rubric: readonly DiffCriterion[];
}
export interface DiffItem {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  url: string | null;
  minutes: number;
}
export interface DiffModule {
  week: number;
  title: string;
  summary: string;
  contentItems: readonly DiffItem[];
  assignment: DiffAssignment | null;
}
export interface DiffSession {
  title: string;
  week: number;
  weekday: number;
  time: string;
  durationMinutes: number;
}
export interface DiffDefinition {
  title: string;
  summary: string;
  language?: string | null;
  hoursPerWeek: number;
  coachingSessions: number;
  completion: { allAssignmentsPassed: boolean; minAttendancePercent: number; coachingSessionsRequired: number };
  credential: { name: string; description: string; criteria: string; validityMonths: number | null };
  modules: readonly DiffModule[];
  sessionPlan: readonly DiffSession[];
}

export type ProgrammeField = 'title' | 'summary' | 'language' | 'hoursPerWeek' | 'coachingSessions' | 'completion' | 'credential';
export type ModuleField = 'title' | 'summary';
export type ItemField = 'kind' | 'title' | 'body' | 'url' | 'minutes';
export type AssignmentField = 'title' | 'instructions' | 'submissionKinds' | 'passMark' | 'due';
export type CriterionField = 'title' | 'levels';
export type SessionField = 'week' | 'weekday' | 'time' | 'durationMinutes';
export type ChangedField = ProgrammeField | ModuleField | ItemField | AssignmentField | CriterionField | SessionField;

export type ChangeKind = 'added' | 'removed' | 'changed' | 'reordered';
export type ChangeSubject = 'programme' | 'module' | 'item' | 'assignment' | 'criterion' | 'session';

/** One line of the summary: what, how, its title (the draft's; the published one when removed). */
export interface Change {
  subject: ChangeSubject;
  kind: ChangeKind;
  title: string;
  /** the published title, when the change renamed it */
  previousTitle?: string;
  /** what changed, for kind "changed" */
  fields: ChangedField[];
  /** for sessions: the week it is in (in the draft; the published one when removed) */
  week?: number;
}

export interface WeekChanges {
  week: number;
  /** the draft's title of the week, or the published one when the week is removed */
  title: string;
  changes: Change[];
}

export interface ProgrammeDiff {
  programme: Change[];
  weeks: WeekChanges[];
  sessions: Change[];
  /** number of lines in all */
  count: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields<F extends string>(
  before: object,
  after: object,
  fields: readonly F[],
  value: (o: object, f: F) => unknown = (o, f) => (o as Record<string, unknown>)[f] ?? null,
): F[] {
  return fields.filter((f) => !same(value(before, f), value(after, f)));
}

/** True when the ids both lists hold are in a different order. */
function reordered(before: readonly { id: string }[], after: readonly { id: string }[]): boolean {
  const kept = new Set(after.map((x) => x.id));
  const was = before.map((x) => x.id).filter((id) => kept.has(id));
  const had = new Set(was);
  const now = after.map((x) => x.id).filter((id) => had.has(id));
  return !same(was, now);
}

/** Added, removed and changed entries of two lists of things with ids, in the draft's order (removed ones last). */
function byId<T extends { id: string; title: string }>(
  subject: ChangeSubject,
  before: readonly T[],
  after: readonly T[],
  fieldsOf: (b: T, a: T) => ChangedField[],
): Change[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const changes: Change[] = [];
  for (const a of after) {
    const b = old.get(a.id);
    if (!b) {
      changes.push({ subject, kind: 'added', title: a.title, fields: [] });
      continue;
    }
    const fields = fieldsOf(b, a);
    if (fields.length)
      changes.push({ subject, kind: 'changed', title: a.title, fields, ...(fields.includes('title') ? { previousTitle: b.title } : {}) });
  }
  const kept = new Set(after.map((x) => x.id));
  for (const b of before) if (!kept.has(b.id)) changes.push({ subject, kind: 'removed', title: b.title, fields: [] });
  return changes;
}

const ASSIGNMENT_FIELDS: readonly AssignmentField[] = ['title', 'instructions', 'submissionKinds', 'passMark', 'due'];
const assignmentValue = (a: object, f: AssignmentField) => {
  const x = a as DiffAssignment;
  if (f === 'due') return [x.dueDay, x.dueTime];
  if (f === 'submissionKinds') return [...x.submissionKinds].sort();
  return x[f];
};

function assignmentChanges(before: DiffAssignment | null, after: DiffAssignment | null): Change[] {
  if (!before && !after) return [];
  if (!before) return [{ subject: 'assignment', kind: 'added', title: after!.title, fields: [] }];
  if (!after) return [{ subject: 'assignment', kind: 'removed', title: before.title, fields: [] }];
  const changes: Change[] = [];
  // another assignment in the same week: its grades do not carry over, so it is a replacement
  if (before.id !== after.id) {
    return [
      { subject: 'assignment', kind: 'removed', title: before.title, fields: [] },
      { subject: 'assignment', kind: 'added', title: after.title, fields: [] },
    ];
  }
  const fields = changedFields(before, after, ASSIGNMENT_FIELDS, assignmentValue);
  if (fields.length)
    changes.push({
      subject: 'assignment',
      kind: 'changed',
      title: after.title,
      fields,
      ...(fields.includes('title') ? { previousTitle: before.title } : {}),
    });
  changes.push(...byId('criterion', before.rubric, after.rubric, (b, a) => changedFields(b, a, ['title', 'levels'] as const)));
  if (reordered(before.rubric, after.rubric)) changes.push({ subject: 'criterion', kind: 'reordered', title: after.title, fields: [] });
  return changes;
}

function moduleChanges(before: DiffModule | undefined, after: DiffModule | undefined): Change[] {
  if (!before) return [{ subject: 'module', kind: 'added', title: after!.title, fields: [] }];
  if (!after) return [{ subject: 'module', kind: 'removed', title: before.title, fields: [] }];
  const changes: Change[] = [];
  const fields = changedFields(before, after, ['title', 'summary'] as const);
  if (fields.length)
    changes.push({
      subject: 'module',
      kind: 'changed',
      title: after.title,
      fields,
      ...(fields.includes('title') ? { previousTitle: before.title } : {}),
    });
  changes.push(
    ...byId('item', before.contentItems, after.contentItems, (b, a) =>
      changedFields(b, a, ['kind', 'title', 'body', 'url', 'minutes'] as const),
    ),
  );
  if (reordered(before.contentItems, after.contentItems))
    changes.push({ subject: 'item', kind: 'reordered', title: after.title, fields: [] });
  changes.push(...assignmentChanges(before.assignment ?? null, after.assignment ?? null));
  return changes;
}

const SESSION_FIELDS: readonly SessionField[] = ['week', 'weekday', 'time', 'durationMinutes'];
const sessionKey = (s: DiffSession) => JSON.stringify([s.title, s.week, s.weekday, s.time, s.durationMinutes]);

/** Sessions have no id: identical ones are unchanged, then one of the same title is the same session, changed. */
function sessionChanges(before: readonly DiffSession[], after: readonly DiffSession[]): Change[] {
  const unmatched = [...before];
  const fresh: DiffSession[] = [];
  for (const s of after) {
    const i = unmatched.findIndex((b) => sessionKey(b) === sessionKey(s));
    if (i >= 0) unmatched.splice(i, 1);
    else fresh.push(s);
  }
  const changes: Change[] = [];
  for (const s of fresh) {
    const i = unmatched.findIndex((b) => b.title === s.title);
    if (i >= 0) {
      const [b] = unmatched.splice(i, 1);
      changes.push({ subject: 'session', kind: 'changed', title: s.title, week: s.week, fields: changedFields(b, s, SESSION_FIELDS) });
    } else changes.push({ subject: 'session', kind: 'added', title: s.title, week: s.week, fields: [] });
  }
  for (const b of unmatched) changes.push({ subject: 'session', kind: 'removed', title: b.title, week: b.week, fields: [] });
  return changes;
}

const PROGRAMME_FIELDS: readonly ProgrammeField[] = [
  'title',
  'summary',
  'language',
  'hoursPerWeek',
  'coachingSessions',
  'completion',
  'credential',
];
const programmeValue = (d: object, f: ProgrammeField) => {
  const x = d as DiffDefinition;
  if (f === 'language') return x.language ?? 'en';
  if (f === 'completion')
    return [x.completion.allAssignmentsPassed, x.completion.minAttendancePercent, x.completion.coachingSessionsRequired];
  if (f === 'credential') return [x.credential.name, x.credential.description, x.credential.criteria, x.credential.validityMonths ?? null];
  return x[f];
};

/** What the draft changes in the published version, section by section. */
export function programmeDiff(published: DiffDefinition, draft: DiffDefinition): ProgrammeDiff {
  const fields = changedFields(published, draft, PROGRAMME_FIELDS, programmeValue);
  const programme: Change[] = fields.length
    ? [
        {
          subject: 'programme',
          kind: 'changed',
          title: draft.title,
          fields,
          ...(fields.includes('title') ? { previousTitle: published.title } : {}),
        },
      ]
    : [];
  const weekNumbers = [...new Set([...published.modules, ...draft.modules].map((m) => m.week))].sort((a, b) => a - b);
  const weeks: WeekChanges[] = [];
  for (const week of weekNumbers) {
    const before = published.modules.find((m) => m.week === week);
    const after = draft.modules.find((m) => m.week === week);
    const changes = moduleChanges(before, after);
    if (changes.length) weeks.push({ week, title: (after ?? before)!.title, changes });
  }
  const sessions = sessionChanges(published.sessionPlan, draft.sessionPlan);
  return { programme, weeks, sessions, count: programme.length + weeks.reduce((n, w) => n + w.changes.length, 0) + sessions.length };
}
