import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { checkSlot, type SlotRefusal } from '@beacon/domain';
import { AppError, badInput, conflict, forbidden, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { NotificationService, type Email } from '../notification/notification.service.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { BookingEntity, BookingStatus } from './entities/booking.entity.js';
import { AvailabilityService, type CoachRules } from './availability.service.js';
import {
  confirmedNear,
  loadEnrolmentContext,
  requireBookable,
  requireOwnEnrolment,
  type EnrolmentContext,
} from './coaching-slots.service.js';
import {
  countPastAsCoach,
  forEmail,
  loadBookingDetails,
  PAST_AS_COACH_SQL,
  toBookingModel,
  upcomingAsCoach,
  type BookingDetails,
} from './booking-details.query.js';
import { bookingCancelledEmail, bookingConfirmedEmail, bookingMovedEmail, type BookingParty } from './booking-emails.util.js';
import { BookingRemindersService } from './jobs/booking-reminders.service.js';
import { bookingErrors as msg, duration } from './booking.errors.js';
import type { BookingModel, PastCoachingSessionsModel, UpcomingCoachingSessionsModel } from './dto/booking.model.js';
import { Role } from '../common/role.js';

export const SLOT_TAKEN = msg.slotTaken.defaultMessage;
export const LEARNER_BUSY = msg.learnerBusy.defaultMessage;

function requireInstant(startsAt: Date): void {
  if (!(startsAt instanceof Date) || Number.isNaN(startsAt.getTime())) throw badInput(msg.startsAtNotDate, { field: 'startsAt' });
}

/** The database's own refusals (exclusion constraints, entitlement trigger) in the user's words. */
function fromDatabase(e: unknown): unknown {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = err.driverError?.code ?? err.code;
  const constraint = err.driverError?.constraint ?? err.constraint;
  if (code === '23P01' && constraint === 'booking_coach_no_overlap') return conflict(msg.slotTaken);
  if (code === '23P01' && constraint === 'booking_learner_no_overlap') return conflict(msg.learnerBusy);
  if (code === '23514' && constraint === 'booking_entitlement') return conflict(msg.entitlementUsed);
  return e;
}

/**
 * Learners book, move and cancel 1-on-1 coaching; coaches cancel with a reason. Every change
 * runs in one transaction that locks the enrolment (the entitlement and the learner's own
 * times) and the coach's availability (the coach's times and buffers), re-checks the slot
 * against the availability at that moment, and writes both parties' emails with their invite.
 * The database's exclusion constraints stay the last word on overlaps.
 */
@Injectable()
export class BookingService {
  private readonly log = new Logger('Booking');

  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly availability: AvailabilityService,
    private readonly notifications: NotificationService,
    private readonly reminders: BookingRemindersService,
  ) {}

  async book(
    viewer: Viewer,
    enrolmentId: string,
    coachId: string,
    startsAt: Date,
    clientMutationId?: string | null,
  ): Promise<BookingModel> {
    const now = new Date();
    requireInstant(startsAt);
    const { id, messageIds, repeated } = await this.db
      .transaction(async (tx) => {
        const ctx = requireOwnEnrolment(viewer, await loadEnrolmentContext(tx, enrolmentId, { lock: true }));
        // the same request again (a double click, a retry after a lost answer): the booking it made, no second email
        if (clientMutationId) {
          const [same]: { id: string }[] = await tx.query(`SELECT id FROM booking WHERE enrolment_id = $1 AND client_mutation_id = $2`, [
            ctx.id,
            clientMutationId,
          ]);
          if (same) return { id: same.id, messageIds: [] as string[], repeated: true };
        }
        requireBookable(ctx);
        const isCoach = await tx.query(`SELECT 1 FROM cohort_coach WHERE cohort_id = $1 AND user_id = $2`, [ctx.cohortId, coachId]);
        if (!isCoach.length) throw notFound('Coach');
        const [{ booked }]: { booked: number }[] = await tx.query(
          `SELECT count(*)::int AS booked FROM booking WHERE enrolment_id = $1 AND status = 'CONFIRMED'`,
          [ctx.id],
        );
        if (booked >= ctx.allowed) {
          throw conflict(ctx.allowed === 0 ? msg.noCoachingInProgramme : msg.allSessionsBooked.with({ allowed: ctx.allowed }));
        }
        const coach = await this.lockedRules(tx, coachId);
        const slot = await this.checkOrThrow(tx, coach, ctx, startsAt, now);
        const [{ id }]: { id: string }[] = await tx.query(
          `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, cancellation_cutoff_minutes, client_mutation_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [ctx.id, ctx.cohortId, ctx.userId, coachId, slot.start, slot.end, coach.cancellationCutoffMinutes, clientMutationId ?? null],
        );
        return {
          id,
          messageIds: await this.writeEmails(tx, id, (d, to, party) => bookingConfirmedEmail(to, party, forEmail(d))),
          repeated: false,
        };
      })
      .catch((e) => {
        throw fromDatabase(e);
      });
    if (!repeated) await this.afterCommit(id, messageIds, 'sync');
    return this.one(id);
  }

  /** The learner moves their booking to another open slot of the same coach, before the cut-off. */
  async reschedule(viewer: Viewer, bookingId: string, startsAt: Date): Promise<BookingModel> {
    const now = new Date();
    requireInstant(startsAt);
    const seen = await this.db.getRepository(BookingEntity).findOne({ where: { id: bookingId } });
    if (!seen || (seen.learnerId !== viewer.userId && seen.coachId !== viewer.userId)) throw notFound('Booking');
    if (seen.learnerId !== viewer.userId) throw forbidden(msg.onlyLearnerMoves);
    const { messageIds } = await this.db
      .transaction(async (tx) => {
        // the same lock order as booking: enrolment, then availability, then the booking itself
        const ctx = requireOwnEnrolment(viewer, await loadEnrolmentContext(tx, seen.enrolmentId, { lock: true }));
        const coach = await this.lockedRules(tx, seen.coachId);
        const b = await tx.getRepository(BookingEntity).findOne({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
        if (!b || b.status !== BookingStatus.CONFIRMED) throw conflict(msg.bookingCancelled);
        this.requireBeforeCutoff(b, now);
        requireBookable(ctx);
        if (b.startsAt.getTime() === startsAt.getTime()) throw badInput(msg.alreadyAtThatTime, { field: 'startsAt' });
        const slot = await this.checkOrThrow(tx, coach, ctx, startsAt, now, b.id);
        await tx.query(
          `UPDATE booking SET starts_at = $2, ends_at = $3, sequence = sequence + 1, cancellation_cutoff_minutes = $4, updated_at = now() WHERE id = $1`,
          [b.id, slot.start, slot.end, coach.cancellationCutoffMinutes],
        );
        return { messageIds: await this.writeEmails(tx, b.id, (d, to, party) => bookingMovedEmail(to, party, forEmail(d), b.startsAt)) };
      })
      .catch((e) => {
        throw fromDatabase(e);
      });
    await this.afterCommit(bookingId, messageIds, 'sync');
    return this.one(bookingId);
  }

  /**
   * The learner cancels up to the cut-off (a reason is optional); the coach cancels any time
   * before the start and must say why. The session returns to the learner's entitlement.
   * Cancelling a cancelled booking changes nothing.
   */
  async cancel(viewer: Viewer, bookingId: string, reason: string | null | undefined): Promise<BookingModel> {
    const now = new Date();
    const why = reason?.trim() || null;
    if (why && why.length > 1000) throw badInput(msg.reasonTooLong, { field: 'reason' });
    const { messageIds, cancelledNow } = await this.db.transaction(async (tx) => {
      const b = await tx.getRepository(BookingEntity).findOne({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
      const party: BookingParty | null = !b
        ? null
        : b.learnerId === viewer.userId
          ? 'LEARNER'
          : b.coachId === viewer.userId
            ? 'COACH'
            : null;
      if (!b || !party) throw notFound('Booking');
      if (b.status === BookingStatus.CANCELLED) return { messageIds: [], cancelledNow: false };
      if (party === 'COACH' && !why) throw badInput(msg.coachMustGiveReason, { field: 'reason' });
      if (b.startsAt.getTime() <= now.getTime()) throw conflict(msg.alreadyStarted);
      if (party === 'LEARNER') this.requireBeforeCutoff(b, now);
      await tx.query(
        `UPDATE booking SET status = 'CANCELLED', cancelled_at = now(), cancelled_by_id = $2, cancellation_reason = $3, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
        [b.id, viewer.userId, why],
      );
      return {
        messageIds: await this.writeEmails(tx, b.id, (d, to, p) => bookingCancelledEmail(to, p, forEmail(d), party)),
        cancelledNow: true,
      };
    });
    await this.afterCommit(bookingId, messageIds, cancelledNow ? 'drop' : 'none');
    return this.one(bookingId);
  }

  /** The viewer's bookings as learner or as coach, soonest first. */
  async mine(viewer: Viewer, filter: { status?: BookingStatus; from?: Date }, first: number, offset: number): Promise<BookingModel[]> {
    const rows = await loadBookingDetails(
      this.db,
      `(b.learner_id = $1 OR b.coach_id = $1) AND ($2::booking_status IS NULL OR b.status = $2) AND ($3::timestamptz IS NULL OR b.ends_at > $3)`,
      [viewer.userId, filter.status ?? null, filter.from ?? null],
      { first, offset },
    );
    return rows.map((d) => toBookingModel(d));
  }

  /**
   * The coach's own coaching sessions that have started, most recent first, a page at a time,
   * with how many there are and how many still await their outcome (over all of them): two
   * queries whatever the page size.
   */
  async pastAsCoach(viewer: Viewer, first: number, offset: number, now = new Date()): Promise<PastCoachingSessionsModel> {
    const params: [string, Date, string[]] = [viewer.userId, now, viewer.partnerIdsAs([Role.COACH])];
    const [rows, counts] = await Promise.all([
      loadBookingDetails(this.db, PAST_AS_COACH_SQL, params, { first, offset, newestFirst: true }),
      countPastAsCoach(this.db, params),
    ]);
    return {
      items: rows.map((d) => toBookingModel(d, now)),
      total: counts.total,
      toMark: counts.toMark,
      hasMore: offset + rows.length < counts.total,
    };
  }

  /**
   * The coach's own upcoming sessions (confirmed, not over yet), soonest first, a page at a time,
   * with how many there are: only in cohorts of partners they coach in and that they still coach.
   */
  async upcomingAsCoach(viewer: Viewer, first: number, offset: number, now = new Date()): Promise<UpcomingCoachingSessionsModel> {
    const { rows, total } = await upcomingAsCoach(
      this.db,
      { coachId: viewer.userId, now, partnerIds: viewer.partnerIdsAs([Role.COACH]) },
      { first, offset },
    );
    return { items: rows.map((d) => toBookingModel(d, now)), total, hasMore: offset + rows.length < total };
  }

  /** A cohort's bookings, for its partner's admins and its coaches; other cohorts are NOT_FOUND. */
  async forCohort(
    viewer: Viewer,
    cohortId: string,
    filter: { status?: BookingStatus; from?: Date },
    first: number,
    offset: number,
  ): Promise<BookingModel[]> {
    await this.access.require(viewer, cohortId, ['PARTNER_ADMIN', 'COACH']);
    const rows = await loadBookingDetails(
      this.db,
      `b.cohort_id = $1 AND ($2::booking_status IS NULL OR b.status = $2) AND ($3::timestamptz IS NULL OR b.ends_at > $3)`,
      [cohortId, filter.status ?? null, filter.from ?? null],
      { first, offset },
    );
    return rows.map((d) => toBookingModel(d));
  }

  private async one(id: string): Promise<BookingModel> {
    const [d] = await loadBookingDetails(this.db, 'b.id = $1', [id]);
    return toBookingModel(d);
  }

  private async lockedRules(tx: EntityManager, coachId: string): Promise<CoachRules> {
    const coach = (await this.availability.rulesFor(tx, [coachId], { lock: true })).get(coachId);
    if (!coach) throw badInput(msg.noAvailability, { field: 'coachId' });
    return coach;
  }

  private requireBeforeCutoff(b: Pick<BookingEntity, 'startsAt' | 'cancellationCutoffMinutes'>, now: Date): void {
    if (now.getTime() > b.startsAt.getTime() - b.cancellationCutoffMinutes * 60_000) {
      throw conflict(msg.pastCutoff.with(duration(b.cancellationCutoffMinutes)));
    }
  }

  /** Re-checks a start against the availability, bookings and dates as they are inside the transaction. */
  private async checkOrThrow(
    tx: EntityManager,
    coach: CoachRules,
    ctx: EnrolmentContext,
    startsAt: Date,
    now: Date,
    exceptBookingId?: string,
  ) {
    const around = { start: startsAt, end: new Date(startsAt.getTime() + coach.rules.slotMinutes * 60_000) };
    const [bookings, busy] = await Promise.all([
      confirmedNear(tx, 'coach_id', [coach.coachId], around, exceptBookingId),
      confirmedNear(tx, 'learner_id', [ctx.userId], around, exceptBookingId),
    ]);
    const check = checkSlot(coach.rules, startsAt, { now, within: ctx.within, bookings, busy });
    if (!check.ok) throw this.refusal(check.reason, coach, ctx);
    return check.slot;
  }

  private refusal(reason: SlotRefusal, coach: CoachRules, ctx: EnrolmentContext): AppError {
    const field = { field: 'startsAt', reason };
    switch (reason) {
      case 'PAST':
        return badInput(msg.inThePast, field);
      case 'TOO_SOON':
        return badInput(msg.tooSoon.with(duration(coach.rules.minNoticeMinutes)), field);
      case 'BEYOND_HORIZON':
        return badInput(msg.beyondHorizon.with({ days: coach.rules.horizonDays }), field);
      case 'OUTSIDE_DATES':
        return badInput(msg.outsideDates.with({ startDate: ctx.startDate, endDate: ctx.endDate }), field);
      case 'NOT_A_SLOT':
        return badInput(msg.notASlot, field);
      case 'TAKEN':
        return conflict(msg.slotTaken);
      case 'BUSY':
        return conflict(msg.learnerBusy);
    }
  }

  /** Writes one email to the learner and one to the coach, each in their own zone, with the invite. */
  private async writeEmails(
    tx: EntityManager,
    bookingId: string,
    make: (d: BookingDetails, to: BookingDetails['learner'], party: BookingParty) => Email,
  ): Promise<string[]> {
    const [d] = await loadBookingDetails(tx, 'b.id = $1', [bookingId]);
    const ids = [
      await this.notifications.write(tx, make(d, d.learner, 'LEARNER')),
      await this.notifications.write(tx, make(d, d.coach, 'COACH')),
    ];
    // a person who turned booking emails off gets none (notification settings)
    return ids.filter((id): id is string => id !== null);
  }

  /** Delivery and reminders follow the commit; if the queue is down, the workers' start-up sweeps catch up. */
  private async afterCommit(bookingId: string, messageIds: string[], reminders: 'sync' | 'drop' | 'none'): Promise<void> {
    await this.notifications.dispatch(messageIds);
    try {
      if (reminders === 'sync') await this.reminders.sync(bookingId);
      if (reminders === 'drop') await this.reminders.drop(bookingId);
    } catch (e) {
      this.log.warn(`reminders of booking ${bookingId} not updated: ${(e as Error).message}`);
    }
  }
}
