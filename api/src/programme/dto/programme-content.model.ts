import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AssignmentDefinition,
  CompletionCriteria,
  ContentItemDefinition,
  ContentKind,
  CredentialDefinition,
  ModuleDefinition,
  RubricCriterion,
  SessionPlanItem,
  SubmissionKind,
} from '@beacon/domain';
import { ContentKindEnum, SubmissionKindEnum } from './programme-enums.js';

/*
 * The parts of a programme definition as GraphQL types. Each has an explicit `from` mapping
 * from the stored JSON, so a field added to the definition is not exposed by accident.
 */

@ObjectType('ContentItem', { description: 'One item of a module: tutorial, video, reading, case study or link.' })
export class ContentItemModel {
  @Field(() => ID, { description: 'stable across versions, so progress survives a republish' }) id: string;
  @Field(() => ContentKindEnum) kind: ContentKind;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'Markdown' }) body: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => Int, { description: 'estimated minutes' }) minutes: number;

  static from(c: ContentItemDefinition): ContentItemModel {
    return Object.assign(new ContentItemModel(), {
      id: c.id,
      kind: c.kind,
      title: c.title,
      body: c.body ?? null,
      url: c.url ?? null,
      minutes: c.minutes,
    });
  }
}

@ObjectType('RubricLevel')
export class RubricLevelModel {
  @Field() label: string;
  @Field(() => Int) points: number;
}

@ObjectType('RubricCriterion', { description: 'One row of a rubric: a criterion and its levels with points.' })
export class RubricCriterionModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => [RubricLevelModel]) levels: RubricLevelModel[];

  static from(c: RubricCriterion): RubricCriterionModel {
    return Object.assign(new RubricCriterionModel(), {
      id: c.id,
      title: c.title,
      levels: c.levels.map((l) => Object.assign(new RubricLevelModel(), { label: l.label, points: l.points })),
    });
  }
}

/** The most points a submission can score: the best level of every criterion. */
export const rubricMaxPoints = (rubric: RubricCriterion[]): number =>
  rubric.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0);

@ObjectType('Assignment', { description: 'The assignment of a week, graded against its rubric.' })
export class AssignmentModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() instructions: string;
  @Field(() => [SubmissionKindEnum]) submissionKinds: SubmissionKind[];
  @Field(() => [RubricCriterionModel]) rubric: RubricCriterionModel[];
  @Field(() => Int) passMark: number;
  @Field(() => Int, { description: 'the rubric’s maximum total' }) maxPoints: number;
  @Field(() => Int, { description: 'day of the week it is due, 1 = the week’s opening day' }) dueDay: number;
  @Field({ description: 'HH:MM in the cohort’s time zone' }) dueTime: string;

  static from(a: AssignmentDefinition): AssignmentModel {
    return Object.assign(new AssignmentModel(), {
      id: a.id,
      title: a.title,
      instructions: a.instructions,
      submissionKinds: [...a.submissionKinds],
      rubric: a.rubric.map(RubricCriterionModel.from),
      passMark: a.passMark,
      maxPoints: rubricMaxPoints(a.rubric),
      dueDay: a.dueDay,
      dueTime: a.dueTime,
    });
  }
}

@ObjectType('ProgrammeModule', { description: 'One week of a programme.' })
export class ProgrammeModuleModel {
  @Field(() => Int) week: number;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => [ContentItemModel], { description: 'in the order learners follow them' }) contentItems: ContentItemModel[];
  @Field(() => AssignmentModel, { nullable: true }) assignment: AssignmentModel | null;

  static from(m: ModuleDefinition): ProgrammeModuleModel {
    return Object.assign(new ProgrammeModuleModel(), {
      week: m.week,
      title: m.title,
      summary: m.summary,
      contentItems: m.contentItems.map(ContentItemModel.from),
      assignment: m.assignment ? AssignmentModel.from(m.assignment) : null,
    });
  }
}

@ObjectType('SessionPlanItem', { description: 'A live session of the plan; cohorts date it from their start and time zone.' })
export class SessionPlanItemModel {
  @Field() title: string;
  @Field(() => Int) week: number;
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday' }) weekday: number;
  @Field({ description: 'HH:MM in the cohort’s time zone' }) time: string;
  @Field(() => Int) durationMinutes: number;

  static from(s: SessionPlanItem): SessionPlanItemModel {
    return Object.assign(new SessionPlanItemModel(), {
      title: s.title,
      week: s.week,
      weekday: s.weekday,
      time: s.time,
      durationMinutes: s.durationMinutes,
    });
  }
}

@ObjectType('CompletionCriteria', { description: 'What an enrolment must meet to earn the credential.' })
export class CompletionCriteriaModel {
  @Field() allAssignmentsPassed: boolean;
  @Field(() => Int, { description: 'minimum share of live sessions attended, 0–100' }) minAttendancePercent: number;
  @Field(() => Int) coachingSessionsRequired: number;

  static from(c: CompletionCriteria): CompletionCriteriaModel {
    return Object.assign(new CompletionCriteriaModel(), {
      allAssignmentsPassed: c.allAssignmentsPassed,
      minAttendancePercent: c.minAttendancePercent,
      coachingSessionsRequired: c.coachingSessionsRequired,
    });
  }
}

@ObjectType('CredentialDefinition', { description: 'The credential a programme awards.' })
export class CredentialDefinitionModel {
  @Field() name: string;
  @Field() description: string;
  @Field() criteria: string;
  @Field(() => Int, { nullable: true, description: 'null: never expires' }) validityMonths: number | null;
  @Field({ description: 'issued as soon as a learner is eligible, rather than on a partner admin’s approval' }) automaticIssuance: boolean;

  static from(c: CredentialDefinition): CredentialDefinitionModel {
    return Object.assign(new CredentialDefinitionModel(), {
      name: c.name,
      description: c.description,
      criteria: c.criteria,
      validityMonths: c.validityMonths ?? null,
      automaticIssuance: c.automaticIssuance ?? false,
    });
  }
}
