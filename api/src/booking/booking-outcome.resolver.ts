import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { badInput, notFound } from '../common/errors.js';
import { CohortAccessService, type CohortRole } from '../cohort/cohort-access.service.js';
import { BookingOutcome } from './entities/booking.entity.js';
import { loadBookingDetails, toBookingModel } from './booking-details.query.js';
import { BookingModel } from './dto/booking.model.js';
import { bookingErrors as msg } from './booking.errors.js';

/**
 * The coach says what became of a coaching session once its time came: held, learner no-show
 * or coach no-show. Only a held session counts toward eligibility and the credential's
 * evidence. The booking's coach or a partner admin of its cohort may mark (and correct) it.
 */
@Resolver(() => BookingModel)
@UseGuards(AuthGuard)
export class BookingOutcomeResolver {
  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
  ) {}

  @Allow(Role.COACH, Role.PARTNER_ADMIN)
  @Mutation(() => BookingModel, {
    description: 'Marks a started coaching session held, learner no-show or coach no-show (only HELD counts toward the credential).',
  })
  async markBookingOutcome(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => BookingOutcome }) outcome: BookingOutcome,
  ): Promise<BookingModel> {
    if (!isUUID(id)) throw notFound('Booking');
    const [b]: { cohort_id: string; coach_id: string; status: string; starts_at: Date }[] = await this.db.query(
      `SELECT cohort_id, coach_id, status, starts_at FROM booking WHERE id = $1`,
      [id],
    );
    if (!b) throw notFound('Booking');
    // its coach while still coaching the cohort (assigned, holding the role in its partner), or the cohort's partner admin
    const roles: CohortRole[] = b.coach_id === viewer.userId ? ['COACH', 'PARTNER_ADMIN'] : ['PARTNER_ADMIN'];
    await this.access.require(viewer, b.cohort_id, roles).catch(() => {
      throw notFound('Booking');
    });
    if (b.status !== 'CONFIRMED') throw badInput(msg.cancelledHasNoOutcome);
    const now = new Date();
    if (new Date(b.starts_at).getTime() > now.getTime()) throw badInput(msg.notStartedYet);
    await this.db.query(
      `UPDATE booking SET outcome = $2, outcome_marked_at = $3, outcome_marked_by_id = $4, updated_at = now() WHERE id = $1`,
      [id, outcome, now, viewer.userId],
    );
    const [details] = await loadBookingDetails(this.db, 'b.id = $1', [id]);
    return toBookingModel(details, now);
  }
}
