/**
 * The outcome domain's SQL with its row types. Parameters are named in each function's
 * signature and numbered within the query they belong to; no fragment borrows another's.
 */
import { runningCohort } from '../cohort/cohort.queries.js';

export interface RiskRow {
  id: string;
  cohort_id: string;
  user_id: string;
  name: string;
  email: string;
  held: number;
  remaining: number;
  attended: number;
  excused: number;
  /** per week with a submission: passed (any released PASS), and the latest version's review */
  weeks: { week: number; passed: boolean; state: string | null; verdict: string | null }[];
  extensions: { week: number; dueAt: string }[];
  coaching_held: number;
  coaching_booked: number;
  last_activity: Date | null;
}

/** $1 cohorts, $2 now, $3 enrolment statuses, $4 enrolments (null: all of the cohorts'): what the risk rules look at, per enrolment. */
export const RISK_INPUTS_SQL = `
  SELECT e.id, e.cohort_id, e.user_id, u.name, u.email,
         ls.held, ls.remaining,
         coalesce(a.attended, 0) AS attended, coalesce(a.excused, 0) AS excused,
         coalesce(sub.weeks, '[]') AS weeks,
         coalesce(x.extensions, '[]') AS extensions,
         coalesce(b.held, 0) AS coaching_held, coalesce(b.booked, 0) AS coaching_booked,
         nullif(greatest(coalesce(a.last_present, '-infinity'), coalesce(sub.last_submitted, '-infinity'), coalesce(b.last_booked, '-infinity'),
                         coalesce(p.last_progress, '-infinity')), '-infinity') AS last_activity
    FROM enrolment e
    JOIN "user" u ON u.id = e.user_id
    JOIN LATERAL (SELECT count(*) FILTER (WHERE s.starts_at <= $2)::int AS held, count(*) FILTER (WHERE s.starts_at > $2)::int AS remaining
                    FROM live_session s WHERE s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL) ls ON true
    LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE a.status = 'PRESENT')::int AS attended, count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused,
                              max(s.starts_at) FILTER (WHERE a.status = 'PRESENT') AS last_present
                         FROM attendance a JOIN live_session s ON s.id = a.live_session_id
                        WHERE a.enrolment_id = e.id AND s.cancelled_at IS NULL AND s.starts_at <= $2) a ON true
    LEFT JOIN LATERAL (SELECT json_agg(json_build_object('week', w.week, 'passed', w.passed, 'state', w.state, 'verdict', w.verdict)) AS weeks,
                              max(w.last_submitted) AS last_submitted
                         FROM (SELECT s.week, bool_or(r.state = 'RELEASED' AND r.verdict = 'PASS') AS passed,
                                      (array_agg(r.state ORDER BY s.version DESC))[1] AS state,
                                      (array_agg(r.verdict ORDER BY s.version DESC))[1] AS verdict,
                                      max(s.submitted_at) AS last_submitted
                                 FROM submission s LEFT JOIN review r ON r.submission_id = s.id
                                WHERE s.enrolment_id = e.id GROUP BY s.week) w) sub ON true
    LEFT JOIN LATERAL (SELECT json_agg(json_build_object('week', x.week, 'dueAt', x.due_at)) AS extensions FROM due_extension x WHERE x.enrolment_id = e.id) x ON true
    LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE b.outcome = 'HELD')::int AS held,
                              -- confirmed and not yet marked: still to come, or waiting for the coach to say it was held
                              count(*) FILTER (WHERE b.status = 'CONFIRMED' AND b.outcome IS NULL)::int AS booked,
                              max(b.created_at) AS last_booked
                         FROM booking b WHERE b.enrolment_id = e.id) b ON true
    LEFT JOIN LATERAL (SELECT max(cp.completed_at) AS last_progress FROM content_progress cp WHERE cp.enrolment_id = e.id) p ON true
   WHERE e.cohort_id = ANY($1::uuid[]) AND e.status::text = ANY($3::text[]) AND ($4::uuid[] IS NULL OR e.id = ANY($4::uuid[]))
   ORDER BY u.name, e.id`;

export interface RiskCohortRow {
  id: string;
  partner_id: string;
  start_date: string;
  time_zone: string;
  programme_version_id: string;
  overrides: { week: number; dueAt: string }[];
}

/** $1 cohorts: their calendars and the due points they set per week. */
export const RISK_COHORTS_SQL = `
  SELECT c.id, c.partner_id, c.start_date::text AS start_date, c.time_zone, c.programme_version_id,
         coalesce((SELECT json_agg(json_build_object('week', d.week, 'dueAt', d.due_at)) FROM cohort_due_date d WHERE d.cohort_id = c.id), '[]') AS overrides
    FROM cohort c WHERE c.id = ANY($1::uuid[])`;

