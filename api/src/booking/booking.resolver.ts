import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { badInput, notFound, type NotFoundThing } from '../common/errors.js';
import { boundedPage, pageSize } from '../common/pagination.js';
import { BookingStatus } from './entities/booking.entity.js';
import { BookingService } from './booking.service.js';
import { CoachingSlotsService } from './coaching-slots.service.js';
import { BookingModel, CoachingSlotsModel, PastCoachingSessionsModel, UpcomingCoachingSessionsModel } from './dto/booking.model.js';
import { bookingErrors as msg } from './booking.errors.js';

/** The most sessions a page of a coach's sessions (upcoming or past) may ask for. */
const SESSIONS_PAGE_MAX = 50;

/** The DateTime scalar turns a malformed date into an invalid Date: refuse it here, as the services do. */
const instant = (value: Date | null | undefined, field: string): Date | undefined => {
  if (value === null || value === undefined) return undefined;
  if (Number.isNaN(value.getTime())) throw badInput(msg.fieldNotDate.with({ field }), { field });
  return value;
};

/** A malformed id names nothing: NOT_FOUND, like an id of something the viewer may not see. */
const id = (value: string, what: NotFoundThing) => {
  if (!isUUID(value)) throw notFound(what);
  return value;
};

@Resolver(() => BookingModel)
@UseGuards(AuthGuard)
export class BookingResolver {
  constructor(
    private readonly bookings: BookingService,
    private readonly slots: CoachingSlotsService,
  ) {}

  @Allow(Role.LEARNER)
  @Query(() => CoachingSlotsModel, {
    description:
      'Open 1-on-1 coaching slots of your cohort’s coaches starting in [from, to) (at most 62 days), with your remaining sessions.',
  })
  coachingSlots(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ): Promise<CoachingSlotsModel> {
    return this.slots.slots(viewer, id(enrolmentId, 'Enrolment'), from, to);
  }

  @Allow(Role.LEARNER, Role.COACH)
  @Query(() => [BookingModel], { description: 'Your coaching bookings, as learner or as coach, soonest first.' })
  myBookings(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => BookingStatus, nullable: true }) status: BookingStatus | undefined,
    @Args('from', { type: () => Date, nullable: true, description: 'only bookings ending after this instant' }) from: Date | undefined,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<BookingModel[]> {
    return this.bookings.mine(viewer, { status: status ?? undefined, from: instant(from, 'from') }, pageSize(first), Math.max(0, offset));
  }

  @Allow(Role.COACH)
  @Query(() => UpcomingCoachingSessionsModel, {
    description: `Your upcoming coaching sessions as coach (confirmed, not over yet), soonest first, a page at a time (first: at most ${SESSIONS_PAGE_MAX}), with how many there are.`,
  })
  myUpcomingCoachingSessions(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<UpcomingCoachingSessionsModel> {
    const page = boundedPage(first, offset, SESSIONS_PAGE_MAX);
    return this.bookings.upcomingAsCoach(viewer, page.first, page.offset);
  }

  @Allow(Role.COACH)
  @Query(() => PastCoachingSessionsModel, {
    description: `Your coaching sessions as coach that have started (confirmed), most recent first, a page at a time (first: at most ${SESSIONS_PAGE_MAX}), with how many there are and how many still await their outcome.`,
  })
  myPastCoachingSessions(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<PastCoachingSessionsModel> {
    const page = boundedPage(first, offset, SESSIONS_PAGE_MAX);
    return this.bookings.pastAsCoach(viewer, page.first, page.offset);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [BookingModel], { description: 'A cohort’s coaching bookings (its partner admins and coaches), soonest first.' })
  cohortBookings(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('status', { type: () => BookingStatus, nullable: true }) status: BookingStatus | undefined,
    @Args('from', { type: () => Date, nullable: true, description: 'only bookings ending after this instant' }) from: Date | undefined,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<BookingModel[]> {
    return this.bookings.forCohort(
      viewer,
      id(cohortId, 'Cohort'),
      { status: status ?? undefined, from: instant(from, 'from') },
      pageSize(first),
      Math.max(0, offset),
    );
  }

  @Allow(Role.LEARNER)
  @Mutation(() => BookingModel, {
    description: 'Books one of the open slots of a coach of your cohort; uses one of your coaching sessions. Both of you get an invite.',
  })
  bookCoaching(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
    @Args('clientMutationId', {
      type: () => String,
      nullable: true,
      description:
        'a UUID the client makes once per intended booking: sending it again (a double click, a retry) returns the booking it made instead of failing or booking twice',
    })
    clientMutationId?: string | null,
  ): Promise<BookingModel> {
    if (clientMutationId != null && !isUUID(clientMutationId)) throw badInput(msg.clientMutationIdNotUuid, { field: 'clientMutationId' });
    return this.bookings.book(viewer, id(enrolmentId, 'Enrolment'), id(coachId, 'Coach'), startsAt, clientMutationId);
  }

  @Allow(Role.LEARNER)
  @Mutation(() => BookingModel, {
    description: 'Moves your booking to another open slot of the same coach, until the cancellation cut-off.',
  })
  rescheduleBooking(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) bookingId: string,
    @Args('startsAt', { type: () => Date }) startsAt: Date,
  ): Promise<BookingModel> {
    return this.bookings.reschedule(viewer, id(bookingId, 'Booking'), startsAt);
  }

  @Allow(Role.LEARNER, Role.COACH)
  @Mutation(() => BookingModel, {
    description:
      'Cancels a booking: the learner until the cut-off (reason optional), the coach until it starts (reason required). The session returns to the learner’s allowance.',
  })
  cancelBooking(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) bookingId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | undefined,
  ): Promise<BookingModel> {
    return this.bookings.cancel(viewer, id(bookingId, 'Booking'), reason);
  }
}
