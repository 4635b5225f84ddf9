import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { cohortEndDate, isLiveCohort, openSlots, weekOpensAt, type Interval } from '@beacon/domain';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { AvailabilityService } from './availability.service.js';
import type { CoachingSlotsModel } from './dto/booking.model.js';
import { bookingErrors as msg } from './booking.errors.js';
import type { ErrorMessage } from '../i18n/error-messages.js';

const DAY = 24 * 60 * 60_000;
/** the widest range of slots one query may ask for */
export const MAX_SLOT_RANGE_DAYS = 62;

/** An enrolment with what booking needs to know about its cohort and programme. */
export interface EnrolmentContext {
  id: string;
  userId: string;
  status: string;
  cohortId: string;
  cohortName: string;
  cohortStatus: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  /** the programme's coaching sessions per learner */
  allowed: number;
  /** from the first week's opening to the end of the last week, in the cohort's zone */
  within: Interval;
}

/**
 * Loads an enrolment; with `lock`, its row stays locked until the transaction ends, so one
 * learner's bookings are counted and checked one after the other.
 */
export async function loadEnrolmentContext(
  db: DataSource | EntityManager,
  enrolmentId: string,
  opts: { lock?: boolean } = {},
): Promise<EnrolmentContext | null> {
  const [r]: {
    id: string;
    user_id: string;
    status: string;
    cohort_id: string;
    name: string;
    cohort_status: string;
    start_date: string;
    time_zone: string;
    weeks: number;
    coaching: number | null;
  }[] = await db.query(
    `SELECT e.id, e.user_id, e.status, c.id AS cohort_id, c.name, c.status AS cohort_status, c.start_date::text AS start_date, c.time_zone,
              (pv.definition->>'weeks')::int AS weeks, (pv.definition->>'coachingSessions')::int AS coaching
         FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN programme_version pv ON pv.id = c.programme_version_id
        WHERE e.id = $1${opts.lock ? ' FOR UPDATE OF e' : ''}`,
    [enrolmentId],
  );
  if (!r) return null;
  return {
    id: r.id,
    userId: r.user_id,
    status: r.status,
    cohortId: r.cohort_id,
    cohortName: r.name,
    cohortStatus: r.cohort_status,
    startDate: r.start_date,
    endDate: cohortEndDate(r.start_date, r.time_zone, r.weeks),
    timeZone: r.time_zone,
    allowed: r.coaching ?? 0,
    within: { start: weekOpensAt(r.start_date, r.time_zone, 1), end: weekOpensAt(r.start_date, r.time_zone, r.weeks + 1) },
  };
}

/** The viewer's own enrolment; anyone else's (or a withdrawn one) is NOT_FOUND, so ids reveal nothing. */
export function requireOwnEnrolment(viewer: Viewer, ctx: EnrolmentContext | null): EnrolmentContext {
  if (!ctx || ctx.userId !== viewer.userId || ctx.status === 'WITHDRAWN') throw notFound('Enrolment');
  return ctx;
}

/** Whether coaching can be booked now: an active learner of a cohort that is open or running. */
export function bookingRefusal(ctx: EnrolmentContext): ErrorMessage | null {
  if (!isLiveCohort(ctx.cohortStatus)) return msg.cohortClosed.with({ cohort: ctx.cohortName, status: ctx.cohortStatus.toLowerCase() });
  if (ctx.status !== 'ACTIVE') return msg.enrolmentNotActive;
  return null;
}

export function requireBookable(ctx: EnrolmentContext): void {
  const refusal = bookingRefusal(ctx);
  if (refusal) throw conflict(refusal);
}

/** Confirmed bookings near an interval, by coach or by learner. */
export async function confirmedNear(
  db: DataSource | EntityManager,
  column: 'coach_id' | 'learner_id',
  ids: string[],
  around: Interval,
  exceptBookingId?: string,
) {
  const rows: { who: string; starts_at: Date; ends_at: Date }[] = await db.query(
    `SELECT ${column} AS who, starts_at, ends_at FROM booking
      WHERE ${column} = ANY($1::uuid[]) AND status = 'CONFIRMED' AND starts_at < $3 AND ends_at > $2 AND ($4::uuid IS NULL OR id <> $4)`,
    // a day either side covers any buffer
    [ids, new Date(around.start.getTime() - DAY), new Date(around.end.getTime() + DAY), exceptBookingId ?? null],
  );
  return rows.map((r) => ({ who: r.who, start: r.starts_at, end: r.ends_at }));
}

@Injectable()
export class CoachingSlotsService {
  constructor(
    private readonly db: DataSource,
    private readonly availability: AvailabilityService,
  ) {}

  /** A learner's coaching entitlement and the open slots of each coach of their cohort in [from, to). */
  async slots(viewer: Viewer, enrolmentId: string, from: Date, to: Date, now = new Date()): Promise<CoachingSlotsModel> {
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw badInput(msg.fromToNotDates);
    if (to <= from) throw badInput(msg.toBeforeFrom, { field: 'to' });
    if (to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * DAY)
      throw badInput(msg.rangeTooLong.with({ days: MAX_SLOT_RANGE_DAYS }), { field: 'to' });
    const ctx = requireOwnEnrolment(viewer, await loadEnrolmentContext(this.db, enrolmentId));

    const [coaches, [{ booked }], [learner]]: [
      { id: string; name: string; email: string; time_zone: string }[],
      { booked: number }[],
      { time_zone: string }[],
    ] = await Promise.all([
      this.db.query(
        `SELECT u.id, u.name, u.email, u.time_zone FROM cohort_coach cc JOIN "user" u ON u.id = cc.user_id WHERE cc.cohort_id = $1 ORDER BY u.name, u.id`,
        [ctx.cohortId],
      ),
      this.db.query(`SELECT count(*)::int AS booked FROM booking WHERE enrolment_id = $1 AND status = 'CONFIRMED'`, [ctx.id]),
      this.db.query(`SELECT time_zone FROM "user" WHERE id = $1`, [viewer.userId]),
    ]);
    const bookable = bookingRefusal(ctx) === null;
    const range = { start: from, end: to };
    const [rules, coachBookings, learnerBusy] = await Promise.all([
      this.availability.rulesFor(
        this.db.manager,
        coaches.map((c) => c.id),
      ),
      bookable
        ? confirmedNear(
            this.db,
            'coach_id',
            coaches.map((c) => c.id),
            range,
          )
        : [],
      bookable ? confirmedNear(this.db, 'learner_id', [viewer.userId], range) : [],
    ]);
    return {
      enrolmentId: ctx.id,
      learnerTimeZone: learner.time_zone,
      sessionsAllowed: ctx.allowed,
      sessionsBooked: booked,
      sessionsLeft: Math.max(0, ctx.allowed - booked),
      coaches: coaches.map((c) => {
        const r = rules.get(c.id);
        const slots =
          r && bookable
            ? openSlots(r.rules, {
                from,
                to,
                now,
                within: ctx.within,
                bookings: coachBookings.filter((b) => b.who === c.id),
                busy: learnerBusy,
              })
            : [];
        return {
          coach: { id: c.id, name: c.name, email: c.email },
          timeZone: r?.rules.timeZone ?? c.time_zone,
          published: !!r,
          slotMinutes: r?.rules.slotMinutes ?? 0,
          cancellationCutoffMinutes: r?.cancellationCutoffMinutes ?? 0,
          slots: slots.map((s) => ({ startsAt: s.start, endsAt: s.end })),
        };
      }),
    };
  }
}
