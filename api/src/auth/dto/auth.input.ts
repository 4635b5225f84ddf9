import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

@ArgsType()
export class LoginInput {
  @Field() @IsString() @MaxLength(254) email: string;
  @Field() @IsString() @MaxLength(200) password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(10, 200) token: string;
  @Field({ nullable: true, description: 'the new password; or, when the email already has an account, that account’s password' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  password?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 120) name?: string;
}
