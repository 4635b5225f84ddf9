import type { AssignmentDefinition, ContentItemDefinition, ModuleDefinition, ProgrammeDefinition } from '@beacon/domain';

const WEEKS: [string, string][] = [
  ['Introduction to an Outside-In world', 'Why organisations that start from the customer outperform those that start from the inside.'],
  ['Reframing Around Customer Needs', 'Successful customer outcomes and how to see work through them.'],
  ['Focus on the Causes of Work', 'Failure demand, its causes and how to remove them at the root.'],
  ['The Disruption Factor', 'How customer-led disruption reshapes markets, and how to lead it.'],
  ['Innovating Innovation', 'Outside-in innovation: from customer outcomes to new value.'],
  ['Connecting the Dots and Drawing the Lines', 'Joining processes, people and measures around the customer.'],
  ['The New Normal of the Customer Obsessed organization', 'Sustaining the change: leadership, culture and your capstone.'],
];

const rubric: AssignmentDefinition['rubric'] = [
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

function module(week: number, [title, summary]: [string, string]): ModuleDefinition {
  const id = (n: number) => `coim-w${week}-c${n}`;
  const contentItems: ContentItemDefinition[] = [
    {
      id: id(1),
      kind: 'TUTORIAL',
      title: `Tutorial: ${title}`,
      body: `## ${title}\n\n${summary}\n\nWork through the ideas of this week, then try them on a process you know.`,
      url: null,
      minutes: 45,
    },
    { id: id(2), kind: 'VIDEO', title: `Lecture: ${title}`, body: null, url: `https://video.example.org/coim/week-${week}`, minutes: 30 },
    {
      id: id(3),
      kind: 'READING',
      title: `Reading for week ${week}`,
      body: `Read the chapter for week ${week} and note three ideas you could apply.`,
      url: null,
      minutes: 40,
    },
    {
      id: id(4),
      kind: 'CASE_STUDY',
      title: `Case study: week ${week}`,
      body: `A customer-obsessed organisation meets the challenge of week ${week}. What did they see first?`,
      url: null,
      minutes: 35,
    },
  ];
  return {
    week,
    title,
    summary,
    contentItems,
    assignment: {
      id: `coim-w${week}-assignment`,
      title: week === 7 ? 'Capstone: your outside-in plan' : `Assignment ${week}: ${title}`,
      instructions: `Apply the ideas of week ${week} to your own organisation. Describe the customer outcome, what you found, and what you will change (600–900 words, or a link to your work).`,
      submissionKinds: ['TEXT', 'LINK', 'FILE'],
      rubric,
      passMark: 6,
      dueDay: 6,
      dueTime: '23:59',
    },
  };
}

/** 18 live sessions: a Tuesday and a Thursday session every week, plus four milestones. */
const sessionPlan: ProgrammeDefinition['sessionPlan'] = [
  ...WEEKS.flatMap(([title], i) => [
    { title: `Week ${i + 1} live session: ${title}`, week: i + 1, weekday: 2, time: '17:00', durationMinutes: 90 },
    { title: `Week ${i + 1} tutorial clinic`, week: i + 1, weekday: 4, time: '17:00', durationMinutes: 60 },
  ]),
  { title: 'Kick-off and introductions', week: 1, weekday: 1, time: '17:00', durationMinutes: 60 },
  { title: 'Mid-programme review', week: 4, weekday: 5, time: '12:00', durationMinutes: 60 },
  { title: 'Capstone presentations', week: 7, weekday: 5, time: '15:00', durationMinutes: 120 },
  { title: 'Graduation', week: 7, weekday: 5, time: '18:00', durationMinutes: 45 },
];

export const COIM: ProgrammeDefinition = {
  code: 'COIM',
  title: 'Certified Outside-In Master',
  language: 'en',
  summary:
    'A seven-week professional certification in outside-in thinking: seeing, measuring and changing work from the customer’s point of view.',
  weeks: 7,
  hoursPerWeek: 3,
  coachingSessions: 2,
  completion: { allAssignmentsPassed: true, minAttendancePercent: 75, coachingSessionsRequired: 2 },
  credential: {
    name: 'Certified Outside-In Master',
    description:
      'Holds the Certified Outside-In Master credential: able to apply outside-in methods to redesign work around customer outcomes.',
    criteria: 'Passed all seven weekly assignments, attended at least 75% of the live sessions and completed two 1-on-1 coaching sessions.',
    validityMonths: 36,
    // COIM credentials are issued on the partner admin's approval
    automaticIssuance: false,
  },
  modules: WEEKS.map((w, i) => module(i + 1, w)),
  sessionPlan,
};

/** A shorter second programme, so the catalogue is not a list of one. */
export const COIP: ProgrammeDefinition = {
  ...COIM,
  code: 'COIP',
  title: 'Certified Outside-In Practitioner',
  summary: 'A three-week introduction to outside-in practice for team leads.',
  weeks: 3,
  coachingSessions: 1,
  completion: { allAssignmentsPassed: true, minAttendancePercent: 75, coachingSessionsRequired: 1 },
  credential: {
    ...COIM.credential,
    name: 'Certified Outside-In Practitioner',
    validityMonths: null,
    automaticIssuance: true,
    criteria: 'Passed all three assignments, attended at least 75% of the live sessions and one coaching session.',
  },
  modules: WEEKS.slice(0, 3).map((w, i) => {
    const m = module(i + 1, w);
    return {
      ...m,
      contentItems: m.contentItems.map((c) => ({ ...c, id: c.id.replace('coim', 'coip') })),
      assignment: m.assignment && { ...m.assignment, id: m.assignment.id.replace('coim', 'coip') },
    };
  }),
  sessionPlan: WEEKS.slice(0, 3).map(([title], i) => ({
    title: `Week ${i + 1}: ${title}`,
    week: i + 1,
    weekday: 3,
    time: '12:00',
    durationMinutes: 75,
  })),
};
