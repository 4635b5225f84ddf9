import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ProgrammeDefinition } from '@beacon/domain';
import {
  CompletionCriteriaModel,
  CredentialDefinitionModel,
  ProgrammeModuleModel,
  SessionPlanItemModel,
} from './programme-content.model.js';

/** The fields of a programme definition, shared by a draft (Programme) and a published version (ProgrammeDefinition). */
@ObjectType({ isAbstract: true })
export abstract class ProgrammeDefinitionFields {
  @Field({ description: 'short code, e.g. COIM' }) code: string;
  @Field() title: string;
  @Field({
    description:
      'the language the content is written in (BCP 47 base: en, fr, es, pt, ar): programme content is shown as authored, whatever the reader’s language',
  })
  language: string;
  @Field() summary: string;
  @Field(() => Int) weeks: number;
  @Field(() => Float) hoursPerWeek: number;
  @Field(() => Int, { description: '1-on-1 coaching sessions per learner' }) coachingSessions: number;
  @Field(() => CompletionCriteriaModel) completion: CompletionCriteriaModel;
  @Field(() => CredentialDefinitionModel) credential: CredentialDefinitionModel;
  @Field(() => [ProgrammeModuleModel], { description: 'one per week, in week order' }) modules: ProgrammeModuleModel[];
  @Field(() => [SessionPlanItemModel]) sessionPlan: SessionPlanItemModel[];
}

@ObjectType('ProgrammeDefinition', { description: 'The content of a programme as published in one version.' })
export class ProgrammeDefinitionModel extends ProgrammeDefinitionFields {}

/** Copies a stored definition onto a GraphQL model (a ProgrammeDefinitionModel, or a Programme). */
export function assignDefinitionFields<T extends ProgrammeDefinitionFields>(target: T, d: ProgrammeDefinition): T {
  return Object.assign(target, {
    code: d.code,
    title: d.title,
    language: d.language ?? 'en',
    summary: d.summary,
    weeks: d.weeks,
    hoursPerWeek: d.hoursPerWeek,
    coachingSessions: d.coachingSessions,
    completion: CompletionCriteriaModel.from(d.completion),
    credential: CredentialDefinitionModel.from(d.credential),
    modules: [...d.modules].sort((a, b) => a.week - b.week).map(ProgrammeModuleModel.from),
    sessionPlan: d.sessionPlan.map(SessionPlanItemModel.from),
  });
}

/**
 * A definition (e.g. the version a cohort pinned) as the GraphQL `ProgrammeDefinition`, so
 * every module presents programme content with the same types.
 */
export function toProgrammeDefinitionModel(d: ProgrammeDefinition): ProgrammeDefinitionModel {
  return assignDefinitionFields(new ProgrammeDefinitionModel(), d);
}
