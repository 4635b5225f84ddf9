import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsTimeZone, Length, Matches, MaxLength } from 'class-validator';
import { LOCALES } from '../locale.js';

@ArgsType()
export class ResetPasswordArgs {
  @Field() @IsString() @Length(10, 200) token: string;
  @Field() @IsString() @MaxLength(200) newPassword: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field() @IsString() @MaxLength(200) currentPassword: string;
  @Field() @IsString() @MaxLength(200) newPassword: string;
}

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  // no line breaks or other control characters in a name that lands in emails and exports
  @Matches(/^[^\p{Cc}\p{Cf}]*$/u, { message: 'name must not contain control characters' })
  name?: string;
  @Field({ nullable: true, description: 'an IANA time zone, e.g. Africa/Johannesburg' })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Africa/Johannesburg' })
  timeZone?: string;
  @Field({ nullable: true, description: `BCP 47 base language: ${LOCALES.join(', ')}` })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: string;
}

@InputType()
export class NotificationSettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() weekOpened?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() sessionReminders?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() dueSoon?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() reviewReleased?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() bookingChanges?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() credentialIssued?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() credentialExpiry?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() atRiskAlerts?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() goalFollowUps?: boolean;
}
