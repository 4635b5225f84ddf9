import { defineMessage, defineMessages, type IntlShape, type NoMessageValues } from 'react-intl';
import type {
  ContentItemInput,
  ContentKind,
  ProgrammeDefinitionInput,
  ProgrammeDetailFieldsFragment,
  ProgrammeModuleInput,
  SessionPlanItemInput,
} from '../../../gql/graphql';
import { dateTimeFormat } from '../../../lib/time';

type Intl = Pick<IntlShape, 'formatMessage' | 'locale'>;

export const CONTENT_KINDS: ContentKind[] = ['TUTORIAL', 'VIDEO', 'READING', 'CASE_STUDY', 'LINK'];
export const KIND_LABEL = defineMessages({
  TUTORIAL: { id: 'programme.kind.tutorial', defaultMessage: 'Tutorial' },
  VIDEO: { id: 'programme.kind.video', defaultMessage: 'Video' },
  READING: { id: 'programme.kind.reading', defaultMessage: 'Reading' },
  CASE_STUDY: { id: 'programme.kind.caseStudy', defaultMessage: 'Case study' },
  LINK: { id: 'programme.kind.link', defaultMessage: 'Link' },
});

/** The plan's weekdays, 1 (Monday) to 7 (Sunday). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** "Monday" for 1 … "Sunday" for 7, in the display language. */
export function weekdayName(weekday: number): string {
  // 1 January 2024 was a Monday
  return dateTimeFormat('UTC', { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, weekday, 12)));
}

/** What a new week, session or programme starts with; the author then writes over it. */
const starters = defineMessages<{
  weekTitle: { week: number };
  sessionTitle: { week: number };
  credentialName: { title: string };
  credentialDescription: { title: string };
  credentialCriteria: NoMessageValues;
  introduction: NoMessageValues;
  welcome: NoMessageValues;
  welcomeBody: NoMessageValues;
}>({
  weekTitle: { id: 'programme.starter.weekTitle', defaultMessage: 'Week {week}' },
  sessionTitle: { id: 'programme.starter.sessionTitle', defaultMessage: 'Week {week} live session' },
  credentialName: { id: 'programme.starter.credentialName', defaultMessage: '{title} credential' },
  credentialDescription: { id: 'programme.starter.credentialDescription', defaultMessage: 'Awarded for completing {title}.' },
  credentialCriteria: { id: 'programme.starter.credentialCriteria', defaultMessage: 'Complete every week and attend the live sessions.' },
  introduction: { id: 'programme.starter.introduction', defaultMessage: 'Introduction' },
  welcome: { id: 'programme.starter.welcome', defaultMessage: 'Welcome' },
  welcomeBody: { id: 'programme.starter.welcomeBody', defaultMessage: 'What this programme is about and how it runs.' },
});

/** The hint of every field whose text is Markdown (content bodies, assignment instructions). */
export const markdownHint = defineMessage({
  id: 'programme.editor.markdownHint',
  defaultMessage:
    'Markdown: a blank line starts a paragraph; ## for a heading, - for a list, **bold**, [text](https://…) for a link. HTML is shown as text.',
});

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
    language: p.language,
    summary: p.summary,
    weeks: p.weeks,
    hoursPerWeek: p.hoursPerWeek,
    coachingSessions: p.coachingSessions,
    completion: {
      allAssignmentsPassed: p.completion.allAssignmentsPassed,
      minAttendancePercent: p.completion.minAttendancePercent,
      coachingSessionsRequired: p.completion.coachingSessionsRequired,
    },
    credential: {
      name: p.credential.name,
      description: p.credential.description,
      criteria: p.credential.criteria,
      validityMonths: p.credential.validityMonths,
    },
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
        rubric: m.assignment.rubric.map((r) => ({
          id: r.id,
          title: r.title,
          levels: r.levels.map((l) => ({ label: l.label, points: l.points })),
        })),
      },
    })),
    sessionPlan: p.sessionPlan.map((s) => ({
      title: s.title,
      week: s.week,
      weekday: s.weekday,
      time: s.time,
      durationMinutes: s.durationMinutes,
    })),
  };
}

export function newItem(): ContentItemInput {
  return { kind: 'TUTORIAL', title: '', body: '', url: null, minutes: 30 };
}

export function newModule(week: number, intl: Intl): ProgrammeModuleInput {
  return { week, title: intl.formatMessage(starters.weekTitle, { week }), summary: '', contentItems: [], assignment: null };
}

export function newSession(week: number, intl: Intl): SessionPlanItemInput {
  return { title: intl.formatMessage(starters.sessionTitle, { week }), week, weekday: 2, time: '17:00', durationMinutes: 60 };
}

/** A programme to start from: one week with one tutorial and one live session. */
export function minimalDefinition(code: string, title: string, intl: Intl): ProgrammeDefinitionInput {
  return {
    code,
    title,
    // the starter text below is written in the author's language
    language: intl.locale.split('-')[0],
    summary: '',
    weeks: 1,
    hoursPerWeek: 3,
    coachingSessions: 0,
    completion: { allAssignmentsPassed: false, minAttendancePercent: 75, coachingSessionsRequired: 0 },
    credential: {
      name: intl.formatMessage(starters.credentialName, { title }),
      description: intl.formatMessage(starters.credentialDescription, { title }),
      criteria: intl.formatMessage(starters.credentialCriteria),
      validityMonths: null,
    },
    modules: [
      {
        week: 1,
        title: intl.formatMessage(starters.introduction),
        summary: '',
        contentItems: [
          {
            kind: 'TUTORIAL',
            title: intl.formatMessage(starters.welcome),
            body: intl.formatMessage(starters.welcomeBody),
            url: null,
            minutes: 20,
          },
        ],
        assignment: null,
      },
    ],
    sessionPlan: [newSession(1, intl)],
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
