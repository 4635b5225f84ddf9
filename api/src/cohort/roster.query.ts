import { PreparedQuery } from '../common/prepared-query.js';
import { learnerMatchesSql, learnerNameSql, standingEnrolment, takingPartEnrolment } from './cohort.queries.js';
import type { AttendanceStatus } from './entities/attendance.entity.js';
import type { EnrolmentStatus } from './entities/enrolment.entity.js';

/**
 * The roster's SQL: a cohort's learners with progress and attendance, whole or a page at a time,
 * and a session's attendance sheet a page at a time. Attendance is read by the cohort's held
 * sessions (the attendance key leads with the session), as it is only ever recorded for a
 * session's own learners. Every page query answers at least one row: past the last page, the
 * counts with a null id.
 */

/** The cohort `cohort`'s sessions held at `now` (placeholders): started and not cancelled. */
const heldSql = (cohort: string, now: string) =>
  `(SELECT count(*)::int FROM live_session s WHERE s.cohort_id = ${cohort} AND s.cancelled_at IS NULL AND s.starts_at <= ${now})`;

/** Per enrolment of the cohort `cohort`: sessions held at `now` it was present at and excused from. */
const marksSql = (cohort: string, now: string) => `SELECT a.enrolment_id,
                          count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
                          count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused
                     FROM live_session s JOIN attendance a ON a.live_session_id = s.id
                    WHERE s.cohort_id = ${cohort} AND s.cancelled_at IS NULL AND s.starts_at <= ${now}
                    GROUP BY a.enrolment_id`;

/** The marks of enrolment `enrolment` alone (a LATERAL subquery), as marksSql counts them. */
const marksOfSql = (cohort: string, now: string, enrolment: string) => `SELECT count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
                               count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused
                          FROM live_session s JOIN attendance a ON a.live_session_id = s.id AND a.enrolment_id = ${enrolment}
                         WHERE s.cohort_id = ${cohort} AND s.cancelled_at IS NULL AND s.starts_at <= ${now}`;

/** A roster row as the roster queries return it. */
export interface RosterRowData {
  id: string;
  cohort_id: string;
  status: EnrolmentStatus;
  outcome_goal: string | null;
  created_at: Date;
  user_id: string;
  name: string;
  email: string;
  done: number;
  held: number;
  present: number;
  excused: number;
}

/** A row of a page: the count of all that match, and a learner (none past the last page). */
export type RosterPageRow = Omit<RosterRowData, 'id'> & { total: number; id: string | null };

/** $1 a cohort, $2 now, $3 a status or null: all its learners with progress and attendance, in enrolment order. */
export const ROSTER = new PreparedQuery<RosterRowData>(
  'roster',
  `SELECT e.id, e.cohort_id, e.status, e.outcome_goal, e.created_at, u.id AS user_id, ${learnerNameSql('e', 'u')} AS name, u.email,
          (SELECT count(*)::int FROM content_progress cp WHERE cp.enrolment_id = e.id) AS done,
          ${heldSql('$1', '$2')} AS held,
          coalesce(a.present, 0) AS present, coalesce(a.excused, 0) AS excused
     FROM enrolment e JOIN "user" u ON u.id = e.user_id
     LEFT JOIN (${marksSql('$1', '$2')}) a ON a.enrolment_id = e.id
    WHERE e.cohort_id = $1 AND ($3::enrolment_status IS NULL OR e.status = $3::enrolment_status)
    ORDER BY e.created_at`,
);

/**
 * The learners a page is drawn from, as enrolment rows (the user is joined for the page only):
 * of the cohort `cohort`, with the status `status` (or any, when null), matching `pattern` (see
 * learnerMatchesSql), withdrawn ones only where `withdrawn` is true.
 */
const matchingSql = (p: { cohort: string; status: string; pattern: string; withdrawn: string }) =>
  `SELECT e.id, e.cohort_id, e.status, e.outcome_goal, e.created_at, e.user_id, e.invited_name
       FROM enrolment e
      WHERE e.cohort_id = ${p.cohort} AND (${p.status}::enrolment_status IS NULL OR e.status = ${p.status}::enrolment_status)
        AND (${p.withdrawn}::boolean OR ${standingEnrolment('e')})
        AND (${p.pattern}::text IS NULL OR EXISTS (SELECT 1 FROM "user" u WHERE u.id = e.user_id AND ${learnerMatchesSql('e', 'u', p.pattern)}))`;

const PAGE_MATCHING = matchingSql({ cohort: '$1', status: '$3', pattern: '$4', withdrawn: '$7' });

/**
 * $1 a cohort, $2 now, $3 a status or null, $4 a lower-case LIKE pattern or null, $5 page size,
 * $6 offset, $7 whether withdrawn learners are listed: how many learners match, and one page of
 * them in enrolment order with progress and attendance (worked out for the page's learners only).
 */
export const ROSTER_PAGE = new PreparedQuery<RosterPageRow>(
  'roster_page',
  `WITH f AS (${PAGE_MATCHING}),
   p AS (SELECT * FROM f ORDER BY f.created_at, f.id LIMIT $5 OFFSET $6)
   SELECT t.total, p.id, p.cohort_id, p.status, p.outcome_goal, p.created_at, u.id AS user_id, ${learnerNameSql('p', 'u')} AS name, u.email,
          (SELECT count(*)::int FROM content_progress cp WHERE cp.enrolment_id = p.id) AS done,
          ${heldSql('$1', '$2')} AS held,
          coalesce(a.present, 0) AS present, coalesce(a.excused, 0) AS excused
     FROM (SELECT count(*)::int AS total FROM f) t
     LEFT JOIN p ON true
     LEFT JOIN "user" u ON u.id = p.user_id
     LEFT JOIN LATERAL (${marksOfSql('$1', '$2', 'p.id')}) a ON p.id IS NOT NULL
    ORDER BY p.created_at, p.id`,
);

