import type { SessionPlanItem } from './session-plan.util.js';

/**
 * A programme as published: what a cohort's learners see is the version its cohort was
 * created from, so later edits never change a running cohort silently.
 */
export interface ProgrammeDefinition {
  code: string;
  title: string;
  /** the language the content is written in (BCP 47 base: en, fr, es, pt, ar); English when absent */
  language?: string;
  summary: string;
  weeks: number;
  hoursPerWeek: number;
  coachingSessions: number;
  completion: CompletionCriteria;
  credential: CredentialDefinition;
  modules: ModuleDefinition[];
  sessionPlan: SessionPlanItem[];
}

export interface CompletionCriteria {
  allAssignmentsPassed: boolean;
  /** minimum share of live sessions attended, 0–100 */
  minAttendancePercent: number;
  coachingSessionsRequired: number;
}

export interface CredentialDefinition {
  name: string;
  description: string;
  criteria: string;
  /** null: never expires */
  validityMonths: number | null;
  /** true: issued as soon as a learner is eligible; false (default): after a partner admin approves */
  automaticIssuance?: boolean;
}

export const CONTENT_KINDS = ['TUTORIAL', 'VIDEO', 'READING', 'CASE_STUDY', 'LINK'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface ContentItemDefinition {
  /** stable across versions, so progress survives a republish */
  id: string;
  kind: ContentKind;
  title: string;
  body: string | null;
  url: string | null;
  minutes: number;
}

export const SUBMISSION_KINDS = ['TEXT', 'LINK', 'FILE'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export interface RubricCriterion {
  id: string;
  title: string;
  levels: { label: string; points: number }[];
}

export interface AssignmentDefinition {
  id: string;
  title: string;
  instructions: string;
  submissionKinds: SubmissionKind[];
  rubric: RubricCriterion[];
  passMark: number;
  /** due "day 6 at 23:59": day 1 is the week's opening day, time is cohort-local */
  dueDay: number;
  dueTime: string;
}

export interface ModuleDefinition {
  week: number;
  title: string;
  summary: string;
  contentItems: ContentItemDefinition[];
  assignment: AssignmentDefinition | null;
}

/** Problems that make a definition unpublishable, each naming where it is. */
export function definitionProblems(d: ProgrammeDefinition): string[] {
  const problems: string[] = [];
  if (d.modules.length !== d.weeks) problems.push(`The programme has ${d.weeks} weeks but ${d.modules.length} modules`);
  const weeks = d.modules.map((m) => m.week).sort((a, b) => a - b);
  weeks.forEach((w, i) => {
    if (w !== i + 1) problems.push(`Modules must be weeks 1 to ${d.weeks}, one each (found week ${w})`);
  });
  d.sessionPlan.forEach((s, i) => {
    if (s.week < 1 || s.week > d.weeks) problems.push(`Session ${i + 1} ("${s.title}") is in week ${s.week}, outside 1–${d.weeks}`);
  });
  const ids = new Set<string>();
  for (const m of d.modules) {
    for (const c of m.contentItems) {
      if (ids.has(c.id)) problems.push(`Content item id ${c.id} is used twice`);
      ids.add(c.id);
      if (c.kind === 'LINK' || c.kind === 'VIDEO') {
        if (!c.url) problems.push(`Week ${m.week}: "${c.title}" needs a URL`);
      } else if (!c.body && !c.url) problems.push(`Week ${m.week}: "${c.title}" needs a body or a URL`);
    }
    const a = m.assignment;
    if (a) {
      const max = a.rubric.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0);
      if (a.rubric.length === 0) problems.push(`Week ${m.week}: the assignment needs a rubric`);
      if (a.passMark > max) problems.push(`Week ${m.week}: the pass mark ${a.passMark} is above the rubric's maximum ${max}`);
      if (a.submissionKinds.length === 0) problems.push(`Week ${m.week}: the assignment needs at least one submission kind`);
    }
  }
  if (d.completion.coachingSessionsRequired > d.coachingSessions) {
    problems.push(`Completion asks for ${d.completion.coachingSessionsRequired} coaching sessions but learners have ${d.coachingSessions}`);
  }
  return problems;
}
