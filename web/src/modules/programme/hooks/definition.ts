import type { ContentItemInput, ContentKind, ProgrammeDefinitionInput, ProgrammeDetailFieldsFragment, ProgrammeModuleInput, SessionPlanItemInput } from '../../../gql/graphql';

export const CONTENT_KINDS: ContentKind[] = ['TUTORIAL', 'VIDEO', 'READING', 'CASE_STUDY', 'LINK'];
export const KIND_LABEL: Record<ContentKind, string> = { TUTORIAL: 'Tutorial', VIDEO: 'Video', READING: 'Reading', CASE_STUDY: 'Case study', LINK: 'Link' };
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Video and link items point somewhere; the others carry their text. */
export const needsUrl = (kind: ContentKind) => kind === 'VIDEO' || kind === 'LINK';

/**
 * The whole definition as the API takes it back. Ids of items, assignments and rubric criteria
 * go back unchanged: learners' ticks and grades refer to them.
 */
export function toInput(p: ProgrammeDetailFieldsFragment): ProgrammeDefinitionInput {
  return {
    code: p.code,
    title: p.title,
    summary: p.summary,
    weeks: p.weeks,
    hoursPerWeek: p.hoursPerWeek,
    coachingSessions: p.coachingSessions,
    completion: { allAssignmentsPassed: p.completion.allAssignmentsPassed, minAttendancePercent: p.completion.minAttendancePercent, coachingSessionsRequired: p.completion.coachingSessionsRequired },
    credential: { name: p.credential.name, description: p.credential.description, criteria: p.credential.criteria, validityMonths: p.credential.validityMonths },
    modules: p.modules.map((m) => ({
      week: m.week,
      title: m.title,
      summary: m.summary,
      contentItems: m.contentItems.map((c) => ({ id: c.id, kind: c.kind, title: c.title, body: c.body, url: c.url, minutes: c.minutes })),
      assignment: m.assignment && {
        id: m.assignment.id,
        title: m.assignment.title,
        instructions: m.assignment.instructions,
        submissionKinds: [...m.assignment.submissionKinds],
        passMark: m.assignment.passMark,
        dueDay: m.assignment.dueDay,
        dueTime: m.assignment.dueTime,
        rubric: m.assignment.rubric.map((r) => ({ id: r.id, title: r.title, levels: r.levels.map((l) => ({ label: l.label, points: l.points })) })),
      },
    })),
    sessionPlan: p.sessionPlan.map((s) => ({ title: s.title, week: s.week, weekday: s.weekday, time: s.time, durationMinutes: s.durationMinutes })),
  };
}

export function newItem(): ContentItemInput {
  return { kind: 'TUTORIAL', title: '', body: '', url: null, minutes: 30 };
}

export function newModule(week: number): ProgrammeModuleInput {
  return { week, title: `Week ${week}`, summary: '', contentItems: [], assignment: null };
}

export function newSession(week: number): SessionPlanItemInput {
  return { title: `Week ${week} live session`, week, weekday: 2, time: '17:00', durationMinutes: 60 };
}

/** A programme to start from: one week with one tutorial and one live session. */
export function minimalDefinition(code: string, title: string): ProgrammeDefinitionInput {
  return {
    code,
    title,
    summary: '',
    weeks: 1,
    hoursPerWeek: 3,
    coachingSessions: 0,
    completion: { allAssignmentsPassed: false, minAttendancePercent: 75, coachingSessionsRequired: 0 },
    credential: { name: `${title} credential`, description: `Awarded for completing ${title}.`, criteria: 'Complete every week and attend the live sessions.', validityMonths: null },
    modules: [{ week: 1, title: 'Introduction', summary: '', contentItems: [{ kind: 'TUTORIAL', title: 'Welcome', body: 'What this programme is about and how it runs.', url: null, minutes: 20 }], assignment: null }],
    sessionPlan: [newSession(1)],
  };
}

/** Renumbers weeks after one is added or removed, and keeps `weeks` equal to the modules. */
export function withModules(def: ProgrammeDefinitionInput, modules: ProgrammeModuleInput[]): ProgrammeDefinitionInput {
  return { ...def, modules: modules.map((m, i) => ({ ...m, week: i + 1 })), weeks: modules.length };
}

/** Empty optional texts are sent as null ("none"), never as "". */
export function cleanForSave(def: ProgrammeDefinitionInput): ProgrammeDefinitionInput {
  return {
    ...def,
    modules: def.modules.map((m) => ({
      ...m,
      contentItems: m.contentItems.map((c) => ({ ...c, body: c.body?.trim() ? c.body : null, url: c.url?.trim() ? c.url.trim() : null })),
    })),
  };
}
