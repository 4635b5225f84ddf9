import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonModel } from '../../cohort/dto/cohort.model.js';
import { BookingOutcome, BookingStatus } from '@beacon/domain';

registerEnumType(BookingStatus, { name: 'BookingStatus' });
registerEnumType(BookingOutcome, {
  name: 'BookingOutcome',
  description: 'What became of a confirmed booking, marked by its coach: only HELD counts toward the credential.',
});

@ObjectType('Booking', {
  description: 'A 1-on-1 coaching session. Times are instants: show them in the viewer’s zone with the zone named.',
})
export class BookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) enrolmentId: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => PersonModel) coach: PersonModel;
  @Field(() => PersonModel) learner: PersonModel;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field({ description: 'its coach marked it held: it counts as a coaching session held' }) held: boolean;
  @Field(() => BookingOutcome, { nullable: true }) outcome: BookingOutcome | null;
  @Field({ description: 'confirmed, started, and not yet marked held or a no-show' }) awaitingOutcome: boolean;
  @Field({ description: 'the learner can cancel or move it until then' }) cancellableUntil: Date;
  @Field(() => Int, { description: 'revision of its calendar invite (iCalendar SEQUENCE)' }) sequence: number;
  @Field(() => String, { nullable: true }) meetingUrl: string | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => PersonModel, { nullable: true }) cancelledBy: PersonModel | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field() createdAt: Date;
}

@ObjectType('PastCoachingSessions', {
  description: 'One page of a coach’s coaching sessions that have started, most recent first, with the counts of all of them.',
})
export class PastCoachingSessionsModel {
  @Field(() => [BookingModel]) items: BookingModel[];
  @Field(() => Int, { description: 'all the coach’s sessions that have started, on every page' }) total: number;
  @Field() hasMore: boolean;
  @Field(() => Int, { description: 'of all of them, those not yet marked held or a no-show' }) toMark: number;
}

@ObjectType('UpcomingCoachingSessions', {
  description: 'One page of a coach’s upcoming coaching sessions (confirmed, not over yet), soonest first, with how many there are.',
})
export class UpcomingCoachingSessionsModel {
  @Field(() => [BookingModel]) items: BookingModel[];
  @Field(() => Int, { description: 'all the coach’s upcoming sessions, on every page' }) total: number;
  @Field() hasMore: boolean;
}

@ObjectType('CoachingSlot')
export class CoachingSlotModel {
  @Field() startsAt: Date;
  @Field() endsAt: Date;
}

@ObjectType('CoachSlots', { description: 'One coach of the cohort and their open slots.' })
export class CoachSlotsModel {
  @Field(() => PersonModel) coach: PersonModel;
  @Field({ description: 'the coach’s own zone' }) timeZone: string;
  @Field({ description: 'false when the coach has not published availability (no slots)' }) published: boolean;
  @Field(() => Int) slotMinutes: number;
  @Field(() => Int) cancellationCutoffMinutes: number;
  @Field(() => [CoachingSlotModel]) slots: CoachingSlotModel[];
}

@ObjectType('CoachingSlots', { description: 'What a learner can book for one enrolment: their entitlement and each coach’s open slots.' })
export class CoachingSlotsModel {
  @Field(() => ID) enrolmentId: string;
  @Field({ description: 'the learner’s zone, in which to show the slots (name it)' }) learnerTimeZone: string;
  @Field(() => Int, { description: 'coaching sessions the programme gives each learner' }) sessionsAllowed: number;
  @Field(() => Int, { description: 'confirmed bookings, held or upcoming' }) sessionsBooked: number;
  @Field(() => Int) sessionsLeft: number;
  @Field(() => [CoachSlotsModel]) coaches: CoachSlotsModel[];
}
