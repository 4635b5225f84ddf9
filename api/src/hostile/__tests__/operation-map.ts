import type { IdKind, TenantKind, Worlds } from './hostile-world.js';
import { TENANT_KINDS } from './hostile-world.js';

/**
 * What each operation's ids are and who may rightfully use them: the map the tenancy suite
 * attacks with (and the fuzzing aims with). Every operation that takes an id must be here.
 */

export type Actor = keyof Worlds['tokens'];

/** argument and input field names that say what their id is */
export const BY_NAME: Record<string, IdKind> = {
  partnerId: 'partner',
  cohortId: 'cohort',
  enrolmentId: 'enrolment',
  sessionId: 'session',
  submissionId: 'submission',
  coachId: 'coach',
  userId: 'coach',
  hostId: 'coach',
  fileId: 'file',
  programmeId: 'programme',
  contentItemId: 'contentItem',
  criterionId: 'criterion',
  bookingId: 'booking',
  bookingIds: 'booking',
};

export interface OpSpec {
  /** what its `id` argument is */
  id?: IdKind;
  /** ids whose name does not say (paths relative to the operation) */
  kinds?: Record<string, IdKind>;
  /** who may do it with Africa's ids: the control that the ids are of the right kind */
  owner: Actor | null;
  /** valid values for its other arguments, by path */
  args?: (w: Worlds) => Record<string, unknown>;
  /** its control changes what other controls need: run last */
  destructive?: boolean;
  /** not any partner's data: why an outsider may see it */
  shared?: string;
  /** a filter: an empty list reveals as little as a refusal */
  emptyList?: string;
  /** may answer, if the answer is the same as for ids that exist nowhere (so it tells nothing): why */
  sameAsUnknown?: string;
}

const DEFINITION_IDS: Record<string, IdKind> = {
  'input.modules.assignment.id': 'definitionItem',
  'input.modules.assignment.rubric.id': 'definitionItem',
  'input.modules.contentItems.id': 'definitionItem',
};
const future = (days: number) => new Date(Math.ceil((Date.now() + days * 86_400_000) / 3_600_000) * 3_600_000).toISOString();

