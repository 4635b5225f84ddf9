import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GradingState, type Verdict } from '@beacon/domain';
import { VerdictEnum } from './grading-enums.js';

@InputType()
export class SubmitAssignmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrolmentId must be an id' }) enrolmentId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(52) week: number;
  @Field(() => String, { nullable: true, description: 'the answer as text (markdown), when the assignment accepts TEXT' })
  @IsOptional()
  @IsString()
  @Length(1, 50_000, { message: 'text must be 1 to 50,000 characters' })
  text?: string | null;
  @Field(() => String, { nullable: true, description: 'a link to the work, when the assignment accepts LINK' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'link must be a full URL (https://…)' })
  link?: string | null;
  @Field(() => ID, { nullable: true, description: 'a file uploaded with POST /api/submissions/files, when the assignment accepts FILE' })
  @IsOptional()
  @IsUUID('all', { message: 'fileId must be an id' })
  fileId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'a UUID the client makes once per intended submission: sending it again (a double click, a retry) returns the version it made instead of adding another',
  })
  @IsOptional()
  @IsUUID('all', { message: 'clientMutationId must be a UUID' })
  clientMutationId?: string | null;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID) @IsString() @Length(1, 100) criterionId: string;
  @Field(() => Int) @IsInt() points: number;
}

@InputType()
export class SaveReviewInput {
  @Field(() => ID) @IsUUID('all', { message: 'submissionId must be an id' }) submissionId: string;
  @Field(() => [CriterionScoreInput], { description: 'one per rubric criterion, each with the points of one of its levels' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[];
  @Field(() => VerdictEnum, { description: 'PASS only when the total reaches the pass mark' }) @IsEnum(VerdictEnum) verdict: Verdict;
  @Field({ defaultValue: '', description: 'required with REVISE or FAIL' }) @IsString() @MaxLength(20_000) feedback: string;
  @Field(() => Int, { description: 'the review’s version you saw: 0 when there was none yet' }) @IsInt() @Min(0) expectedVersion: number;
}

@InputType()
export class GradingQueueFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'cohortId must be an id' }) cohortId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(52) week?: number | null;
  @Field(() => GradingState, { nullable: true, description: 'default: all' })
  @IsOptional()
  @IsEnum(GradingState)
  state?: GradingState | null;
}

@InputType()
export class SetCohortDueDateInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be an id' }) cohortId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(52) week: number;
  @Field(() => Date, { nullable: true, description: 'null: back to the programme’s due point' }) @IsOptional() dueAt?: Date | null;
}

@InputType()
export class SetDueExtensionInput {
  @Field(() => ID) @IsUUID('all', { message: 'enrolmentId must be an id' }) enrolmentId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(52) week: number;
  @Field(() => Date, { nullable: true, description: 'null: remove the extension' }) @IsOptional() dueAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) reason?: string | null;
}
