/*
 * Every status of Beacon, once: the list of its values (`as const`), the union of them, and an
 * object naming each value (`EnrolmentStatus.ACTIVE`). The API's TypeORM entities type their status
 * columns with them (an enum column takes the list as its enum), its GraphQL enums are registered
 * with the objects, and its SQL reads the rules below through the fragments of cohort/cohort.queries.ts.
 */

/** An object naming each value of a list: `{ ACTIVE: 'ACTIVE', ... }` (what GraphQL's registerEnumType takes). */
export const enumOf = <K extends string>(values: readonly K[]): { readonly [V in K]: V } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [V in K]: V };

export const ENROLMENT_STATUSES = ['INVITED', 'ACTIVE', 'WITHDRAWN', 'COMPLETED'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const EnrolmentStatus = enumOf(ENROLMENT_STATUSES);

/** DRAFT → OPEN (enrolling) → RUNNING → COMPLETED → ARCHIVED */
export const COHORT_STATUSES = ['DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'ARCHIVED'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];
export const CohortStatus = enumOf(COHORT_STATUSES);

export const BOOKING_STATUSES = ['CONFIRMED', 'CANCELLED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BookingStatus = enumOf(BOOKING_STATUSES);

/** What became of a confirmed booking once its time came: only HELD counts toward the credential. */
export const BOOKING_OUTCOMES = ['HELD', 'LEARNER_NO_SHOW', 'COACH_NO_SHOW'] as const;
export type BookingOutcome = (typeof BOOKING_OUTCOMES)[number];
export const BookingOutcome = enumOf(BOOKING_OUTCOMES);

export const ATTENDANCE_STATUSES = ['PRESENT', 'ABSENT', 'EXCUSED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const AttendanceStatus = enumOf(ATTENDANCE_STATUSES);

/** A review: DRAFT (seen by staff only) → RELEASED (seen by the learner; final). */
export const REVIEW_STATES = ['DRAFT', 'RELEASED'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const ReviewState = enumOf(REVIEW_STATES);

/** Where the latest version of a learner's submission for a week stands: awaiting review, or its review's state. */
export const GRADING_STATES = ['SUBMITTED', ...REVIEW_STATES] as const;
export type GradingState = (typeof GRADING_STATES)[number];
export const GradingState = enumOf(GRADING_STATES);

/** A gradebook cell: NOT_SUBMITTED, or the grading state of the latest version. */
export const GRADEBOOK_STATES = ['NOT_SUBMITTED', ...GRADING_STATES] as const;
export type GradebookState = (typeof GRADEBOOK_STATES)[number];
export const GradebookState = enumOf(GRADEBOOK_STATES);

/** What a change did to a review (the database's review_audit trigger writes them). */
export const REVIEW_AUDIT_ACTIONS = ['CREATED', 'UPDATED', 'RELEASED'] as const;
export type ReviewAuditAction = (typeof REVIEW_AUDIT_ACTIONS)[number];
export const ReviewAuditAction = enumOf(REVIEW_AUDIT_ACTIONS);

/** A credential as its holder and verifiers see it (not stored): REVOKED wins, then EXPIRED once past its validity, else ACTIVE. */
export const CREDENTIAL_STATUSES = ['ACTIVE', 'REVOKED', 'EXPIRED'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];
export const CredentialStatus = enumOf(CREDENTIAL_STATUSES);

/** A stored invitation: PENDING → ACCEPTED, or REVOKED by the partner. */
export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const InvitationStatus = enumOf(INVITATION_STATUSES);

/** What an invitation shows: its status, or EXPIRED for a pending one past its date (not stored). */
export const INVITATION_STATES = [...INVITATION_STATUSES, 'EXPIRED'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
export const InvitationState = enumOf(INVITATION_STATES);

/** An outgoing message (the outbox): QUEUED → SENT by SMTP, or KEPT in the outbox when no SMTP is configured; FAILED. */
export const OUTBOX_STATUSES = ['QUEUED', 'SENT', 'KEPT', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OutboxStatus = enumOf(OUTBOX_STATUSES);

// the rules over these statuses that several places apply

/** Enrolments that took part: accepted (active) or completed. */
export const TAKING_PART_ENROLMENT_STATUSES = ['ACTIVE', 'COMPLETED'] as const satisfies readonly EnrolmentStatus[];
/** Live cohorts: open or running. Their people hear from the schedule and may book coaching. */
export const LIVE_COHORT_STATUSES = ['OPEN', 'RUNNING'] as const satisfies readonly CohortStatus[];
/** Cohorts that have ended: completed or archived. */
export const ENDED_COHORT_STATUSES = ['COMPLETED', 'ARCHIVED'] as const satisfies readonly CohortStatus[];

export const isLiveCohort = (status: string): boolean => (LIVE_COHORT_STATUSES as readonly string[]).includes(status);
export const isEndedCohort = (status: string): boolean => (ENDED_COHORT_STATUSES as readonly string[]).includes(status);