/**
 * The same page (same parameters) ordered for a coach: lowest attendance first — the percent as
 * every screen shows it, rounded down to one decimal — learners with no session counted yet
 * last, then least progress, then enrolment order. Attendance and progress are worked out for
 * every matching learner (one pass over the cohort's marks), as the order needs them.
 */
export const ROSTER_PAGE_BY_ATTENDANCE = new PreparedQuery<RosterPageRow>(
  'roster_page_by_attendance',
  `WITH f AS (${PAGE_MATCHING}),
   held AS (SELECT ${heldSql('$1', '$2')} AS n),
   d AS (SELECT cp.enrolment_id, count(*)::int AS done FROM content_progress cp JOIN f ON f.id = cp.enrolment_id GROUP BY cp.enrolment_id),
   r AS (SELECT f.*, coalesce(d.done, 0) AS done, held.n AS held, coalesce(a.present, 0) AS present, coalesce(a.excused, 0) AS excused,
                CASE WHEN held.n > coalesce(a.excused, 0) THEN floor(1000 * coalesce(a.present, 0) / (held.n - coalesce(a.excused, 0))::numeric) END AS permille
           FROM f CROSS JOIN held
           LEFT JOIN (${marksSql('$1', '$2')}) a ON a.enrolment_id = f.id
           LEFT JOIN d ON d.enrolment_id = f.id),
   p AS (SELECT * FROM r ORDER BY r.permille NULLS LAST, r.done, r.created_at, r.id LIMIT $5 OFFSET $6)
   SELECT t.total, p.id, p.cohort_id, p.status, p.outcome_goal, p.created_at, u.id AS user_id, ${learnerNameSql('p', 'u')} AS name, u.email,
          p.done, p.held, p.present, p.excused
     FROM (SELECT count(*)::int AS total FROM f) t
     LEFT JOIN p ON true
     LEFT JOIN "user" u ON u.id = p.user_id
    ORDER BY p.permille NULLS LAST, p.done, p.created_at, p.id`,
);

/**
 * $1 a cohort, $2 now, $3 the programme's minimum attendance in percent: its learners (not
 * withdrawn) whose attendance is below the minimum, by the one rule (attended × 100 < minimum ×
 * counted, while some session counts).
 */
export const BELOW_MINIMUM_ATTENDANCE = new PreparedQuery<{ n: number }>(
  'roster_below_minimum_attendance',
  `SELECT count(*)::int AS n
     FROM enrolment e CROSS JOIN (SELECT ${heldSql('$1', '$2')} AS n) held
     LEFT JOIN (${marksSql('$1', '$2')}) a ON a.enrolment_id = e.id
    WHERE e.cohort_id = $1 AND ${standingEnrolment('e')}
      AND held.n > coalesce(a.excused, 0)
      AND 100 * coalesce(a.present, 0) < $3::int * (held.n - coalesce(a.excused, 0))`,
);

/** A row of a session's attendance sheet: the learner, the mark for the session, and attendance and progress so far. */
export interface AttendanceSheetRow {
  learners: number;
  marked: number;
  total: number;
  id: string | null;
  user_id: string;
  name: string;
  email: string;
  mark: AttendanceStatus | null;
  done: number;
  held: number;
  present: number;
  excused: number;
}

/**
 * $1 a cohort, $2 now, $3 one of its sessions, $4 a lower-case LIKE pattern or null, $5 page
 * size, $6 offset: the session's learners (active and completed) and how many of them are
 * marked, how many match the search, and one page of those by name with the session's mark,
 * progress and attendance so far (worked out for the page's learners only).
 */
export const ATTENDANCE_SHEET_PAGE = new PreparedQuery<AttendanceSheetRow>(
  'attendance_sheet_page',
  `WITH f AS (
     SELECT e.id, u.id AS user_id, u.name, u.email, m.status AS mark, ${learnerMatchesSql('e', 'u', '$4')} AS matches
       FROM enrolment e JOIN "user" u ON u.id = e.user_id
       LEFT JOIN attendance m ON m.enrolment_id = e.id AND m.live_session_id = $3
      WHERE e.cohort_id = $1 AND ${takingPartEnrolment('e')}
   ), p AS (SELECT * FROM f WHERE f.matches ORDER BY f.name, f.id LIMIT $5 OFFSET $6)
   SELECT t.learners, t.marked, t.total, p.id, p.user_id, p.name, p.email, p.mark,
          (SELECT count(*)::int FROM content_progress cp WHERE cp.enrolment_id = p.id) AS done,
          ${heldSql('$1', '$2')} AS held,
          coalesce(a.present, 0) AS present, coalesce(a.excused, 0) AS excused
     FROM (SELECT count(*)::int AS learners, count(f.mark)::int AS marked, count(*) FILTER (WHERE f.matches)::int AS total FROM f) t
     LEFT JOIN p ON true
     LEFT JOIN LATERAL (${marksOfSql('$1', '$2', 'p.id')}) a ON p.id IS NOT NULL
    ORDER BY p.name, p.id`,
);
