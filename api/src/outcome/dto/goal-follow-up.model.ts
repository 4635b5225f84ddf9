import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GoalReached } from '../entities/goal-check-in.entity.js';

@ObjectType('GoalFollowUp', {
  description: 'What a follow-up link shows: the goal set at the start and the answer recorded so far, nothing else.',
})
export class GoalFollowUpModel {
  @Field({ description: 'the learner’s first name' }) firstName: string;
  @Field() cohortName: string;
  @Field() statement: string;
  @Field(() => String, { nullable: true }) measure: string | null;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) byDate: string | null;
  @Field({ description: 'until when the link works' }) expiresAt: Date;
  @Field(() => GoalReached, { nullable: true, description: 'the follow-up recorded so far (with this link or in the app), null if none' })
  reached: GoalReached | null;
  @Field(() => Float, { nullable: true }) currentValue: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date, { nullable: true }) recordedAt: Date | null;
}

@InputType()
export class GoalFollowUpInput {
  @Field(() => GoalReached) @IsEnum(GoalReached) reached: GoalReached;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-1e11) @Max(1e11) currentValue?: number | null;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) note: string;
}