export interface MeasureRow {
  partner_id: string;
  /** null on the partner's totals row */
  cohort_id: string | null;
  cohort_name: string | null;
  start_date: string | null;
  end_date: string | null;
  status: string | null;
  ended: boolean | null;
  running: boolean | null;
  programme_code: string | null;
  programme_version: number | null;
  cohorts: number;
  enrolled: number;
  active: number;
  withdrawn: number;
  certified: number;
  certified_of_ended: number;
  certified_base: number;
  on_time: number;
  median_days: number | null;
  goal_reached: number;
  goal_checked: number;
  present: number;
  recorded: number;
}

export interface MeasureFilter {
  /** null: every partner */
  partnerIds: string[] | null;
  programmeId: string | null;
  /** the version number, with programmeId */
  programmeVersion: number | null;
  /** cohorts starting in [from, to] (YYYY-MM-DD) */
  from: string | null;
  to: string | null;
  now: Date;
}

/**
 * Every outcome measure per cohort and per partner in one pass: GROUPING SETS give the
 * cohorts' rows and each partner's totals (whose median is over the partner's credentials,
 * not a median of medians). Draft cohorts have no learners to measure.
 */
export function measuresQuery(f: MeasureFilter): [string, unknown[]] {
  return [
    `WITH c AS (
       SELECT c.id, c.partner_id, c.name, c.start_date, c.status, p.code, v.version,
              (c.start_date::timestamp AT TIME ZONE c.time_zone) AS starts_at,
              ((c.start_date + 7)::timestamp AT TIME ZONE c.time_zone) AS week1_ends_at,
              ((c.start_date + 7 * (v.definition->>'weeks')::int)::timestamp AT TIME ZONE c.time_zone) AS ends_at,
              (c.start_date + 7 * (v.definition->>'weeks')::int) AS end_date,
              p.grace_period_days, ${runningCohort('c', 'v', '$6')} AS running
         FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id JOIN programme p ON p.id = v.programme_id
        WHERE c.status <> 'DRAFT'
          AND ($1::uuid[] IS NULL OR c.partner_id = ANY($1::uuid[]))
          AND ($2::uuid IS NULL OR p.id = $2::uuid)
          AND ($3::int IS NULL OR v.version = $3::int)
          AND ($4::date IS NULL OR c.start_date >= $4::date)
          AND ($5::date IS NULL OR c.start_date <= $5::date)
     ), r AS (
       SELECT c.*, c.ends_at <= $6 AS ended,
              e.id AS enrolment_id, e.status AS e_status, e.withdrawn_at, cr.issued_at, g.reached, att.present, att.recorded
         FROM c
         LEFT JOIN enrolment e ON e.cohort_id = c.id AND e.status <> 'INVITED'
         LEFT JOIN credential cr ON cr.enrolment_id = e.id AND cr.revoked_at IS NULL
         LEFT JOIN LATERAL (SELECT g.reached FROM goal_check_in g WHERE g.enrolment_id = e.id ORDER BY g.kind DESC LIMIT 1) g ON true
         LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present, count(*) FILTER (WHERE a.status <> 'EXCUSED')::int AS recorded
                              FROM attendance a WHERE a.enrolment_id = e.id) att ON true
     )
     SELECT r.partner_id, r.id AS cohort_id, r.name AS cohort_name, r.start_date::text AS start_date, r.end_date::text AS end_date, r.status::text AS status,
            bool_and(r.ended) AS ended, bool_and(r.running) AS running, max(r.code) AS programme_code, max(r.version) AS programme_version,
            count(DISTINCT r.id)::int AS cohorts,
            count(r.enrolment_id)::int AS enrolled,
            count(*) FILTER (WHERE r.e_status = 'ACTIVE')::int AS active,
            count(*) FILTER (WHERE r.e_status = 'WITHDRAWN')::int AS withdrawn,
            count(r.issued_at)::int AS certified,
            count(r.issued_at) FILTER (WHERE r.ended)::int AS certified_of_ended,
            count(r.enrolment_id) FILTER (WHERE r.ended AND NOT (r.e_status = 'WITHDRAWN' AND r.withdrawn_at < r.week1_ends_at))::int AS certified_base,
            count(r.issued_at) FILTER (WHERE r.ended AND r.issued_at <= r.ends_at + r.grace_period_days * interval '1 day')::int AS on_time,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.issued_at - r.starts_at) / 86400) AS median_days,
            count(*) FILTER (WHERE r.reached = 'YES')::int AS goal_reached,
            count(r.reached)::int AS goal_checked,
            coalesce(sum(r.present), 0)::int AS present,
            coalesce(sum(r.recorded), 0)::int AS recorded
       FROM r
      GROUP BY GROUPING SETS ((r.partner_id, r.id, r.name, r.start_date, r.end_date, r.status), (r.partner_id))
      ORDER BY r.partner_id, r.start_date NULLS FIRST, r.name`,
    [f.partnerIds, f.programmeId, f.programmeVersion, f.from, f.to, f.now],
  ];
}
