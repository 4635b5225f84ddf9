import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { IsDateString, IsEnum, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, validate } from 'class-validator';
import { badInput } from '../../common/errors.js';
import { PersonModel } from '../../cohort/dto/cohort.model.js';
import { GoalCheckInKind, GoalReached } from '../entities/goal-check-in.entity.js';

registerEnumType(GoalCheckInKind, {
  name: 'GoalCheckInKind',
  description: 'MID: mid-programme (week 4); END: the last week; FOLLOW_UP: after the cohort has ended',
});
registerEnumType(GoalReached, { name: 'GoalReached' });

@ObjectType('GoalCheckIn')
export class GoalCheckInModel {
  @Field(() => ID) id: string;
  @Field(() => GoalCheckInKind) kind: GoalCheckInKind;
  @Field(() => Float, { nullable: true }) currentValue: number | null;
  @Field(() => GoalReached) reached: GoalReached;
  @Field() note: string;
  @Field() recordedAt: Date;
  @Field(() => Date, { nullable: true }) coachConfirmedAt: Date | null;
  @Field(() => PersonModel, { nullable: true }) coachConfirmedBy: PersonModel | null;
  @Field(() => String, { nullable: true }) coachComment: string | null;
}

@ObjectType('EnrolmentGoal', { description: 'A learner’s outcome goal, made measurable, and its check-ins.' })
export class EnrolmentGoalModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => String, { nullable: true }) statement: string | null;
  @Field(() => String, { nullable: true, description: 'what is measured, e.g. “repeat calls per week”' }) measure: string | null;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) byDate: string | null;
  @Field(() => [GoalCheckInModel], { description: 'MID, END, FOLLOW_UP order' }) checkIns: GoalCheckInModel[];
  @Field(() => [GoalCheckInKind], { description: 'the check-ins the learner may record now' }) checkInsOpen: GoalCheckInKind[];
}

@ObjectType('LearnerGoal', { description: 'One learner of a cohort with their goal and check-ins, for the cohort’s staff.' })
export class LearnerGoalModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => EnrolmentGoalModel) goal: EnrolmentGoalModel;
}

@InputType()
export class GoalInput {
  @Field({ description: 'what the learner wants to change at work' }) @IsString() @MinLength(1) @MaxLength(2000) statement: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) measure?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-1e11) @Max(1e11) baseline?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-1e11) @Max(1e11) target?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsDateString({ strict: true }) byDate?: string | null;
}

/**
 * For an optional GoalInput argument: the global ValidationPipe would validate an absent one as
 * an empty object (and refuse it), so such an argument is declared `unknown` and checked here.
 */
export async function optionalGoalInput(value: unknown): Promise<GoalInput | undefined> {
  if (value === null || value === undefined) return undefined;
  const goal = plainToInstance(GoalInput, value);
  const errors = await validate(goal, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw badInput(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '), { field: 'goal' });
  return goal;
}

@InputType()
export class GoalCheckInInput {
  @Field(() => GoalCheckInKind) @IsEnum(GoalCheckInKind) kind: GoalCheckInKind;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-1e11) @Max(1e11) currentValue?: number | null;
  @Field(() => GoalReached) @IsEnum(GoalReached) reached: GoalReached;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) note: string;
}
