import { DateTime } from 'luxon';
import type { SlotRules } from '@beacon/domain';
import type { DemoExtensionContext } from '../demo/demo-context.js';
import { AvailabilityService } from './availability.service.js';

const ZONE = 'Africa/Johannesburg';

/** The demo coach's week: Monday to Thursday, mornings and afternoons, in Johannesburg. */
export const DEMO_COACH_RULES: SlotRules = {
  timeZone: ZONE,
  weekly: [1, 2, 3, 4].flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '14:00', end: '17:00' },
  ]),
  exceptions: [],
  slotMinutes: 45,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 12 * 60,
  horizonDays: 21,
};
export const DEMO_CUTOFF_MINUTES = 24 * 60;

/**
 * Demo data of the booking domain, loaded after the demo cohorts: the coach's availability; the
 * learner has had one coaching session (week 2) and has one booked next week; the graduate (and
 * the completed cohort's other graduates) had both of theirs, which their credentials rely on.
 */
export async function loadBookingDemo(ctx: DemoExtensionContext): Promise<void> {
  const { tx, users, now } = ctx;
  const coachId = users.get('coach@beacon.test')!;
  const r = DEMO_COACH_RULES;
  await tx.query(
    `INSERT INTO coach_availability (coach_id, time_zone, slot_minutes, buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, cancellation_cutoff_minutes, meeting_url)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      coachId,
      r.timeZone,
      r.slotMinutes,
      r.bufferBeforeMinutes,
      r.bufferAfterMinutes,
      r.minNoticeMinutes,
      r.horizonDays,
      DEMO_CUTOFF_MINUTES,
      'https://meet.example.org/coach-sipho',
    ],
  );
  await AvailabilityService.replaceHours(tx, coachId, r);

  /** a weekday at a wall-clock time in Johannesburg, `weeks` from this week's Monday */
  const at = (weeks: number, weekday: number, hour: number) =>
    DateTime.fromJSDate(now, { zone: ZONE })
      .startOf('week')
      .plus({ weeks, days: weekday - 1 })
      .set({ hour, minute: 0 })
      .toJSDate();
  const book = async (e: { id: string; cohort_id: string; user_id: string }, startsAt: Date) => {
    await tx.query(
      `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at, cancellation_cutoff_minutes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        e.id,
        e.cohort_id,
        e.user_id,
        coachId,
        startsAt,
        new Date(startsAt.getTime() + r.slotMinutes * 60_000),
        DEMO_CUTOFF_MINUTES,
        new Date(startsAt.getTime() - 5 * 24 * 60 * 60_000),
      ],
    );
  };
  /** the coach's learners in cohorts of a status, the demo accounts first */
  const enrolments = (cohortStatus: string, enrolmentStatus: string): Promise<{ id: string; cohort_id: string; user_id: string }[]> =>
    tx.query(
      `SELECT e.id, e.cohort_id, e.user_id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN "user" u ON u.id = e.user_id
        WHERE c.status = $1 AND e.status = $2 AND EXISTS (SELECT 1 FROM cohort_coach cc WHERE cc.cohort_id = c.id AND cc.user_id = $3)
        ORDER BY u.email NOT LIKE '%@beacon.test', u.email`,
      [cohortStatus, enrolmentStatus, coachId],
    );

  // the running cohort is in its third week: week 2 was last week, next week is its week 4
  const learner = (await enrolments('RUNNING', 'ACTIVE')).find((e) => e.user_id === users.get('learner@beacon.test'))!;
  await book(learner, at(-1, 2, 10));
  await book(learner, at(1, 2, 10));
  // the Accra cohort started twelve weeks ago: its graduates had both sessions, in weeks 2 and 5
  for (const [i, graduate] of (await enrolments('COMPLETED', 'COMPLETED')).entries()) {
    await book(graduate, at(-11, 3, 14 + i));
    await book(graduate, at(-8, 3, 14 + i));
  }
}
