import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LOCALES } from '../../auth/locale.js';
import { ProgrammeModuleInput, SessionPlanItemInput, Trim } from './programme-content.input.js';

/** The database's rule for programme codes (programme.code CHECK). */
export const PROGRAMME_CODE = /^[A-Z][A-Z0-9-]{1,15}$/;

@InputType()
export class CompletionCriteriaInput {
  @Field() @IsBoolean() allAssignmentsPassed: boolean;
  @Field(() => Int, { description: 'minimum share of live sessions attended, 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(52) coachingSessionsRequired: number;
}

@InputType()
export class CredentialDefinitionInput {
  @Field() @Trim() @IsString() @Length(2, 200) name: string;
  @Field() @Trim() @IsString() @Length(1, 2000) description: string;
  @Field() @Trim() @IsString() @Length(1, 2000) criteria: string;
  @Field(() => Int, { nullable: true, description: 'null: never expires' }) @IsOptional() @IsInt() @Min(1) @Max(600) validityMonths?:
    number | null;
  @Field({
    nullable: true,
    defaultValue: false,
    description: 'issue as soon as a learner is eligible (otherwise on a partner admin’s approval)',
  })
  @IsOptional()
  @IsBoolean()
  automaticIssuance?: boolean;
}

/**
 * A whole programme definition: creating a programme or replacing its draft. Rules that only
 * matter for publishing (weeks match modules, pass mark within the rubric…) are reported as
 * the draft's problems rather than refused here, so a draft can be saved half-done.
 */
@InputType()
export class ProgrammeDefinitionInput {
  @Field({ description: '2–16 capital letters, digits or dashes, starting with a letter, e.g. COIM' })
  @Trim()
  @Matches(PROGRAMME_CODE, { message: 'code must be 2–16 capital letters, digits or dashes, starting with a letter (e.g. COIM)' })
  code: string;
  @Field() @Trim() @IsString() @Length(2, 200) title: string;
  @Field({ nullable: true, description: 'the language the content is written in (en, fr, es, pt, ar); en when not given' })
  @IsOptional()
  @IsIn(LOCALES, { message: `language must be one of ${LOCALES.join(', ')}` })
  language?: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(4000) summary: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(52) weeks: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0.5) @Max(80) hoursPerWeek: number;
  @Field(() => Int, { description: '1-on-1 coaching sessions per learner' }) @IsInt() @Min(0) @Max(52) coachingSessions: number;
  @Field(() => CompletionCriteriaInput) @ValidateNested() @Type(() => CompletionCriteriaInput) completion: CompletionCriteriaInput;
  @Field(() => CredentialDefinitionInput) @ValidateNested() @Type(() => CredentialDefinitionInput) credential: CredentialDefinitionInput;
  @Field(() => [ProgrammeModuleInput])
  @IsArray()
  @ArrayMaxSize(52)
  @ValidateNested({ each: true })
  @Type(() => ProgrammeModuleInput)
  modules: ProgrammeModuleInput[];
  @Field(() => [SessionPlanItemInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SessionPlanItemInput)
  sessionPlan: SessionPlanItemInput[];
}
