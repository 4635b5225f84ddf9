import type { DataSource, EntityManager } from 'typeorm';
import type { Recipient } from '../cohort/jobs/schedule-emails.util.js';
import { BookingOutcome, BookingStatus } from './entities/booking.entity.js';
import type { BookingModel } from './dto/booking.model.js';
import type { BookingForEmail } from './booking-emails.util.js';
import { toLocale } from '../i18n/i18n.js';

/** A booking with its people, cohort and meeting place: what lists, emails and reminders need. */
export interface BookingDetails {
  id: string;
  enrolmentId: string;
  cohortId: string;
  cohortName: string;
  learner: Recipient & { id: string };
  coach: Recipient & { id: string };
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  outcome: BookingOutcome | null;
  sequence: number;
  cancellationCutoffMinutes: number;
  cancelledAt: Date | null;
  cancelledBy: { id: string; name: string; email: string } | null;
  cancellationReason: string | null;
  meetingUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface Row {
  id: string;
  enrolment_id: string;
  cohort_id: string;
  cohort_name: string;
  learner_id: string;
  learner_name: string;
  learner_email: string;
  learner_zone: string;
  learner_locale: string;
  coach_id: string;
  coach_name: string;
  coach_email: string;
  coach_zone: string;
  coach_locale: string;
  starts_at: Date;
  ends_at: Date;
  status: BookingStatus;
  outcome: BookingOutcome | null;
  sequence: number;
  cancellation_cutoff_minutes: number;
  cancelled_at: Date | null;
  cancelled_by_id: string | null;
  cancelled_by_name: string | null;
  cancelled_by_email: string | null;
  cancellation_reason: string | null;
  meeting_url: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Bookings with everything around them in one query. `where` is a fixed condition written in
 * this folder (values go in `params`), never text from a request.
 */
export async function loadBookingDetails(
  db: DataSource | EntityManager,
  where: string,
  params: unknown[],
  page?: { first: number; offset: number; newestFirst?: boolean },
): Promise<BookingDetails[]> {
  const limit = page ? ` LIMIT ${Math.trunc(page.first)} OFFSET ${Math.trunc(page.offset)}` : '';
  const order = page?.newestFirst ? 'b.starts_at DESC, b.id DESC' : 'b.starts_at, b.id';
  const rows: Row[] = await db.query(
    `SELECT b.id, b.enrolment_id, b.cohort_id, c.name AS cohort_name,
            l.id AS learner_id, l.name AS learner_name, l.email AS learner_email, l.time_zone AS learner_zone, l.locale AS learner_locale,
            k.id AS coach_id, k.name AS coach_name, k.email AS coach_email, k.time_zone AS coach_zone, k.locale AS coach_locale,
            b.starts_at, b.ends_at, b.status, b.outcome, b.sequence, b.cancellation_cutoff_minutes,
            b.cancelled_at, x.id AS cancelled_by_id, x.name AS cancelled_by_name, x.email AS cancelled_by_email,
            b.cancellation_reason, a.meeting_url, b.created_at, b.updated_at
       FROM booking b
       JOIN cohort c ON c.id = b.cohort_id
       JOIN "user" l ON l.id = b.learner_id
       JOIN "user" k ON k.id = b.coach_id
       LEFT JOIN "user" x ON x.id = b.cancelled_by_id
       LEFT JOIN coach_availability a ON a.coach_id = b.coach_id
      WHERE ${where}
      ORDER BY ${order}${limit}`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    enrolmentId: r.enrolment_id,
    cohortId: r.cohort_id,
    cohortName: r.cohort_name,
    learner: {
      id: r.learner_id,
      name: r.learner_name,
      email: r.learner_email,
      timeZone: r.learner_zone,
      locale: toLocale(r.learner_locale),
    },
    coach: { id: r.coach_id, name: r.coach_name, email: r.coach_email, timeZone: r.coach_zone, locale: toLocale(r.coach_locale) },
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    outcome: r.outcome,
    sequence: r.sequence,
    cancellationCutoffMinutes: r.cancellation_cutoff_minutes,
    cancelledAt: r.cancelled_at,
    cancelledBy: r.cancelled_by_id ? { id: r.cancelled_by_id, name: r.cancelled_by_name!, email: r.cancelled_by_email! } : null,
    cancellationReason: r.cancellation_reason,
    meetingUrl: r.meeting_url,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/**
 * $1 a coach, $2 now, $3 the partners they coach in: their confirmed bookings that have started,
 * in cohorts of those partners (a coach removed from a partner no longer sees its sessions).
 */
export const PAST_AS_COACH_SQL = `b.coach_id = $1 AND b.status = 'CONFIRMED' AND b.starts_at <= $2 AND c.partner_id = ANY($3::uuid[])`;

/** How many bookings `PAST_AS_COACH_SQL` (same parameters) finds, and how many of them await their outcome. */
export async function countPastAsCoach(
  db: DataSource | EntityManager,
  params: [string, Date, string[]],
): Promise<{ total: number; toMark: number }> {
  const [row]: { total: number; to_mark: number }[] = await db.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE b.outcome IS NULL)::int AS to_mark
       FROM booking b JOIN cohort c ON c.id = b.cohort_id
      WHERE ${PAST_AS_COACH_SQL}`,
    params,
  );
  return { total: row?.total ?? 0, toMark: row?.to_mark ?? 0 };
}

/**
 * The coach `coach`'s upcoming sessions at `now` (placeholders): confirmed, not over yet, in
 * cohorts of the partners `partners` they coach in, and in cohorts they are still assigned to —
 * a coach removed from a partner or unassigned from a cohort no longer sees its sessions.
 */
const upcomingAsCoachSql = (coach: string, now: string, partners: string) =>
  `b.coach_id = ${coach} AND b.status = '${BookingStatus.CONFIRMED}' AND b.ends_at > ${now} AND c.partner_id = ANY(${partners}::uuid[])
   AND EXISTS (SELECT 1 FROM cohort_coach cc WHERE cc.cohort_id = b.cohort_id AND cc.user_id = b.coach_id)`;

/**
 * A page of a coach's upcoming sessions, soonest first, and how many there are in all: two
 * queries whatever the page size.
 */
export async function upcomingAsCoach(
  db: DataSource | EntityManager,
  { coachId, now, partnerIds }: { coachId: string; now: Date; partnerIds: string[] },
  page: { first: number; offset: number },
): Promise<{ rows: BookingDetails[]; total: number }> {
  const params = [coachId, now, partnerIds];
  const [rows, [count]] = await Promise.all([
    loadBookingDetails(db, upcomingAsCoachSql('$1', '$2', '$3'), params, page),
    db.query(
      `SELECT count(*)::int AS total FROM booking b JOIN cohort c ON c.id = b.cohort_id WHERE ${upcomingAsCoachSql('$1', '$2', '$3')}`,
      params,
    ) as Promise<{ total: number }[]>,
  ]);
  return { rows, total: count?.total ?? 0 };
}

export const cancellableUntil = (d: Pick<BookingDetails, 'startsAt' | 'cancellationCutoffMinutes'>) =>
  new Date(d.startsAt.getTime() - d.cancellationCutoffMinutes * 60_000);

export function toBookingModel(d: BookingDetails, now = new Date()): BookingModel {
  const person = (p: { id: string; name: string; email: string }) => ({ id: p.id, name: p.name, email: p.email });
  return {
    id: d.id,
    enrolmentId: d.enrolmentId,
    cohortId: d.cohortId,
    cohortName: d.cohortName,
    coach: person(d.coach),
    learner: person(d.learner),
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    status: d.status,
    // only a booking the coach marked as held counts toward the credential
    held: d.status === BookingStatus.CONFIRMED && d.outcome === BookingOutcome.HELD,
    outcome: d.outcome,
    awaitingOutcome: d.status === BookingStatus.CONFIRMED && d.outcome === null && d.startsAt.getTime() <= now.getTime(),
    cancellableUntil: cancellableUntil(d),
    sequence: d.sequence,
    meetingUrl: d.meetingUrl,
    cancelledAt: d.cancelledAt,
    cancelledBy: d.cancelledBy,
    cancellationReason: d.cancellationReason,
    createdAt: d.createdAt,
  };
}

/**
 * For a user's calendar feed (calendar/): their bookings as learner or coach, cancelled ones
 * included so that calendar apps remove the event. One query; each row goes through
 * `bookingFeedEventData` (booking-invite.util.ts).
 */
export async function bookingsForFeed(db: DataSource | EntityManager, userId: string): Promise<(BookingForEmail & { updatedAt: Date })[]> {
  const rows = await loadBookingDetails(db, `(b.learner_id = $1 OR b.coach_id = $1) AND b.ends_at > now() - interval '180 days'`, [userId]);
  return rows.map((d) => ({ ...forEmail(d), updatedAt: d.updatedAt }));
}

export function forEmail(d: BookingDetails): BookingForEmail {
  return {
    id: d.id,
    sequence: d.sequence,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    cancelled: d.status === BookingStatus.CANCELLED,
    cohortName: d.cohortName,
    coach: d.coach,
    learner: d.learner,
    meetingUrl: d.meetingUrl,
    cancellationReason: d.cancellationReason,
    cancellableUntil: cancellableUntil(d),
  };
}
