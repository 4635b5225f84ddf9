import { EnrolmentStatus, LIVE_COHORT_STATUSES, TAKING_PART_ENROLMENT_STATUSES } from '@beacon/domain';

/*
 * The SQL of cohorts and enrolments that several queries share. Each fragment is a function of
 * the aliases (and parameter placeholders) it reads, named by the caller, so it means the same
 * wherever it lands. The statuses are the domain's (packages/domain/src/status.ts).
 */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Enrolment `e` stands (holds a seat, makes its user a learner of the cohort): it is not withdrawn. */
export const standingEnrolment = (e: string): string => `${e}.status <> '${EnrolmentStatus.WITHDRAWN}'`;

/** Enrolment `e` took part: accepted (active) or completed. */
export const takingPartEnrolment = (e: string): string => `${e}.status IN (${list(TAKING_PART_ENROLMENT_STATUSES)})`;

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
