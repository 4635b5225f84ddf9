import type { Json } from '../../test/harness.js';
/** A small, publishable two-week programme as GraphQL input; `patch` replaces top-level fields. */
export function programmeInput(code: string, patch: Record<string, unknown> = {}): Record<string, Json> {
  return {
    code,
    title: 'Customer Journey Basics',
    summary: 'Two weeks on seeing work through the customer’s journey.',
    weeks: 2,
    hoursPerWeek: 2.5,
    coachingSessions: 1,
    completion: { allAssignmentsPassed: true, minAttendancePercent: 75, coachingSessionsRequired: 1 },
    credential: {
      name: 'Customer Journey Practitioner',
      description: 'Can map and improve a customer journey.',
      criteria: 'Both assignments passed.',
      validityMonths: null,
    },
    modules: [1, 2].map((week) => moduleInput(week)),
    sessionPlan: [
      { title: 'Kick-off', week: 1, weekday: 2, time: '17:00', durationMinutes: 60 },
      { title: 'Review', week: 2, weekday: 4, time: '12:30', durationMinutes: 90 },
    ],
    ...patch,
  };
}

export function moduleInput(week: number, patch: Record<string, unknown> = {}): Record<string, Json> {
  return {
    week,
    title: `Week ${week}: journeys`,
    summary: '',
    contentItems: [
      // one item with an id chosen by the author, one without (the API gives it one)
      { id: `cjb-w${week}-intro`, kind: 'TUTORIAL', title: 'Introduction', body: 'Read this first.', url: null, minutes: 30 },
      { kind: 'VIDEO', title: 'Lecture', url: `https://video.example.org/cjb/${week}`, minutes: 20 },
    ],
    assignment: {
      id: `cjb-w${week}-assignment`,
      title: `Map a journey (${week})`,
      instructions: 'Map one customer journey you know.',
      submissionKinds: ['TEXT', 'LINK'],
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
          title: 'Application',
          levels: [
            { label: 'Missing', points: 0 },
            { label: 'Applied', points: 5 },
          ],
        },
      ],
      passMark: 6,
      dueDay: 6,
      dueTime: '23:59',
    },
    ...patch,
  };
}

/** The input that re-sends a programme as read back, keeping the ids the API gave out. */
export function withIdsOf(
  input: Record<string, Json>,
  programme: { modules: { contentItems: { id: string }[]; assignment: { id: string; rubric: { id: string }[] } | null }[] },
) {
  return {
    ...input,
    modules: input.modules.map((m: Json, i: number) => {
      const read = programme.modules[i];
      if (!read) return m;
      return {
        ...m,
        contentItems: m.contentItems.map((c: Json, j: number) => ({ ...c, id: read.contentItems[j]?.id ?? c.id })),
        assignment: m.assignment && {
          ...m.assignment,
          id: read.assignment?.id ?? m.assignment.id,
          rubric: m.assignment.rubric.map((r: Json, k: number) => ({ ...r, id: read.assignment?.rubric[k]?.id ?? r.id })),
        },
      };
    }),
  };
}

export const PROGRAMME_FIELDS = `
  id code title weeks hoursPerWeek coachingSessions draftProblems hasUnpublishedChanges
  completion { allAssignmentsPassed minAttendancePercent coachingSessionsRequired }
  credential { name description criteria validityMonths }
  modules { week title summary contentItems { id kind title body url minutes }
    assignment { id title submissionKinds passMark maxPoints dueDay dueTime rubric { id title levels { label points } } } }
  sessionPlan { title week weekday time durationMinutes }
  latestVersion { id version publishedAt definition { title modules { contentItems { id minutes } } } }
  versions { version definition { title } }`;
