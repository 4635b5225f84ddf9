import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { badInput } from '../common/errors.js';
import { BookingNoteService } from './booking-note.service.js';
import { BookingNoteModel } from './dto/booking-note.model.js';
import { bookingErrors as msg } from './booking.errors.js';

const MAX_NOTE = 10_000;

@Resolver(() => BookingNoteModel)
@UseGuards(AuthGuard)
export class BookingNoteResolver {
  constructor(private readonly notes: BookingNoteService) {}

  @Allow(Role.COACH)
  @Query(() => [BookingNoteModel], {
    description: 'Your private notes on your coaching bookings (bookings that are not yours are left out).',
  })
  bookingNotes(
    @CurrentViewer() viewer: Viewer,
    @Args('bookingIds', { type: () => [ID] }) bookingIds: string[],
  ): Promise<BookingNoteModel[]> {
    if (bookingIds.length > 200) throw badInput(msg.tooManyBookings, { field: 'bookingIds' });
    return this.notes.notes(viewer, bookingIds);
  }

  @Allow(Role.COACH)
  @Mutation(() => BookingNoteModel, {
    description: 'Saves your private notes on one of your coaching bookings; empty text clears them. The learner never sees them.',
  })
  setBookingNote(
    @CurrentViewer() viewer: Viewer,
    @Args('bookingId', { type: () => ID }) bookingId: string,
    @Args('body') body: string,
  ): Promise<BookingNoteModel> {
    if (body.length > MAX_NOTE) throw badInput(msg.noteTooLong.with({ max: MAX_NOTE }), { field: 'body' });
    return this.notes.set(viewer, bookingId, body);
  }
}
