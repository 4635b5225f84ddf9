import { EnrolmentStatus, LIVE_COHORT_STATUSES, TAKING_PART_ENROLMENT_STATUSES, type CohortStatus } from '@beacon/domain';
import { CohortEntity } from './entities/cohort.entity.js';
import type { PersonModel } from './dto/cohort.model.js';

/*
 * The cohort domain's SQL that several queries share, with the row types it selects. Each
 * fragment is a function of the aliases (and parameter placeholders) it reads, named by the
 * caller, so it means the same wherever it lands. The statuses are the domain's
 * (packages/domain/src/status.ts).
 */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Enrolment `e` stands (holds a seat, makes its user a learner of the cohort): it is not withdrawn. */
export const standingEnrolment = (e: string): string => `${e}.status <> '${EnrolmentStatus.WITHDRAWN}'`;

/** Enrolment `e` took part: accepted (active) or completed. */
export const takingPartEnrolment = (e: string): string => `${e}.status IN (${list(TAKING_PART_ENROLMENT_STATUSES)})`;

/** The name the learner of enrolment `e` (user `u`) goes by: the name the partner gave while still invited. */
export const learnerNameSql = (e: string, u: string): string =>
  `CASE WHEN ${e}.status = 'INVITED' AND ${e}.invited_name IS NOT NULL THEN ${e}.invited_name ELSE ${u}.name END`;

/**
 * The learner of enrolment `e` (user `u`) matches `pattern` (a placeholder of a lower-case LIKE
 * pattern, see common/pagination containsPattern, or null for everyone): by name or email.
 */
export const learnerMatchesSql = (e: string, u: string, pattern: string): string =>
  `(${pattern}::text IS NULL OR lower(${learnerNameSql(e, u)}) LIKE ${pattern}::text ESCAPE '\\' OR lower(${u}.email) LIKE ${pattern}::text ESCAPE '\\')`;

/**
 * The same match as learnerMatchesSql, read from enrolment `e`'s own learner_order (the name as
 * shown, lower-cased, then the email: LearnerOrder1796240000000) without joining the account.
 */
export const learnerOrderMatchesSql = (e: string, pattern: string): string =>
  `(${pattern}::text IS NULL OR ${e}.learner_order[1] LIKE ${pattern}::text ESCAPE '\\' OR lower(${e}.learner_order[2]) LIKE ${pattern}::text ESCAPE '\\')`;

/** Cohort `c` is live: open or running. */
export const liveCohort = (c: string): string => `${c}.status IN (${list(LIVE_COHORT_STATUSES)})`;

/**
 * Cohort `c`, of programme version `v`, is live and its calendar runs at `now` (a timestamptz
 * placeholder such as `$1`): its first week has opened and its last has not ended, in its zone.
 */
export const runningCohort = (c: string, v: string, now: string): string =>
  `(${liveCohort(c)}
          AND (${c}.start_date::timestamp AT TIME ZONE ${c}.time_zone) <= ${now}
          AND ((${c}.start_date + 7 * (${v}.definition->>'weeks')::int)::timestamp AT TIME ZONE ${c}.time_zone) > ${now})`;

/** A cohort's own columns, selected from cohort `c` as cohortFromRow reads them. */
export const cohortColumns = (c: string): string =>
  `${c}.id AS cohort_id, ${c}.partner_id AS cohort_partner_id, ${c}.programme_version_id, ${c}.name AS cohort_name,
          ${c}.start_date::text AS cohort_start_date, ${c}.time_zone AS cohort_time_zone, ${c}.capacity AS cohort_capacity, ${c}.status AS cohort_status,
          ${c}.community_links AS cohort_community_links, ${c}.created_at AS cohort_created_at`;

export interface CohortColumns {
  cohort_id: string;
  cohort_partner_id: string;
  programme_version_id: string;
  cohort_name: string;
  cohort_start_date: string;
  cohort_time_zone: string;
  cohort_capacity: number;
  cohort_status: CohortStatus;
  cohort_community_links: CohortEntity['communityLinks'];
  cohort_created_at: Date;
}

export function cohortFromRow(r: CohortColumns): CohortEntity {
  return Object.assign(new CohortEntity(), {
    id: r.cohort_id,
    partnerId: r.cohort_partner_id,
    programmeVersionId: r.programme_version_id,
    name: r.cohort_name,
    startDate: r.cohort_start_date,
    timeZone: r.cohort_time_zone,
    capacity: r.cohort_capacity,
    status: r.cohort_status,
    communityLinks: r.cohort_community_links,
    createdAt: r.cohort_created_at,
  });
}

/**
 * What a cohort's model needs beyond its row, of cohort `c`: its seats taken and its coaches.
 * Select its partner beside them as partner_id and partner_name (CohortFacts).
 */
export const cohortFacts = (c: string): string =>
  `(SELECT count(*)::int FROM enrolment e WHERE e.cohort_id = ${c}.id AND ${standingEnrolment('e')}) AS seats,
                coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) ORDER BY u.name)
                            FROM cohort_coach cc JOIN "user" u ON u.id = cc.user_id WHERE cc.cohort_id = ${c}.id), '[]') AS coaches`;

export interface CohortFacts {
  partner_id: string;
  partner_name: string;
  seats: number;
  coaches: PersonModel[];
}

/** Live session `s` has not ended at `now` (a placeholder such as `$2`); the first condition lets the index on starts_at serve. */
export const upcomingSession = (s: string, now: string): string =>
  `${s}.starts_at > ${now}::timestamptz - interval '3 hours' AND ${s}.cancelled_at IS NULL
          AND ${s}.starts_at + make_interval(mins => ${s}.duration_minutes) > ${now}::timestamptz`;

/** An upcoming session as upcomingSessionModel reads it. */
export interface UpcomingSessionRow {
  id: string;
  cohort_id: string;
  week: number;
  title: string;
  /** a Date from a column, a string from JSON */
  starts_at: Date | string;
  duration_minutes: number;
  join_url: string | null;
  recording_url: string | null;
  host_id: string | null;
  host_name: string | null;
  host_email: string | null;
}
