import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AttendanceStatus } from '../entities/attendance.entity.js';

@InputType()
export class CommunityLinkInput {
  @Field() @IsString() @Length(1, 60) label: string;
  @Field() @IsUrl({ require_protocol: true }, { message: 'community link url must be a full URL (https://…)' }) url: string;
}

@InputType()
export class CreateCohortInput {
  @Field(() => ID) @IsUUID('all', { message: 'partnerId must be an id' }) partnerId: string;
  @Field(() => ID) @IsUUID('all', { message: 'programmeId must be an id' }) programmeId: string;
  @Field() @IsString() @Length(2, 120) name: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'startDate must be a date such as 2027-01-11' })
  @Length(10, 10, { message: 'startDate must be a date such as 2027-01-11' })
  startDate: string;
  @Field() @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Africa/Johannesburg' }) timeZone: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'capacity must be at least 1' }) @Max(5000) capacity: number;
  @Field(() => [CommunityLinkInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CommunityLinkInput)
  communityLinks: CommunityLinkInput[];
  @Field({ defaultValue: false, description: 'a start date before today (in the cohort’s zone) is taken only with this set' })
  @IsBoolean()
  confirmPastStart: boolean;
}

@InputType()
export class UpdateCohortInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(2, 120) name?: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(5000)
  capacity?: number;
  @Field(() => [CommunityLinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CommunityLinkInput)
  communityLinks?: CommunityLinkInput[];
  @Field({ nullable: true, description: 'YYYY-MM-DD; only while the cohort is a draft or open: its weeks and live sessions move with it' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'startDate must be a date such as 2027-01-11' })
  @Length(10, 10, { message: 'startDate must be a date such as 2027-01-11' })
  startDate?: string;
  @Field({ nullable: true, description: 'a start date before today (in the cohort’s zone) is taken only with this set' })
  @IsOptional()
  @IsBoolean()
  confirmPastStart?: boolean;
}

@InputType({ description: 'A new draft cohort like an existing one: same programme, zone, capacity, coaches and community links.' })
export class DuplicateCohortInput {
  @Field() @IsString() @Length(2, 120) name: string;
  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'startDate must be a date such as 2027-01-11' })
  @Length(10, 10, { message: 'startDate must be a date such as 2027-01-11' })
  startDate: string;
  @Field({ defaultValue: false }) @IsBoolean() confirmPastStart: boolean;
}

@InputType()
export class EnrolLearnerInput {
  @Field(() => ID) @IsUUID('all', { message: 'cohortId must be an id' }) cohortId: string;
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email: string;
  @Field() @IsString() @Length(1, 120) name: string;
}

@InputType()
export class UpdateLiveSessionInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 160) title?: string;
  @Field({ nullable: true }) @IsOptional() startsAt?: Date;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(5) @Max(600) durationMinutes?: number;
  @Field(() => ID, { nullable: true, description: 'a coach of the cohort; null to clear' }) @IsOptional() @IsUUID('all') hostId?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'joinUrl must be a full URL (https://…)' })
  joinUrl?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'recordingUrl must be a full URL (https://…)' })
  recordingUrl?: string | null;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) @IsUUID('all') enrolmentId: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status: AttendanceStatus;
}