/** Every operation that takes an id. Add yours here: the suite refuses to run without it. */
export const OPERATIONS: Record<string, OpSpec> = {
  'Mutation.approveCredential': { owner: 'africaAdmin' },
  'Mutation.assignCoach': { owner: 'africaAdmin' },
  'Mutation.bookCoaching': { owner: 'africaLearner' },
  'Mutation.confirmGoalCheckIn': { owner: 'africaCoach', args: () => ({ kind: 'MID', comment: 'Hostile' }) },
  'Mutation.markBookingOutcome': { id: 'booking', owner: 'africaCoach', args: () => ({ outcome: 'LEARNER_NO_SHOW' }) },
  'Mutation.messageLearners': {
    owner: 'africaCoach',
    kinds: { enrolmentIds: 'enrolment' },
    args: () => ({ subject: 'Hostile', body: 'Hostile' }),
  },
  'Mutation.recordGoalCheckIn': {
    owner: 'africaLearner',
    args: () => ({ 'input.kind': 'MID', 'input.reached': 'YES', 'input.note': 'Hostile' }),
  },
  'Mutation.cancelBooking': { id: 'booking', owner: 'bookingLearner', destructive: true, args: () => ({ reason: 'Hostile' }) },
  'Mutation.cancelLiveSession': { id: 'session', owner: 'africaAdmin', destructive: true },
  'Mutation.createCohort': { owner: 'africaAdmin' },
  'Mutation.createProgramme': { kinds: DEFINITION_IDS, owner: 'admin' },
  'Mutation.deleteCohort': { id: 'cohort', owner: 'africaAdmin', destructive: true },
  'Mutation.duplicateCohort': {
    id: 'cohort',
    owner: 'africaAdmin',
    args: () => ({ 'input.name': 'Copied', 'input.startDate': '2031-01-06' }),
  },
  'Mutation.endSession': { id: 'loginSession', owner: 'africaLearner', destructive: true },
  'Mutation.enrolLearner': { owner: 'africaAdmin' },
  'Mutation.importEnrolments': { owner: 'africaAdmin' },
  'Mutation.invite': { owner: 'africaAdmin', args: () => ({ 'input.role': 'LEARNER' }) },
  'Mutation.issueCohortCredentials': { owner: 'africaAdmin' },
  'Mutation.publishProgramme': { id: 'programme', owner: 'admin' },
  'Mutation.recordAttendance': { owner: 'africaCoach', args: () => ({ 'entries.status': 'PRESENT' }) },
  'Mutation.releaseReview': { id: 'review', owner: 'africaCoach', args: (w) => ({ expectedVersion: w.reviewVersion }) },
  'Mutation.removeMember': { id: 'membership', owner: 'africaAdmin', destructive: true },
  'Mutation.rescheduleBooking': { id: 'booking', owner: 'bookingLearner' },
  'Mutation.recordCredentialEvent': {
    id: 'credential',
    owner: null,
    args: () => ({ event: 'VIEW' }),
    shared:
      'the public credential page reports a view or a LinkedIn click: anyone with the link may, it only increments an anonymous counter (limited per visitor and day) and always answers true',
  },
  'Mutation.revokeCredential': { id: 'credential', owner: 'africaAdmin', destructive: true },
  'Mutation.resendInvitation': { id: 'invitation', owner: 'africaAdmin' },
  'Mutation.revokeInvitation': { id: 'invitation', owner: 'africaAdmin', destructive: true },
  'Mutation.saveReview': {
    owner: 'africaCoach',
    args: (w) => ({
      'input.verdict': 'PASS',
      'input.scores': ['insight', 'method', 'application'].map((criterionId, i) => ({
        criterionId: i === 0 ? w.africa.criterion : criterionId,
        points: i === 2 ? 2 : 4,
      })),
    }),
  },
  'Mutation.setCohortDueDate': { owner: 'africaAdmin', args: () => ({ 'input.dueAt': future(30) }) },
  'Mutation.setCohortStatus': { id: 'cohort', owner: 'africaAdmin', destructive: true, args: () => ({ status: 'COMPLETED' }) },
  'Mutation.setContentItemCompleted': { owner: 'africaLearner' },
  'Mutation.setDueExtension': { owner: 'africaCoach', args: () => ({ 'input.dueAt': future(30), 'input.reason': 'Hostile' }) },
  'Mutation.setOutcomeGoal': { owner: 'africaLearner' },
  'Mutation.setBookingNote': { owner: 'africaCoach', args: () => ({ body: 'Hostile' }) },
  'Mutation.submitAssignment': { owner: 'africaLearner', args: () => ({ 'input.week': 3, 'input.text': 'Hostile' }) },
  'Mutation.unassignCoach': {
    owner: 'africaAdmin',
    destructive: true,
    sameAsUnknown:
      'unassigning someone who is not a coach of your cohort changes nothing and answers your own cohort, as for an id that exists nowhere',
  },
  'Mutation.updateGoal': { owner: 'africaLearner', args: () => ({ 'input.statement': 'Hostile' }) },
  'Mutation.updateCohort': { id: 'cohort', owner: 'africaAdmin', args: () => ({ 'input.name': 'Hijacked' }) },
  'Mutation.updateLiveSession': { id: 'session', owner: 'africaAdmin', args: () => ({ 'input.title': 'Hijacked' }) },
  'Mutation.updatePartner': { id: 'partner', owner: 'admin', args: () => ({ 'input.name': 'Hijacked' }) },
  'Mutation.updateProgrammeDraft': { id: 'programme', kinds: DEFINITION_IDS, owner: 'admin' },
  'Mutation.withdrawEnrolment': { id: 'enrolment', owner: 'africaAdmin', destructive: true },
  'Query.coachingSlots': { owner: 'africaLearner' },
  'Query.cohort': { id: 'cohort', owner: 'africaAdmin' },
  'Query.cohortBookings': { owner: 'africaAdmin' },
  'Query.cohortDueDates': { owner: 'africaAdmin' },
  'Query.cohortEligibility': { owner: 'africaAdmin' },
  'Query.cohortCredentialActivity': { owner: 'africaAdmin' },
  'Query.cohorts': { owner: 'africaAdmin', emptyList: 'partnerId narrows the cohorts you may see; another partner’s id leaves none' },
  'Query.credential': {
    id: 'credential',
    owner: null,
    shared: 'the public verification facts of a credential: anyone with the link may check it',
  },
  'Query.eligibility': { owner: 'africaLearner' },
  'Query.enrolmentGoal': { owner: 'africaLearner' },
  'Query.cohortGoals': { owner: 'africaCoach' },
  'Query.enrolments': { owner: 'africaAdmin' },
  'Query.atRiskLearners': { owner: 'africaCoach' },
  'Query.attendanceSheet': { owner: 'africaCoach' },
  'Query.gradebook': { owner: 'africaAdmin' },
  'Query.gradingNeighbours': { owner: 'africaCoach' },
  'Query.gradingQueue': { owner: 'africaCoach' },
  'Query.invitations': { owner: 'africaAdmin' },
  'Query.issuanceRun': { id: 'issuanceRun', owner: 'africaAdmin' },
  'Query.bookingNotes': { owner: 'africaCoach', emptyList: 'notes of bookings that are not your own coaching sessions are left out' },
  'Query.liveSessions': { owner: 'africaLearner' },
  'Query.roster': { owner: 'africaCoach', args: () => ({ order: 'ATTENDANCE', includeWithdrawn: false }) },
  'Query.memberCount': { owner: 'africaAdmin' },
  'Query.members': { owner: 'africaAdmin' },
  'Query.myAssignments': { owner: 'africaLearner' },
  'Query.mySchedule': { owner: 'africaLearner' },
  'Query.myPathToCredential': { owner: 'africaLearner' },
  'Query.networkOutcomes': {
    owner: 'admin',
    shared: 'the network view is the certifying body’s: only admins may ask, and programmes are its catalogue',
  },
  'Query.partner': { id: 'partner', owner: 'africaAdmin' },
  'Query.partnerOutcomes': { owner: 'africaAdmin' },
  'Query.programme': { id: 'programme', owner: null, shared: 'programmes are the certifying body’s catalogue, published to every partner' },
  'Query.reviewAudit': { owner: 'africaCoach' },
  'Query.sessionAttendance': { owner: 'africaCoach' },
  'Query.submission': { id: 'submission', owner: 'africaLearner' },
};

export const kindOf = (key: string, path: string): IdKind | undefined => {
  const spec = OPERATIONS[key];
  return spec?.kinds?.[path] ?? (path === 'id' ? spec?.id : BY_NAME[path.split('.').pop()!]);
};
export const isTenant = (k: IdKind | undefined): k is TenantKind => TENANT_KINDS.includes(k as TenantKind);
