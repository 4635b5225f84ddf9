import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CONTENT_KINDS, SUBMISSION_KINDS, type ContentKind, type SubmissionKind } from '@beacon/domain';
import { ContentKindEnum, SubmissionKindEnum } from './programme-enums.js';

/*
 * Input for the parts of a definition. Messages start with the field's name: the validation
 * pipe prefixes the path (e.g. "sessionPlan.3.weekday must not be greater than 7").
 */

/** Ids given by the client (or demo data) are kept so progress and grades survive a republish. */
export const CONTENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
const ID_MESSAGE = { message: '$property must be 1–80 letters, digits, dashes, dots, colons or underscores' };
/** 24-hour wall-clock time, 00:00–23:59 */
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = { message: '$property must be a 24-hour time HH:MM between 00:00 and 23:59, such as 17:00' };

/** Text is trimmed before it is checked, so "   " is as empty as "". */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** A form's empty field means "none". */
const EmptyAsNull = () => Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value));

@InputType()
export class ContentItemInput {
  @Field(() => ID, { nullable: true, description: 'keep the id of an existing item; new items get one' })
  @IsOptional()
  @Matches(CONTENT_ID, ID_MESSAGE)
  id?: string | null;
  @Field(() => ContentKindEnum) @IsIn(CONTENT_KINDS) kind: ContentKind;
  @Field() @Trim() @IsString() @Length(1, 200) title: string;
  @Field(() => String, { nullable: true, description: 'Markdown' }) @EmptyAsNull() @IsOptional() @IsString() @MaxLength(50_000) body?:
    string | null;
  @Field(() => String, { nullable: true })
  @EmptyAsNull()
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: '$property must be an http(s) URL such as https://example.org/page' },
  )
  @MaxLength(2000)
  url?: string | null;
  @Field(() => Int) @IsInt() @Min(1) @Max(600) minutes: number;
}

@InputType()
export class RubricLevelInput {
  @Field() @Trim() @IsString() @Length(1, 100) label: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(1000) points: number;
}

@InputType()
export class RubricCriterionInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(CONTENT_ID, ID_MESSAGE) id?: string | null;
  @Field() @Trim() @IsString() @Length(1, 200) title: string;
  @Field(() => [RubricLevelInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricLevelInput)
  levels: RubricLevelInput[];
}

@InputType()
export class AssignmentInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(CONTENT_ID, ID_MESSAGE) id?: string | null;
  @Field() @Trim() @IsString() @Length(1, 200) title: string;
  @Field() @Trim() @IsString() @Length(1, 20_000) instructions: string;
  @Field(() => [SubmissionKindEnum])
  @IsArray()
  @ArrayMaxSize(SUBMISSION_KINDS.length)
  @ArrayUnique()
  @IsIn(SUBMISSION_KINDS, { each: true })
  submissionKinds: SubmissionKind[];
  @Field(() => [RubricCriterionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  rubric: RubricCriterionInput[];
  @Field(() => Int, { description: 'checked against the rubric’s maximum when publishing' }) @IsInt() @Min(0) @Max(20_000) passMark: number;
  @Field(() => Int, { description: '1 = the week’s opening day … 7' }) @IsInt() @Min(1) @Max(7) dueDay: number;
  @Field({ description: 'HH:MM in the cohort’s time zone' }) @Matches(HH_MM, TIME_MESSAGE) dueTime: string;
}

@InputType()
export class ProgrammeModuleInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(52) week: number;
  @Field() @Trim() @IsString() @Length(1, 200) title: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(4000) summary: string;
  @Field(() => [ContentItemInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContentItemInput)
  contentItems: ContentItemInput[];
  @Field(() => AssignmentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssignmentInput)
  assignment?: AssignmentInput | null;
}

@InputType()
export class SessionPlanItemInput {
  @Field() @Trim() @IsString() @Length(1, 200) title: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(52) week: number;
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday' }) @IsInt() @Min(1) @Max(7) weekday: number;
  @Field({ description: 'HH:MM in the cohort’s time zone' }) @Matches(HH_MM, TIME_MESSAGE) time: string;
  // live sessions are 5–600 minutes (a database rule on live_session)
  @Field(() => Int) @IsInt() @Min(5) @Max(600) durationMinutes: number;
}
