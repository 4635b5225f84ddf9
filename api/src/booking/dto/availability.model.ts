import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AvailabilityExceptionKind } from '../entities/availability-exception.entity.js';

registerEnumType(AvailabilityExceptionKind, {
  name: 'AvailabilityExceptionKind',
  description: 'DAY_OFF drops a date’s weekly hours; EXTRA_HOURS adds a range on a date.',
});

@ObjectType('WeeklyHours', { description: 'A range of a coach’s weekly hours, wall-clock in the coach’s zone.' })
export class WeeklyHoursModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' }) weekday: number;
  @Field({ description: 'HH:MM' }) start: string;
  @Field({ description: 'HH:MM; 24:00 is the following midnight' }) end: string;
}

@ObjectType('AvailabilityException')
export class AvailabilityExceptionModel {
  @Field({ description: 'YYYY-MM-DD in the coach’s zone' }) date: string;
  @Field(() => AvailabilityExceptionKind) kind: AvailabilityExceptionKind;
  @Field(() => String, { nullable: true, description: 'HH:MM, for EXTRA_HOURS' }) start: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM, for EXTRA_HOURS' }) end: string | null;
}

@ObjectType('Availability', {
  description: 'A coach’s coaching availability: weekly hours in their own zone, exceptions and booking rules.',
})
export class AvailabilityModel {
  @Field(() => ID) coachId: string;
  @Field({ description: 'false until the coach saves availability; the other fields are then the defaults' }) published: boolean;
  @Field({ description: 'IANA zone in which the hours and exception dates are read' }) timeZone: string;
  @Field(() => [WeeklyHoursModel]) weeklyHours: WeeklyHoursModel[];
  @Field(() => [AvailabilityExceptionModel]) exceptions: AvailabilityExceptionModel[];
  @Field(() => Int) slotMinutes: number;
  @Field(() => Int) bufferBeforeMinutes: number;
  @Field(() => Int) bufferAfterMinutes: number;
  @Field(() => Int, { description: 'a slot must start at least this long from now' }) minNoticeMinutes: number;
  @Field(() => Int, { description: 'slots are offered this many days ahead' }) horizonDays: number;
  @Field(() => Int, { description: 'learners may cancel or move a booking until this long before it starts' })
  cancellationCutoffMinutes: number;
  @Field(() => String, { nullable: true, description: 'where sessions take place (video room link)' }) meetingUrl: string | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}
