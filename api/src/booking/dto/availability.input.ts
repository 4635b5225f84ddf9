import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsTimeZone, IsUrl, Matches, Max, Min, ValidateNested } from 'class-validator';
import { AvailabilityExceptionKind } from '../entities/availability-exception.entity.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

@InputType()
export class WeeklyHoursInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  weekday: number;
  @Field({ description: 'HH:MM' }) @Matches(HHMM, { message: 'start must be a time such as 09:00' }) start: string;
  @Field({ description: 'HH:MM; 24:00 for midnight' })
  @Matches(HHMM, { message: 'end must be a time such as 17:00 (24:00 for midnight)' })
  end: string;
}

@InputType()
export class AvailabilityExceptionInput {
  @Field({ description: 'YYYY-MM-DD in the coach’s zone' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'an exception date must be a date such as 2026-12-24' })
  date: string;
  @Field(() => AvailabilityExceptionKind) @IsEnum(AvailabilityExceptionKind) kind: AvailabilityExceptionKind;
  @Field(() => String, { nullable: true, description: 'for EXTRA_HOURS' })
  @IsOptional()
  @Matches(HHMM, { message: 'start must be a time such as 09:00' })
  start?: string | null;
  @Field(() => String, { nullable: true, description: 'for EXTRA_HOURS' })
  @IsOptional()
  @Matches(HHMM, { message: 'end must be a time such as 17:00 (24:00 for midnight)' })
  end?: string | null;
}

@InputType({ description: 'Replaces the coach’s whole availability. Existing bookings are kept.' })
export class AvailabilityInput {
  @Field(() => String, { nullable: true, description: 'IANA zone; default: the zone of your profile' })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Africa/Johannesburg' })
  timeZone?: string | null;
  @Field(() => [WeeklyHoursInput])
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursInput)
  weeklyHours: WeeklyHoursInput[];
  @Field(() => [AvailabilityExceptionInput], { defaultValue: [] })
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityExceptionInput)
  exceptions: AvailabilityExceptionInput[];
  @Field(() => Int) @IsInt() slotMinutes: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() bufferBeforeMinutes: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() bufferAfterMinutes: number;
  @Field(() => Int) @IsInt() minNoticeMinutes: number;
  @Field(() => Int) @IsInt() horizonDays: number;
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'cancellationCutoffMinutes must be 0 or more' })
  @Max(14 * 24 * 60, { message: 'cancellationCutoffMinutes can be at most 14 days' })
  cancellationCutoffMinutes: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsUrl({ require_protocol: true }, { message: 'meetingUrl must be a full URL (https://…)' })
  meetingUrl?: string | null;
}
