import { Booking1764300000000 } from '../database/migrations/1764300000000-booking.js';
import { AvailabilityExceptionEntity } from './entities/availability-exception.entity.js';
import { BookingEntity } from './entities/booking.entity.js';
import { CoachAvailabilityEntity } from './entities/coach-availability.entity.js';
import { CoachWeeklyHoursEntity } from './entities/coach-weekly-hours.entity.js';

/**
 * The booking domain's TypeORM entities and migrations, registered by database/data-source.ts.
 */
export const bookingEntities: (new () => unknown)[] = [
  CoachAvailabilityEntity,
  CoachWeeklyHoursEntity,
  AvailabilityExceptionEntity,
  BookingEntity,
];
export const bookingMigrations: (new () => unknown)[] = [Booking1764300000000];
