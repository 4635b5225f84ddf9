import { Module } from '@nestjs/common';
import { CohortModule } from '../cohort/cohort.module.js';
import { AvailabilityService } from './availability.service.js';
import { AvailabilityResolver } from './availability.resolver.js';
import { BookingService } from './booking.service.js';
import { BookingResolver } from './booking.resolver.js';
import { BookingNoteResolver } from './booking-note.resolver.js';
import { BookingNoteService } from './booking-note.service.js';
import { BookingOutcomeResolver } from './booking-outcome.resolver.js';
import { CoachingSlotsService } from './coaching-slots.service.js';
import { BookingRemindersService } from './jobs/booking-reminders.service.js';

@Module({
  imports: [CohortModule],
  providers: [
    AvailabilityService,
    CoachingSlotsService,
    BookingService,
    BookingRemindersService,
    AvailabilityResolver,
    BookingResolver,
    BookingOutcomeResolver,
    BookingNoteService,
    BookingNoteResolver,
  ],
  exports: [AvailabilityService, BookingService, BookingRemindersService],
})
export class BookingModule {}
