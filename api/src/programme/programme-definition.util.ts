import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import {
  blocksSaving,
  definitionProblems,
  describeRubricDefinitionIssue,
  rubricDefinitionIssuePath,
  rubricDefinitionIssues,
  type ProgrammeDefinition,
} from '@beacon/domain';
import { badInput } from '../common/errors.js';
import { ProgrammeDefinitionInput } from './dto/programme-definition.input.js';
import type { AssignmentInput, ContentItemInput, RubricCriterionInput } from './dto/programme-content.input.js';

/**
 * Checks any definition (GraphQL input, demo data, another module) against the input rules,
 * the same ones the validation pipe applies at the API's edge, and returns it as input.
 */
export async function validateDefinition(plain: ProgrammeDefinitionInput | ProgrammeDefinition): Promise<ProgrammeDefinitionInput> {
  const input = plainToInstance(ProgrammeDefinitionInput, plain);
  const errors = await validate(input, { whitelist: true, forbidUnknownValues: false });
  if (errors.length) {
    const messages = flatten(errors);
    throw badInput(messages.join('; '), { fields: messages });
  }
  const issues = rubricInputIssues(input);
  if (issues.length) {
    const messages = issues.map((i) => i.message);
    throw badInput(messages.join('; '), { fields: messages, issues });
  }
  return input;
}

/** A rubric problem of the input, where it is (a path as in the input) and what it is. */
export interface RubricInputIssue {
  path: string;
  code: string;
  message: string;
}

/**
 * The domain's rubric rules that make a rubric unusable for grading (a blank or repeated
 * criterion title, two levels worth the same…). A rubric still being written (no criteria yet,
 * a pass mark above its maximum) is saved, and reported by publishProblems.
 */
function rubricInputIssues(input: ProgrammeDefinitionInput): RubricInputIssue[] {
  return input.modules.flatMap((m, i) =>
    m.assignment
      ? rubricDefinitionIssues(m.assignment)
          .filter(blocksSaving)
          .map((issue) => ({
            path: `modules.${i}.assignment.${rubricDefinitionIssuePath(issue)}`,
            code: issue.code,
            message: `Week ${m.week}: ${describeRubricDefinitionIssue(issue)}`,
          }))
      : [],
  );
}

function flatten(errors: ValidationError[], parent?: string): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => (parent ? `${parent}.${m}` : m));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * The definition to store, mapped field by field from validated input. Items, assignments and
 * rubric criteria keep the ids they come with (progress and grades refer to them); new ones
 * get a fresh id.
 */
export function toDefinition(input: ProgrammeDefinitionInput): ProgrammeDefinition {
  return {
    code: input.code,
    title: input.title,
    language: input.language ?? 'en',
    summary: input.summary ?? '',
    weeks: input.weeks,
    hoursPerWeek: input.hoursPerWeek,
    coachingSessions: input.coachingSessions,
    completion: {
      allAssignmentsPassed: input.completion.allAssignmentsPassed,
      minAttendancePercent: input.completion.minAttendancePercent,
      coachingSessionsRequired: input.completion.coachingSessionsRequired,
    },
    credential: {
      name: input.credential.name,
      description: input.credential.description,
      criteria: input.credential.criteria,
      validityMonths: input.credential.validityMonths ?? null,
      automaticIssuance: input.credential.automaticIssuance ?? false,
    },
    modules: [...input.modules]
      .sort((a, b) => a.week - b.week)
      .map((m) => ({
        week: m.week,
        title: m.title,
        summary: m.summary ?? '',
        contentItems: m.contentItems.map(toContentItem),
        assignment: m.assignment ? toAssignment(m.assignment) : null,
      })),
    sessionPlan: (input.sessionPlan ?? []).map((s) => ({
      title: s.title,
      week: s.week,
      weekday: s.weekday,
      time: s.time,
      durationMinutes: s.durationMinutes,
    })),
  };
}

const idOr = (id: string | null | undefined) => id ?? randomUUID();

function toContentItem(c: ContentItemInput): ProgrammeDefinition['modules'][number]['contentItems'][number] {
  return { id: idOr(c.id), kind: c.kind, title: c.title, body: c.body ?? null, url: c.url ?? null, minutes: c.minutes };
}

function toAssignment(a: AssignmentInput): NonNullable<ProgrammeDefinition['modules'][number]['assignment']> {
  return {
    id: idOr(a.id),
    title: a.title,
    instructions: a.instructions,
    submissionKinds: [...a.submissionKinds],
    rubric: a.rubric.map((c: RubricCriterionInput) => ({
      id: idOr(c.id),
      title: c.title,
      levels: c.levels.map((l) => ({ label: l.label, points: l.points })),
    })),
    passMark: a.passMark,
    dueDay: a.dueDay,
    dueTime: a.dueTime,
  };
}

/**
 * Why a definition cannot be published: the domain's rules, plus the ids grading relies on
 * (an assignment id once per programme, a criterion id once per rubric).
 */
export function publishProblems(d: ProgrammeDefinition): string[] {
  const problems = definitionProblems(d);
  const assignmentIds = new Set<string>();
  for (const m of d.modules) {
    const a = m.assignment;
    if (!a) continue;
    if (assignmentIds.has(a.id)) problems.push(`Assignment id ${a.id} is used twice`);
    assignmentIds.add(a.id);
    const criteria = new Set<string>();
    for (const c of a.rubric) {
      if (criteria.has(c.id)) problems.push(`Week ${m.week}: rubric criterion id ${c.id} is used twice`);
      criteria.add(c.id);
    }
    // drafts saved before these rules were checked on saving
    for (const issue of rubricDefinitionIssues(a).filter(blocksSaving))
      problems.push(`Week ${m.week}: ${describeRubricDefinitionIssue(issue)}`);
  }
  return problems;
}

/** Both come back from jsonb, so key order and absent keys are normalised alike. */
export function hasUnpublishedChanges(draft: ProgrammeDefinition, latest: { definition: ProgrammeDefinition } | null): boolean {
  return !latest || !isDeepStrictEqual(draft, latest.definition);
}
