import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { GoalInput } from '../../outcome/dto/goal.model.js';

@ArgsType()
export class LoginInput {
  @Field() @IsString() @MaxLength(254) email: string;
  @Field() @IsString() @MaxLength(200) password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(10, 200) token: string;
  @Field({ nullable: true, description: 'the password of the new account (not used when accepting from an existing account’s session)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  password?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 120) name?: string;
  @Field(() => GoalInput, {
    nullable: true,
    description: 'a learner’s goal for the cohorts this invitation enrols them in (see InvitationPreview.cohortNames)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GoalInput)
  goal?: GoalInput | null;
}
