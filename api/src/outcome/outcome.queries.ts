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

/** A cohort the dashboards measure, with its calendar's standing at `now` and its roll-up row if there is one. */
export interface OutcomeCohortRow extends Partial<CohortMeasureRow> {
  id: string;
  partner_id: string;
  name: string;
  start_date: string;
  end_date: string;
  status: string;
  ended: boolean;
  running: boolean;
  programme_code: string;
  programme_version: number;
  /** when the roll-up row was computed; null when there is none */
  computed_at: Date | null;
}

/** What an enrolment-level pass finds for one cohort: counts that do not move with the clock. */
export interface CohortMeasureRow {
  cohort_id: string;
  enrolled: number;
  active: number;
  withdrawn: number;
  certified: number;
  /** learners who count toward the certification rate once the cohort has ended (not withdrawn in week 1) */
  certified_base: number;
  /** credentials issued by the cohort's end plus the programme's grace period */
  on_time: number;
  /** days from the cohort's start to each credential */
  days: number[];
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
 * The cohorts a dashboard shows (draft cohorts have no learners to measure), oldest first per
 * partner, whether each has ended or is running at `now`, and its cohort_outcome roll-up row
 * (null columns when there is none or it is older than `$7`).
 */
export function outcomeCohortsQuery(f: MeasureFilter, freshSince: Date): [string, unknown[]] {
  return [
    `SELECT c.id, c.partner_id, c.name, c.start_date::text AS start_date, (c.start_date + 7 * (v.definition->>'weeks')::int)::text AS end_date,
            c.status::text AS status, p.code AS programme_code, v.version AS programme_version,
            ((c.start_date + 7 * (v.definition->>'weeks')::int)::timestamp AT TIME ZONE c.time_zone) <= $6 AS ended,
            ${runningCohort('c', 'v', '$6')} AS running,
            o.cohort_id, o.enrolled, o.active, o.withdrawn, o.certified, o.certified_base, o.on_time, o.days,
            o.goal_reached, o.goal_checked, o.present, o.recorded, o.computed_at
       FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id JOIN programme p ON p.id = v.programme_id
       LEFT JOIN cohort_outcome o ON o.cohort_id = c.id AND o.computed_at > $7 AND o.computed_at <= $6
      WHERE c.status <> 'DRAFT'
        AND ($1::uuid[] IS NULL OR c.partner_id = ANY($1::uuid[]))
        AND ($2::uuid IS NULL OR p.id = $2::uuid)
        AND ($3::int IS NULL OR v.version = $3::int)
        AND ($4::date IS NULL OR c.start_date >= $4::date)
        AND ($5::date IS NULL OR c.start_date <= $5::date)
      ORDER BY c.partner_id, c.start_date, c.name, c.id`,
    [f.partnerIds, f.programmeId, f.programmeVersion, f.from, f.to, f.now, freshSince],
  ];
}

/**
 * $1 cohorts: the enrolment-level pass behind each cohort's measures (DESIGN.md "Outcome
 * measures"), one row per cohort. Invited learners are not counted; a credential counts unless
 * revoked; a goal is the latest check-in's; attendance counts every mark but excused ones.
 */
export const COHORT_MEASURES_SQL = `
  WITH c AS (
    SELECT c.id, (c.start_date::timestamp AT TIME ZONE c.time_zone) AS starts_at,
           ((c.start_date + 7)::timestamp AT TIME ZONE c.time_zone) AS week1_ends_at,
           ((c.start_date + 7 * (v.definition->>'weeks')::int)::timestamp AT TIME ZONE c.time_zone) AS ends_at,
           p.grace_period_days
      FROM cohort c JOIN programme_version v ON v.id = c.programme_version_id JOIN programme p ON p.id = v.programme_id
     WHERE c.id = ANY($1::uuid[])
  )
  SELECT c.id AS cohort_id,
         count(e.id)::int AS enrolled,
         count(*) FILTER (WHERE e.status = 'ACTIVE')::int AS active,
         count(*) FILTER (WHERE e.status = 'WITHDRAWN')::int AS withdrawn,
         count(cr.issued_at)::int AS certified,
         count(e.id) FILTER (WHERE NOT (e.status = 'WITHDRAWN' AND e.withdrawn_at < c.week1_ends_at))::int AS certified_base,
         count(cr.issued_at) FILTER (WHERE cr.issued_at <= c.ends_at + c.grace_period_days * interval '1 day')::int AS on_time,
         coalesce(array_agg(extract(epoch FROM cr.issued_at - c.starts_at)::float8 / 86400) FILTER (WHERE cr.issued_at IS NOT NULL), '{}') AS days,
         count(*) FILTER (WHERE g.reached = 'YES')::int AS goal_reached,
         count(g.reached)::int AS goal_checked,
         coalesce(sum(att.present), 0)::int AS present,
         coalesce(sum(att.recorded), 0)::int AS recorded
    FROM c
    LEFT JOIN enrolment e ON e.cohort_id = c.id AND e.status <> 'INVITED'
    LEFT JOIN credential cr ON cr.enrolment_id = e.id AND cr.revoked_at IS NULL
    LEFT JOIN LATERAL (SELECT g.reached FROM goal_check_in g WHERE g.enrolment_id = e.id ORDER BY g.kind DESC LIMIT 1) g ON true
    LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present, count(*) FILTER (WHERE a.status <> 'EXCUSED')::int AS recorded
                         FROM attendance a WHERE a.enrolment_id = e.id) att ON true
   GROUP BY c.id`;

/** $1 the rows (JSON), $2 computed_at: stores what COHORT_MEASURES_SQL found, unless a newer row is there. */
export const STORE_COHORT_MEASURES_SQL = `
  INSERT INTO cohort_outcome (cohort_id, enrolled, active, withdrawn, certified, certified_base, on_time, days, goal_reached, goal_checked, present, recorded, computed_at)
  SELECT m.*, $2 FROM jsonb_to_recordset($1::jsonb) AS m(cohort_id uuid, enrolled int, active int, withdrawn int, certified int, certified_base int, on_time int,
                                                           days float8[], goal_reached int, goal_checked int, present int, recorded int)
   WHERE EXISTS (SELECT 1 FROM cohort c WHERE c.id = m.cohort_id)
  ON CONFLICT (cohort_id) DO UPDATE SET enrolled = EXCLUDED.enrolled, active = EXCLUDED.active, withdrawn = EXCLUDED.withdrawn, certified = EXCLUDED.certified,
     certified_base = EXCLUDED.certified_base, on_time = EXCLUDED.on_time, days = EXCLUDED.days, goal_reached = EXCLUDED.goal_reached,
     goal_checked = EXCLUDED.goal_checked, present = EXCLUDED.present, recorded = EXCLUDED.recorded, computed_at = EXCLUDED.computed_at
   WHERE cohort_outcome.computed_at <= EXCLUDED.computed_at`;
