/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": typeof types.ChangePasswordDocument,
    "mutation EndOtherSessions {\n  endOtherSessions\n}": typeof types.EndOtherSessionsDocument,
    "mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}": typeof types.EndSessionDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ipAddress\n    current\n  }\n}": typeof types.MySessionsDocument,
    "fragment NotificationSettingsFields on NotificationSettings {\n  weekOpened\n  sessionReminders\n  dueSoon\n  reviewReleased\n  bookingChanges\n  credentialIssued\n  credentialExpiry\n  atRiskAlerts\n  goalFollowUps\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}": typeof types.NotificationSettingsFieldsFragmentDoc,
    "mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}": typeof types.UpdateNotificationSettingsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.UpdateProfileDocument,
    "query AttendanceSheet($sessionId: ID!, $search: String, $first: Int, $offset: Int) {\n  attendanceSheet(\n    sessionId: $sessionId\n    search: $search\n    first: $first\n    offset: $offset\n  ) {\n    total\n    hasMore\n    learners\n    marked\n    items {\n      enrolmentId\n      status\n      progressPercent\n      learner {\n        id\n        name\n        email\n      }\n      attendance {\n        held\n        attended\n        excused\n        counted\n        percent\n      }\n    }\n  }\n}": typeof types.AttendanceSheetDocument,
    "mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, entries: $entries) {\n    enrolmentId\n    status\n    learner {\n      id\n      name\n      email\n    }\n  }\n}": typeof types.RecordAttendanceDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": typeof types.ResetPasswordDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  locale\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "fragment AvailabilityFields on Availability {\n  coachId\n  published\n  timeZone\n  weeklyHours {\n    weekday\n    start\n    end\n  }\n  exceptions {\n    date\n    kind\n    start\n    end\n  }\n  slotMinutes\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  minNoticeMinutes\n  horizonDays\n  cancellationCutoffMinutes\n  meetingUrl\n  updatedAt\n}": typeof types.AvailabilityFieldsFragmentDoc,
    "mutation BookCoaching($enrolmentId: ID!, $coachId: ID!, $startsAt: DateTime!, $clientMutationId: String) {\n  bookCoaching(\n    enrolmentId: $enrolmentId\n    coachId: $coachId\n    startsAt: $startsAt\n    clientMutationId: $clientMutationId\n  ) {\n    ...BookingFields\n  }\n}": typeof types.BookCoachingDocument,
    "fragment BookingFields on Booking {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  coach {\n    id\n    name\n    email\n  }\n  learner {\n    id\n    name\n    email\n  }\n  startsAt\n  endsAt\n  status\n  held\n  outcome\n  awaitingOutcome\n  cancellableUntil\n  sequence\n  meetingUrl\n  cancelledAt\n  cancelledBy {\n    id\n    name\n  }\n  cancellationReason\n}": typeof types.BookingFieldsFragmentDoc,
    "query BookingNotes($bookingIds: [ID!]!) {\n  bookingNotes(bookingIds: $bookingIds) {\n    bookingId\n    body\n    updatedAt\n  }\n}": typeof types.BookingNotesDocument,
    "mutation CancelBooking($id: ID!, $reason: String) {\n  cancelBooking(id: $id, reason: $reason) {\n    ...BookingFields\n  }\n}": typeof types.CancelBookingDocument,
    "query CoachingEnrolments {\n  myEnrolments {\n    id\n    status\n    cohort {\n      id\n      name\n      status\n      timeZone\n    }\n  }\n}": typeof types.CoachingEnrolmentsDocument,
    "query CoachingSlots($enrolmentId: ID!, $from: DateTime!, $to: DateTime!) {\n  coachingSlots(enrolmentId: $enrolmentId, from: $from, to: $to) {\n    enrolmentId\n    learnerTimeZone\n    sessionsAllowed\n    sessionsBooked\n    sessionsLeft\n    coaches {\n      coach {\n        id\n        name\n        email\n      }\n      timeZone\n      published\n      slotMinutes\n      cancellationCutoffMinutes\n      slots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n}": typeof types.CoachingSlotsDocument,
    "query CohortBookings($cohortId: ID!, $status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  cohortBookings(\n    cohortId: $cohortId\n    status: $status\n    from: $from\n    first: $first\n    offset: $offset\n  ) {\n    ...BookingFields\n  }\n}": typeof types.CohortBookingsDocument,
    "mutation MarkBookingOutcome($id: ID!, $outcome: BookingOutcome!) {\n  markBookingOutcome(id: $id, outcome: $outcome) {\n    ...BookingFields\n  }\n}": typeof types.MarkBookingOutcomeDocument,
    "query MyAvailability {\n  myAvailability {\n    ...AvailabilityFields\n  }\n}": typeof types.MyAvailabilityDocument,
    "query MyBookings($status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  myBookings(status: $status, from: $from, first: $first, offset: $offset) {\n    ...BookingFields\n  }\n}": typeof types.MyBookingsDocument,
    "query MyPastCoachingSessions($first: Int!, $offset: Int!) {\n  myPastCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    toMark\n    items {\n      ...BookingFields\n    }\n  }\n}": typeof types.MyPastCoachingSessionsDocument,
    "query MyUpcomingCoachingSessions($first: Int!, $offset: Int!) {\n  myUpcomingCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...BookingFields\n    }\n  }\n}": typeof types.MyUpcomingCoachingSessionsDocument,
    "mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n  rescheduleBooking(id: $id, startsAt: $startsAt) {\n    ...BookingFields\n  }\n}": typeof types.RescheduleBookingDocument,
    "query SessionsToMark {\n  myPastCoachingSessions(first: 1) {\n    toMark\n  }\n}": typeof types.SessionsToMarkDocument,
    "mutation SetAvailability($input: AvailabilityInput!) {\n  setAvailability(input: $input) {\n    ...AvailabilityFields\n  }\n}": typeof types.SetAvailabilityDocument,
    "mutation SetBookingNote($bookingId: ID!, $body: String!) {\n  setBookingNote(bookingId: $bookingId, body: $body) {\n    bookingId\n    body\n    updatedAt\n  }\n}": typeof types.SetBookingNoteDocument,
    "query CoachRoster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(\n    cohortId: $cohortId\n    search: $search\n    first: $first\n    offset: $offset\n    includeWithdrawn: false\n    order: ATTENDANCE\n  ) {\n    total\n    hasMore\n    belowMinimumAttendance\n    items {\n      ...EnrolmentFields\n    }\n  }\n}": typeof types.CoachRosterDocument,
    "mutation AssignCoach($cohortId: ID!, $userId: ID!) {\n  assignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}": typeof types.AssignCoachDocument,
    "mutation CancelLiveSession($id: ID!) {\n  cancelLiveSession(id: $id) {\n    ...LiveSessionFields\n  }\n}": typeof types.CancelLiveSessionDocument,
    "query Cohort($id: ID!) {\n  cohort(id: $id) {\n    ...CohortFields\n  }\n}": typeof types.CohortDocument,
    "query CohortCommunityLinks($id: ID!) {\n  cohort(id: $id) {\n    id\n    communityLinks {\n      label\n      url\n    }\n  }\n}": typeof types.CohortCommunityLinksDocument,
    "fragment CohortFields on Cohort {\n  id\n  name\n  status\n  startDate\n  endDate\n  timeZone\n  capacity\n  seatsTaken\n  currentWeek\n  partnerId\n  partnerName\n  programme {\n    programmeId\n    code\n    title\n    version\n    weeks\n    minAttendancePercent\n    coachingSessions\n    credentialName\n  }\n  weeks {\n    week\n    title\n    open\n    opensAt\n  }\n  coaches {\n    id\n    name\n    email\n  }\n}": typeof types.CohortFieldsFragmentDoc,
    "query Cohorts($partnerId: ID, $status: CohortStatus, $first: Int!, $offset: Int!) {\n  cohorts(partnerId: $partnerId, status: $status, first: $first, offset: $offset) {\n    ...CohortFields\n  }\n}": typeof types.CohortsDocument,
    "mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    ...CohortFields\n  }\n}": typeof types.CreateCohortDocument,
    "mutation DeleteCohort($id: ID!) {\n  deleteCohort(id: $id)\n}": typeof types.DeleteCohortDocument,
    "mutation DuplicateCohort($id: ID!, $input: DuplicateCohortInput!) {\n  duplicateCohort(id: $id, input: $input) {\n    ...CohortFields\n  }\n}": typeof types.DuplicateCohortDocument,
    "mutation EnrolLearner($input: EnrolLearnerInput!) {\n  enrolLearner(input: $input) {\n    ...EnrolmentFields\n  }\n}": typeof types.EnrolLearnerDocument,
    "fragment EnrolmentFields on Enrolment {\n  id\n  cohortId\n  status\n  enrolledAt\n  outcomeGoal\n  progressPercent\n  learner {\n    id\n    name\n    email\n  }\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n  }\n}": typeof types.EnrolmentFieldsFragmentDoc,
    "mutation ImportEnrolments($cohortId: ID!, $csv: String!) {\n  importEnrolments(cohortId: $cohortId, csv: $csv) {\n    enrolled\n    errors {\n      line\n      message\n    }\n  }\n}": typeof types.ImportEnrolmentsDocument,
    "fragment LiveSessionFields on LiveSession {\n  id\n  cohortId\n  week\n  title\n  startsAt\n  endsAt\n  durationMinutes\n  host {\n    id\n    name\n    email\n  }\n  joinUrl\n  recordingUrl\n  cancelled\n}": typeof types.LiveSessionFieldsFragmentDoc,
    "query LiveSessions($cohortId: ID!) {\n  liveSessions(cohortId: $cohortId) {\n    ...LiveSessionFields\n  }\n}": typeof types.LiveSessionsDocument,
    "query ProgrammeCatalogue {\n  programmes(first: 100) {\n    id\n    code\n    title\n    weeks\n    latestVersion {\n      id\n      version\n    }\n  }\n}": typeof types.ProgrammeCatalogueDocument,
    "query Roster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...EnrolmentFields\n    }\n  }\n}": typeof types.RosterDocument,
    "mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n  setCohortStatus(id: $id, status: $status) {\n    ...CohortFields\n  }\n}": typeof types.SetCohortStatusDocument,
    "mutation UnassignCoach($cohortId: ID!, $userId: ID!) {\n  unassignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}": typeof types.UnassignCoachDocument,
    "mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n  updateCohort(id: $id, input: $input) {\n    ...CohortFields\n    communityLinks {\n      label\n      url\n    }\n  }\n}": typeof types.UpdateCohortDocument,
    "mutation UpdateLiveSession($id: ID!, $input: UpdateLiveSessionInput!) {\n  updateLiveSession(id: $id, input: $input) {\n    ...LiveSessionFields\n  }\n}": typeof types.UpdateLiveSessionDocument,
    "mutation WithdrawEnrolment($id: ID!) {\n  withdrawEnrolment(id: $id) {\n    ...EnrolmentFields\n  }\n}": typeof types.WithdrawEnrolmentDocument,
    "mutation ApproveCredential($enrolmentId: ID!) {\n  approveCredential(enrolmentId: $enrolmentId) {\n    ...CredentialSummaryFields\n  }\n}": typeof types.ApproveCredentialDocument,
    "query CohortCredentialActivity($cohortId: ID!) {\n  cohortCredentialActivity(cohortId: $cohortId) {\n    cohortId\n    issued\n    viewed\n    views\n    verifications\n    linkedInAdds\n    shareRate\n    credentials {\n      credentialId\n      learnerName\n      views\n      verifications\n      linkedInAdds\n      lastActivityOn\n    }\n  }\n}": typeof types.CohortCredentialActivityDocument,
    "query CohortEligibility($cohortId: ID!) {\n  cohort(id: $cohortId) {\n    id\n    name\n  }\n  cohortEligibility(cohortId: $cohortId) {\n    ...EligibilityFields\n  }\n}": typeof types.CohortEligibilityDocument,
    "query Credential($id: ID!) {\n  credential(id: $id) {\n    ...CredentialViewFields\n  }\n}": typeof types.CredentialDocument,
    "fragment CredentialSummaryFields on CredentialView {\n  id\n  name\n  cohortName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  verificationUrl\n  pdfUrl\n  linkedInUrl\n}": typeof types.CredentialSummaryFieldsFragmentDoc,
    "fragment CredentialViewFields on CredentialView {\n  id\n  name\n  learnerName\n  description\n  criteria\n  programmeCode\n  programmeTitle\n  cohortName\n  partnerName\n  issuerName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  evidence {\n    ...EligibilityFactFields\n  }\n  verificationUrl\n  jsonUrl\n  jwtUrl\n  badgeImageUrl\n  viewerIsHolder\n  pdfUrl\n  jwksUrl\n  linkedInUrl\n}": typeof types.CredentialViewFieldsFragmentDoc,
    "query Eligibility($enrolmentId: ID!) {\n  eligibility(enrolmentId: $enrolmentId) {\n    ...EligibilityFields\n  }\n}": typeof types.EligibilityDocument,
    "fragment EligibilityFactFields on EligibilityFact {\n  kind\n  label\n  met\n  detail\n  at\n  data {\n    week\n    assignmentTitle\n    minAttendancePercent\n    sessionsHeld\n    sessionsCounted\n    sessionsAttended\n    sessionsExcused\n    attendancePercent\n    coachingRequired\n    coachingHeld\n  }\n}": typeof types.EligibilityFactFieldsFragmentDoc,
    "fragment EligibilityFields on Eligibility {\n  enrolmentId\n  learnerName\n  eligible\n  credentialId\n  credential {\n    id\n    status\n    issuedAt\n  }\n  facts {\n    ...EligibilityFactFields\n  }\n}": typeof types.EligibilityFieldsFragmentDoc,
    "query IssuanceRun($id: ID!) {\n  issuanceRun(id: $id) {\n    ...IssuanceRunFields\n  }\n}": typeof types.IssuanceRunDocument,
    "fragment IssuanceRunFields on IssuanceRun {\n  id\n  cohortId\n  total\n  done\n  issued\n  alreadyHeld\n  notEligible\n  failed\n  finished\n  createdAt\n}": typeof types.IssuanceRunFieldsFragmentDoc,
    "mutation IssueCohortCredentials($cohortId: ID!) {\n  issueCohortCredentials(cohortId: $cohortId) {\n    ...IssuanceRunFields\n  }\n}": typeof types.IssueCohortCredentialsDocument,
    "query IssuerKeys {\n  issuerKeys {\n    kid\n    active\n    createdAt\n    retiredAt\n    credentialCount\n  }\n}": typeof types.IssuerKeysDocument,
    "query LearnerCredentials {\n  myCredentials {\n    ...CredentialSummaryFields\n  }\n}": typeof types.LearnerCredentialsDocument,
    "mutation RecordCredentialEvent($id: ID!, $event: CredentialPageEvent!) {\n  recordCredentialEvent(id: $id, event: $event)\n}": typeof types.RecordCredentialEventDocument,
    "mutation RevokeCredential($id: ID!, $reason: String!) {\n  revokeCredential(id: $id, reason: $reason) {\n    ...CredentialSummaryFields\n  }\n}": typeof types.RevokeCredentialDocument,
    "mutation RotateIssuerKey {\n  rotateIssuerKey\n}": typeof types.RotateIssuerKeyDocument,
    "fragment AssignmentFields on Assignment {\n  id\n  title\n  instructions\n  submissionKinds\n  passMark\n  maxPoints\n  rubric {\n    ...RubricFields\n  }\n}": typeof types.AssignmentFieldsFragmentDoc,
    "query CohortDueDates($cohortId: ID!) {\n  cohortDueDates(cohortId: $cohortId) {\n    ...WeekDueDatesFields\n  }\n}": typeof types.CohortDueDatesDocument,
    "query CohortGradingSummary($cohortId: ID!) {\n  gradebook(cohortId: $cohortId, first: 1) {\n    cohortId\n    summary {\n      ...GradebookSummaryFields\n    }\n  }\n}": typeof types.CohortGradingSummaryDocument,
    "query Gradebook($cohortId: ID!, $search: String, $first: Int, $offset: Int, $links: Boolean!) {\n  gradebook(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    cohortId\n    cohortName\n    csvUrl\n    total\n    hasMore\n    summary {\n      ...GradebookSummaryFields\n    }\n    weeks {\n      week\n      assignmentTitle\n      dueAt\n      maxPoints\n      passMark\n    }\n    rows {\n      enrolmentId\n      enrolmentStatus\n      passedWeeks\n      extendedWeeks\n      learner {\n        id\n        name\n        email\n      }\n      cells {\n        week\n        state\n        submissionId @include(if: $links)\n        version\n        late\n        overdue\n        verdict\n        total\n      }\n    }\n  }\n}": typeof types.GradebookDocument,
    "fragment GradebookSummaryFields on GradebookSummary {\n  learners\n  awaiting\n  drafts\n  missing\n  late\n  passed\n  possible\n}": typeof types.GradebookSummaryFieldsFragmentDoc,
    "query GradingNeighbours($submissionId: ID!, $filter: GradingQueueFilter) {\n  gradingNeighbours(submissionId: $submissionId, filter: $filter) {\n    total\n    position\n    previousId\n    nextId\n    firstId\n  }\n}": typeof types.GradingNeighboursDocument,
    "query GradingQueue($filter: GradingQueueFilter, $first: Int!, $offset: Int!) {\n  gradingQueue(filter: $filter, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      id\n      cohortId\n      cohortName\n      week\n      version\n      learner {\n        id\n        name\n        email\n      }\n      assignment {\n        id\n        title\n        maxPoints\n      }\n      submittedAt\n      late\n      state\n      review {\n        id\n        verdict\n        total\n        version\n      }\n    }\n  }\n}": typeof types.GradingQueueDocument,
    "query GradingSummary {\n  awaiting: gradingQueue(filter: {state: SUBMITTED}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n  drafts: gradingQueue(filter: {state: DRAFT}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n}": typeof types.GradingSummaryDocument,
    "query MyAssignments($enrolmentId: ID!) {\n  myAssignments(enrolmentId: $enrolmentId) {\n    enrolmentId\n    week\n    weekTitle\n    open\n    assignmentId\n    title\n    instructions\n    submissionKinds\n    rubric {\n      ...RubricFields\n    }\n    passMark\n    maxPoints\n    dueAt\n    dueSource\n    progress\n    canSubmit\n    cannotSubmitReason\n    submissions {\n      ...SubmissionFields\n    }\n  }\n}": typeof types.MyAssignmentsDocument,
    "mutation ReleaseReview($id: ID!, $expectedVersion: Int!) {\n  releaseReview(id: $id, expectedVersion: $expectedVersion) {\n    ...ReviewFields\n  }\n}": typeof types.ReleaseReviewDocument,
    "query ReviewAudit($submissionId: ID!) {\n  reviewAudit(submissionId: $submissionId) {\n    id\n    reviewId\n    action\n    actor {\n      id\n      name\n    }\n    at\n    reviewVersion\n    state\n    verdict\n    total\n    feedback\n  }\n}": typeof types.ReviewAuditDocument,
    "fragment ReviewFields on Review {\n  id\n  submissionId\n  state\n  verdict\n  scores {\n    criterionId\n    criterionTitle\n    points\n    levelLabel\n  }\n  total\n  maxPoints\n  passMark\n  reachesPassMark\n  feedback\n  version\n  reviewer {\n    id\n    name\n  }\n  updatedAt\n  releasedAt\n}": typeof types.ReviewFieldsFragmentDoc,
    "fragment RubricFields on RubricCriterion {\n  id\n  title\n  levels {\n    label\n    points\n  }\n}": typeof types.RubricFieldsFragmentDoc,
    "mutation SaveReview($input: SaveReviewInput!) {\n  saveReview(input: $input) {\n    ...ReviewFields\n  }\n}": typeof types.SaveReviewDocument,
    "mutation SetCohortDueDate($input: SetCohortDueDateInput!) {\n  setCohortDueDate(input: $input) {\n    ...WeekDueDatesFields\n  }\n}": typeof types.SetCohortDueDateDocument,
    "mutation SetDueExtension($input: SetDueExtensionInput!) {\n  setDueExtension(input: $input) {\n    enrolmentId\n    week\n    dueAt\n    source\n  }\n}": typeof types.SetDueExtensionDocument,
    "query Submission($id: ID!) {\n  submission(id: $id) {\n    ...SubmissionFields\n    assignment {\n      ...AssignmentFields\n    }\n  }\n}": typeof types.SubmissionDocument,
    "fragment SubmissionFields on Submission {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  week\n  version\n  latest\n  learner {\n    id\n    name\n    email\n  }\n  text\n  link\n  file {\n    id\n    filename\n    contentType\n    sizeBytes\n    downloadUrl\n  }\n  submittedAt\n  dueAt\n  late\n  state\n  review {\n    ...ReviewFields\n  }\n  versions {\n    id\n    version\n    submittedAt\n    late\n    verdict\n  }\n}": typeof types.SubmissionFieldsFragmentDoc,
    "mutation SubmitAssignment($input: SubmitAssignmentInput!) {\n  submitAssignment(input: $input) {\n    ...SubmissionFields\n  }\n}": typeof types.SubmitAssignmentDocument,
    "fragment WeekDueDatesFields on WeekDueDates {\n  cohortId\n  week\n  assignmentTitle\n  programmeDueAt\n  cohortDueAt\n  dueAt\n  extensions {\n    enrolmentId\n    learner {\n      id\n      name\n    }\n    dueAt\n    reason\n    grantedAt\n  }\n}": typeof types.WeekDueDatesFieldsFragmentDoc,
    "query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}": typeof types.MyCredentialsDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": typeof types.AcceptInvitationDocument,
    "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    signInToAccept\n    cohortNames\n  }\n}": typeof types.InvitationPreviewDocument,
    "mutation JoinInvitation($token: String!, $goal: GoalInput) {\n  joinInvitation(token: $token, goal: $goal) {\n    ...ViewerFields\n  }\n}": typeof types.JoinInvitationDocument,
    "fragment LearnerEnrolmentFields on LearnerEnrolment {\n  id\n  status\n  outcomeGoal\n  progressPercent\n  completedItems\n  totalItems\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n    summary\n  }\n  due {\n    week\n    title\n    dueAt\n    state\n    overdue\n  }\n  nextSession {\n    id\n    title\n    week\n    startsAt\n    endsAt\n    durationMinutes\n    joinUrl\n    host {\n      id\n      name\n    }\n  }\n  cohort {\n    id\n    name\n    status\n    currentWeek\n    timeZone\n    startDate\n    endDate\n    partnerName\n    programme {\n      programmeId\n      code\n      title\n      language\n      weeks\n      minAttendancePercent\n      credentialName\n    }\n    communityLinks {\n      label\n      url\n    }\n  }\n  weeks {\n    week\n    title\n    summary\n    open\n    current\n    opensAt\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n      completed\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      dueAt\n    }\n  }\n}": typeof types.LearnerEnrolmentFieldsFragmentDoc,
    "query MyEnrolments {\n  myEnrolments {\n    ...LearnerEnrolmentFields\n  }\n}": typeof types.MyEnrolmentsDocument,
    "query MySchedule($enrolmentId: ID!) {\n  mySchedule(enrolmentId: $enrolmentId) {\n    enrolmentId\n    cohortId\n    cohortName\n    timeZone\n    communityLinks {\n      label\n      url\n    }\n    attendance {\n      held\n      attended\n      excused\n      counted\n      percent\n      summary\n    }\n    sessions {\n      when\n      attendance\n      session {\n        id\n        week\n        title\n        startsAt\n        endsAt\n        durationMinutes\n        joinUrl\n        recordingUrl\n        cancelled\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.MyScheduleDocument,
    "mutation SetContentItemCompleted($enrolmentId: ID!, $contentItemId: ID!, $completed: Boolean!) {\n  setContentItemCompleted(\n    enrolmentId: $enrolmentId\n    contentItemId: $contentItemId\n    completed: $completed\n  ) {\n    ...LearnerEnrolmentFields\n  }\n}": typeof types.SetContentItemCompletedDocument,
    "mutation SetOutcomeGoal($enrolmentId: ID!, $goal: String!) {\n  setOutcomeGoal(enrolmentId: $enrolmentId, goal: $goal) {\n    ...LearnerEnrolmentFields\n  }\n}": typeof types.SetOutcomeGoalDocument,
    "query Outbox($first: Int!, $offset: Int!, $recipient: String, $kind: String) {\n  outbox(first: $first, offset: $offset, recipient: $recipient, kind: $kind) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}": typeof types.OutboxDocument,
    "query OutboxKinds {\n  outboxKinds\n}": typeof types.OutboxKindsDocument,
    "query AtRiskLearners($cohortId: ID!) {\n  atRiskLearners(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    reasons\n    credentialReachable\n    summary\n    path {\n      ...CredentialPathFields\n    }\n  }\n}": typeof types.AtRiskLearnersDocument,
    "fragment LearnerGoalCheckInFields on GoalCheckIn {\n  id\n  kind\n  currentValue\n  reached\n  note\n  recordedAt\n  coachConfirmedAt\n  coachComment\n  coachConfirmedBy {\n    id\n    name\n  }\n}\n\nquery CohortGoals($cohortId: ID!) {\n  cohortGoals(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    goal {\n      enrolmentId\n      statement\n      measure\n      baseline\n      target\n      byDate\n      checkIns {\n        ...LearnerGoalCheckInFields\n      }\n    }\n  }\n}": typeof types.LearnerGoalCheckInFieldsFragmentDoc,
    "mutation ConfirmGoalCheckIn($enrolmentId: ID!, $kind: GoalCheckInKind!, $comment: String) {\n  confirmGoalCheckIn(enrolmentId: $enrolmentId, kind: $kind, comment: $comment) {\n    enrolmentId\n    checkIns {\n      ...LearnerGoalCheckInFields\n    }\n  }\n}": typeof types.ConfirmGoalCheckInDocument,
    "fragment GoalFollowUpFields on GoalFollowUp {\n  firstName\n  cohortName\n  statement\n  measure\n  baseline\n  target\n  byDate\n  expiresAt\n  reached\n  currentValue\n  note\n  recordedAt\n}\n\nquery GoalFollowUp($token: String!) {\n  goalFollowUp(token: $token) {\n    ...GoalFollowUpFields\n  }\n}": typeof types.GoalFollowUpFieldsFragmentDoc,
    "mutation MessageLearners($cohortId: ID!, $enrolmentIds: [ID!]!, $subject: String!, $body: String!) {\n  messageLearners(\n    cohortId: $cohortId\n    enrolmentIds: $enrolmentIds\n    subject: $subject\n    body: $body\n  ) {\n    id\n    recipients\n  }\n}": typeof types.MessageLearnersDocument,
    "query MyOutcomeEnrolments {\n  myEnrolments {\n    id\n    cohort {\n      id\n      name\n    }\n  }\n}": typeof types.MyOutcomeEnrolmentsDocument,
    "fragment CredentialPathFields on CredentialPath {\n  enrolmentId\n  reachable\n  sessionsRemaining\n  sessionsToAttend\n  weeksToPass\n  weeksLost\n  coachingToHold\n  coachingBooked\n  reasons\n}\n\nquery MyPathToCredential($enrolmentId: ID!) {\n  myPathToCredential(enrolmentId: $enrolmentId) {\n    summary\n    ...CredentialPathFields\n  }\n  enrolmentGoal(enrolmentId: $enrolmentId) {\n    enrolmentId\n    statement\n    measure\n    baseline\n    target\n    byDate\n    checkInsOpen\n    checkIns {\n      id\n      kind\n      currentValue\n      reached\n      note\n      recordedAt\n      coachConfirmedAt\n      coachComment\n    }\n  }\n}": typeof types.CredentialPathFieldsFragmentDoc,
    "query NetworkOutcomes($programmeId: ID, $programmeVersion: Int, $from: String, $to: String) {\n  networkOutcomes(\n    programmeId: $programmeId\n    programmeVersion: $programmeVersion\n    from: $from\n    to: $to\n  ) {\n    partners {\n      partnerId\n      partnerName\n      cohorts\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n    median {\n      enrolled\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}": typeof types.NetworkOutcomesDocument,
    "fragment OutcomeTotalsFields on OutcomeTotals {\n  enrolled\n  active\n  withdrawn\n  certified\n  certifiedRate\n  onTimeRate\n  medianDaysToCredential\n  goalReachedRate\n  attendanceRate\n  atRisk\n}": typeof types.OutcomeTotalsFieldsFragmentDoc,
    "query PartnerOutcomes($partnerId: ID!) {\n  partnerOutcomes(partnerId: $partnerId) {\n    partnerId\n    partnerName\n    totals {\n      ...OutcomeTotalsFields\n    }\n    cohorts {\n      cohortId\n      cohortName\n      startDate\n      endDate\n      status\n      ended\n      programmeCode\n      programmeVersion\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}": typeof types.PartnerOutcomesDocument,
    "query OutcomeProgrammes {\n  programmes {\n    id\n    code\n    title\n  }\n}": typeof types.OutcomeProgrammesDocument,
    "mutation RecordGoalFollowUp($token: String!, $input: GoalFollowUpInput!) {\n  recordGoalFollowUp(token: $token, input: $input) {\n    ...GoalFollowUpFields\n  }\n}": typeof types.RecordGoalFollowUpDocument,
    "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}": typeof types.CreatePartnerDocument,
    "fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n}": typeof types.InvitationFieldsFragmentDoc,
    "query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}": typeof types.InvitationsDocument,
    "mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}": typeof types.InviteDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}": typeof types.MemberFieldsFragmentDoc,
    "query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!, $search: String) {\n  members(\n    partnerId: $partnerId\n    role: $role\n    first: $first\n    offset: $offset\n    search: $search\n  ) {\n    ...MemberFields\n  }\n  memberCount(partnerId: $partnerId, role: $role, search: $search)\n}": typeof types.MembersDocument,
    "query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}": typeof types.PartnerDocument,
    "fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}": typeof types.PartnerFieldsFragmentDoc,
    "query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}": typeof types.PartnersDocument,
    "mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}": typeof types.RemoveMemberDocument,
    "mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    ...InvitationFields\n  }\n}": typeof types.ResendInvitationDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}": typeof types.RevokeInvitationDocument,
    "mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}": typeof types.UpdatePartnerDocument,
    "mutation CreateProgramme($input: ProgrammeDefinitionInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeDetailFields\n  }\n}": typeof types.CreateProgrammeDocument,
    "query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeDetailFields\n  }\n}": typeof types.ProgrammeDocument,
    "fragment ProgrammeDetailFields on Programme {\n  id\n  code\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      maxPoints\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n  draftProblems\n  hasUnpublishedChanges\n  latestVersion {\n    id\n    version\n    publishedAt\n    definition {\n      ...PublishedDefinitionFields\n    }\n  }\n}": typeof types.ProgrammeDetailFieldsFragmentDoc,
    "query Programmes($first: Int!, $offset: Int!) {\n  programmes(first: $first, offset: $offset) {\n    id\n    code\n    title\n    weeks\n    hasUnpublishedChanges\n    draftProblems\n    latestVersion {\n      id\n      version\n      publishedAt\n    }\n  }\n}": typeof types.ProgrammesDocument,
    "mutation PublishProgramme($id: ID!) {\n  publishProgramme(id: $id) {\n    id\n    programmeId\n    version\n    publishedAt\n  }\n}": typeof types.PublishProgrammeDocument,
    "fragment PublishedDefinitionFields on ProgrammeDefinition {\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n}": typeof types.PublishedDefinitionFieldsFragmentDoc,
    "mutation UpdateProgrammeDraft($id: ID!, $input: ProgrammeDefinitionInput!) {\n  updateProgrammeDraft(id: $id, input: $input) {\n    ...ProgrammeDetailFields\n  }\n}": typeof types.UpdateProgrammeDraftDocument,
};
const documents: Documents = {
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": types.ChangePasswordDocument,
    "mutation EndOtherSessions {\n  endOtherSessions\n}": types.EndOtherSessionsDocument,
    "mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}": types.EndSessionDocument,
    "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ipAddress\n    current\n  }\n}": types.MySessionsDocument,
    "fragment NotificationSettingsFields on NotificationSettings {\n  weekOpened\n  sessionReminders\n  dueSoon\n  reviewReleased\n  bookingChanges\n  credentialIssued\n  credentialExpiry\n  atRiskAlerts\n  goalFollowUps\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}": types.NotificationSettingsFieldsFragmentDoc,
    "mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}": types.UpdateNotificationSettingsDocument,
    "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerFields\n  }\n}": types.UpdateProfileDocument,
    "query AttendanceSheet($sessionId: ID!, $search: String, $first: Int, $offset: Int) {\n  attendanceSheet(\n    sessionId: $sessionId\n    search: $search\n    first: $first\n    offset: $offset\n  ) {\n    total\n    hasMore\n    learners\n    marked\n    items {\n      enrolmentId\n      status\n      progressPercent\n      learner {\n        id\n        name\n        email\n      }\n      attendance {\n        held\n        attended\n        excused\n        counted\n        percent\n      }\n    }\n  }\n}": types.AttendanceSheetDocument,
    "mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, entries: $entries) {\n    enrolmentId\n    status\n    learner {\n      id\n      name\n      email\n    }\n  }\n}": types.RecordAttendanceDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": types.ResetPasswordDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  locale\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}": types.ViewerFieldsFragmentDoc,
    "fragment AvailabilityFields on Availability {\n  coachId\n  published\n  timeZone\n  weeklyHours {\n    weekday\n    start\n    end\n  }\n  exceptions {\n    date\n    kind\n    start\n    end\n  }\n  slotMinutes\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  minNoticeMinutes\n  horizonDays\n  cancellationCutoffMinutes\n  meetingUrl\n  updatedAt\n}": types.AvailabilityFieldsFragmentDoc,
    "mutation BookCoaching($enrolmentId: ID!, $coachId: ID!, $startsAt: DateTime!, $clientMutationId: String) {\n  bookCoaching(\n    enrolmentId: $enrolmentId\n    coachId: $coachId\n    startsAt: $startsAt\n    clientMutationId: $clientMutationId\n  ) {\n    ...BookingFields\n  }\n}": types.BookCoachingDocument,
    "fragment BookingFields on Booking {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  coach {\n    id\n    name\n    email\n  }\n  learner {\n    id\n    name\n    email\n  }\n  startsAt\n  endsAt\n  status\n  held\n  outcome\n  awaitingOutcome\n  cancellableUntil\n  sequence\n  meetingUrl\n  cancelledAt\n  cancelledBy {\n    id\n    name\n  }\n  cancellationReason\n}": types.BookingFieldsFragmentDoc,
    "query BookingNotes($bookingIds: [ID!]!) {\n  bookingNotes(bookingIds: $bookingIds) {\n    bookingId\n    body\n    updatedAt\n  }\n}": types.BookingNotesDocument,
    "mutation CancelBooking($id: ID!, $reason: String) {\n  cancelBooking(id: $id, reason: $reason) {\n    ...BookingFields\n  }\n}": types.CancelBookingDocument,
    "query CoachingEnrolments {\n  myEnrolments {\n    id\n    status\n    cohort {\n      id\n      name\n      status\n      timeZone\n    }\n  }\n}": types.CoachingEnrolmentsDocument,
    "query CoachingSlots($enrolmentId: ID!, $from: DateTime!, $to: DateTime!) {\n  coachingSlots(enrolmentId: $enrolmentId, from: $from, to: $to) {\n    enrolmentId\n    learnerTimeZone\n    sessionsAllowed\n    sessionsBooked\n    sessionsLeft\n    coaches {\n      coach {\n        id\n        name\n        email\n      }\n      timeZone\n      published\n      slotMinutes\n      cancellationCutoffMinutes\n      slots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n}": types.CoachingSlotsDocument,
    "query CohortBookings($cohortId: ID!, $status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  cohortBookings(\n    cohortId: $cohortId\n    status: $status\n    from: $from\n    first: $first\n    offset: $offset\n  ) {\n    ...BookingFields\n  }\n}": types.CohortBookingsDocument,
    "mutation MarkBookingOutcome($id: ID!, $outcome: BookingOutcome!) {\n  markBookingOutcome(id: $id, outcome: $outcome) {\n    ...BookingFields\n  }\n}": types.MarkBookingOutcomeDocument,
    "query MyAvailability {\n  myAvailability {\n    ...AvailabilityFields\n  }\n}": types.MyAvailabilityDocument,
    "query MyBookings($status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  myBookings(status: $status, from: $from, first: $first, offset: $offset) {\n    ...BookingFields\n  }\n}": types.MyBookingsDocument,
    "query MyPastCoachingSessions($first: Int!, $offset: Int!) {\n  myPastCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    toMark\n    items {\n      ...BookingFields\n    }\n  }\n}": types.MyPastCoachingSessionsDocument,
    "query MyUpcomingCoachingSessions($first: Int!, $offset: Int!) {\n  myUpcomingCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...BookingFields\n    }\n  }\n}": types.MyUpcomingCoachingSessionsDocument,
    "mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n  rescheduleBooking(id: $id, startsAt: $startsAt) {\n    ...BookingFields\n  }\n}": types.RescheduleBookingDocument,
    "query SessionsToMark {\n  myPastCoachingSessions(first: 1) {\n    toMark\n  }\n}": types.SessionsToMarkDocument,
    "mutation SetAvailability($input: AvailabilityInput!) {\n  setAvailability(input: $input) {\n    ...AvailabilityFields\n  }\n}": types.SetAvailabilityDocument,
    "mutation SetBookingNote($bookingId: ID!, $body: String!) {\n  setBookingNote(bookingId: $bookingId, body: $body) {\n    bookingId\n    body\n    updatedAt\n  }\n}": types.SetBookingNoteDocument,
    "query CoachRoster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(\n    cohortId: $cohortId\n    search: $search\n    first: $first\n    offset: $offset\n    includeWithdrawn: false\n    order: ATTENDANCE\n  ) {\n    total\n    hasMore\n    belowMinimumAttendance\n    items {\n      ...EnrolmentFields\n    }\n  }\n}": types.CoachRosterDocument,
    "mutation AssignCoach($cohortId: ID!, $userId: ID!) {\n  assignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}": types.AssignCoachDocument,
    "mutation CancelLiveSession($id: ID!) {\n  cancelLiveSession(id: $id) {\n    ...LiveSessionFields\n  }\n}": types.CancelLiveSessionDocument,
    "query Cohort($id: ID!) {\n  cohort(id: $id) {\n    ...CohortFields\n  }\n}": types.CohortDocument,
    "query CohortCommunityLinks($id: ID!) {\n  cohort(id: $id) {\n    id\n    communityLinks {\n      label\n      url\n    }\n  }\n}": types.CohortCommunityLinksDocument,
    "fragment CohortFields on Cohort {\n  id\n  name\n  status\n  startDate\n  endDate\n  timeZone\n  capacity\n  seatsTaken\n  currentWeek\n  partnerId\n  partnerName\n  programme {\n    programmeId\n    code\n    title\n    version\n    weeks\n    minAttendancePercent\n    coachingSessions\n    credentialName\n  }\n  weeks {\n    week\n    title\n    open\n    opensAt\n  }\n  coaches {\n    id\n    name\n    email\n  }\n}": types.CohortFieldsFragmentDoc,
    "query Cohorts($partnerId: ID, $status: CohortStatus, $first: Int!, $offset: Int!) {\n  cohorts(partnerId: $partnerId, status: $status, first: $first, offset: $offset) {\n    ...CohortFields\n  }\n}": types.CohortsDocument,
    "mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    ...CohortFields\n  }\n}": types.CreateCohortDocument,
    "mutation DeleteCohort($id: ID!) {\n  deleteCohort(id: $id)\n}": types.DeleteCohortDocument,
    "mutation DuplicateCohort($id: ID!, $input: DuplicateCohortInput!) {\n  duplicateCohort(id: $id, input: $input) {\n    ...CohortFields\n  }\n}": types.DuplicateCohortDocument,
    "mutation EnrolLearner($input: EnrolLearnerInput!) {\n  enrolLearner(input: $input) {\n    ...EnrolmentFields\n  }\n}": types.EnrolLearnerDocument,
    "fragment EnrolmentFields on Enrolment {\n  id\n  cohortId\n  status\n  enrolledAt\n  outcomeGoal\n  progressPercent\n  learner {\n    id\n    name\n    email\n  }\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n  }\n}": types.EnrolmentFieldsFragmentDoc,
    "mutation ImportEnrolments($cohortId: ID!, $csv: String!) {\n  importEnrolments(cohortId: $cohortId, csv: $csv) {\n    enrolled\n    errors {\n      line\n      message\n    }\n  }\n}": types.ImportEnrolmentsDocument,
    "fragment LiveSessionFields on LiveSession {\n  id\n  cohortId\n  week\n  title\n  startsAt\n  endsAt\n  durationMinutes\n  host {\n    id\n    name\n    email\n  }\n  joinUrl\n  recordingUrl\n  cancelled\n}": types.LiveSessionFieldsFragmentDoc,
    "query LiveSessions($cohortId: ID!) {\n  liveSessions(cohortId: $cohortId) {\n    ...LiveSessionFields\n  }\n}": types.LiveSessionsDocument,
    "query ProgrammeCatalogue {\n  programmes(first: 100) {\n    id\n    code\n    title\n    weeks\n    latestVersion {\n      id\n      version\n    }\n  }\n}": types.ProgrammeCatalogueDocument,
    "query Roster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...EnrolmentFields\n    }\n  }\n}": types.RosterDocument,
    "mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n  setCohortStatus(id: $id, status: $status) {\n    ...CohortFields\n  }\n}": types.SetCohortStatusDocument,
    "mutation UnassignCoach($cohortId: ID!, $userId: ID!) {\n  unassignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}": types.UnassignCoachDocument,
    "mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n  updateCohort(id: $id, input: $input) {\n    ...CohortFields\n    communityLinks {\n      label\n      url\n    }\n  }\n}": types.UpdateCohortDocument,
    "mutation UpdateLiveSession($id: ID!, $input: UpdateLiveSessionInput!) {\n  updateLiveSession(id: $id, input: $input) {\n    ...LiveSessionFields\n  }\n}": types.UpdateLiveSessionDocument,
    "mutation WithdrawEnrolment($id: ID!) {\n  withdrawEnrolment(id: $id) {\n    ...EnrolmentFields\n  }\n}": types.WithdrawEnrolmentDocument,
    "mutation ApproveCredential($enrolmentId: ID!) {\n  approveCredential(enrolmentId: $enrolmentId) {\n    ...CredentialSummaryFields\n  }\n}": types.ApproveCredentialDocument,
    "query CohortCredentialActivity($cohortId: ID!) {\n  cohortCredentialActivity(cohortId: $cohortId) {\n    cohortId\n    issued\n    viewed\n    views\n    verifications\n    linkedInAdds\n    shareRate\n    credentials {\n      credentialId\n      learnerName\n      views\n      verifications\n      linkedInAdds\n      lastActivityOn\n    }\n  }\n}": types.CohortCredentialActivityDocument,
    "query CohortEligibility($cohortId: ID!) {\n  cohort(id: $cohortId) {\n    id\n    name\n  }\n  cohortEligibility(cohortId: $cohortId) {\n    ...EligibilityFields\n  }\n}": types.CohortEligibilityDocument,
    "query Credential($id: ID!) {\n  credential(id: $id) {\n    ...CredentialViewFields\n  }\n}": types.CredentialDocument,
    "fragment CredentialSummaryFields on CredentialView {\n  id\n  name\n  cohortName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  verificationUrl\n  pdfUrl\n  linkedInUrl\n}": types.CredentialSummaryFieldsFragmentDoc,
    "fragment CredentialViewFields on CredentialView {\n  id\n  name\n  learnerName\n  description\n  criteria\n  programmeCode\n  programmeTitle\n  cohortName\n  partnerName\n  issuerName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  evidence {\n    ...EligibilityFactFields\n  }\n  verificationUrl\n  jsonUrl\n  jwtUrl\n  badgeImageUrl\n  viewerIsHolder\n  pdfUrl\n  jwksUrl\n  linkedInUrl\n}": types.CredentialViewFieldsFragmentDoc,
    "query Eligibility($enrolmentId: ID!) {\n  eligibility(enrolmentId: $enrolmentId) {\n    ...EligibilityFields\n  }\n}": types.EligibilityDocument,
    "fragment EligibilityFactFields on EligibilityFact {\n  kind\n  label\n  met\n  detail\n  at\n  data {\n    week\n    assignmentTitle\n    minAttendancePercent\n    sessionsHeld\n    sessionsCounted\n    sessionsAttended\n    sessionsExcused\n    attendancePercent\n    coachingRequired\n    coachingHeld\n  }\n}": types.EligibilityFactFieldsFragmentDoc,
    "fragment EligibilityFields on Eligibility {\n  enrolmentId\n  learnerName\n  eligible\n  credentialId\n  credential {\n    id\n    status\n    issuedAt\n  }\n  facts {\n    ...EligibilityFactFields\n  }\n}": types.EligibilityFieldsFragmentDoc,
    "query IssuanceRun($id: ID!) {\n  issuanceRun(id: $id) {\n    ...IssuanceRunFields\n  }\n}": types.IssuanceRunDocument,
    "fragment IssuanceRunFields on IssuanceRun {\n  id\n  cohortId\n  total\n  done\n  issued\n  alreadyHeld\n  notEligible\n  failed\n  finished\n  createdAt\n}": types.IssuanceRunFieldsFragmentDoc,
    "mutation IssueCohortCredentials($cohortId: ID!) {\n  issueCohortCredentials(cohortId: $cohortId) {\n    ...IssuanceRunFields\n  }\n}": types.IssueCohortCredentialsDocument,
    "query IssuerKeys {\n  issuerKeys {\n    kid\n    active\n    createdAt\n    retiredAt\n    credentialCount\n  }\n}": types.IssuerKeysDocument,
    "query LearnerCredentials {\n  myCredentials {\n    ...CredentialSummaryFields\n  }\n}": types.LearnerCredentialsDocument,
    "mutation RecordCredentialEvent($id: ID!, $event: CredentialPageEvent!) {\n  recordCredentialEvent(id: $id, event: $event)\n}": types.RecordCredentialEventDocument,
    "mutation RevokeCredential($id: ID!, $reason: String!) {\n  revokeCredential(id: $id, reason: $reason) {\n    ...CredentialSummaryFields\n  }\n}": types.RevokeCredentialDocument,
    "mutation RotateIssuerKey {\n  rotateIssuerKey\n}": types.RotateIssuerKeyDocument,
    "fragment AssignmentFields on Assignment {\n  id\n  title\n  instructions\n  submissionKinds\n  passMark\n  maxPoints\n  rubric {\n    ...RubricFields\n  }\n}": types.AssignmentFieldsFragmentDoc,
    "query CohortDueDates($cohortId: ID!) {\n  cohortDueDates(cohortId: $cohortId) {\n    ...WeekDueDatesFields\n  }\n}": types.CohortDueDatesDocument,
    "query CohortGradingSummary($cohortId: ID!) {\n  gradebook(cohortId: $cohortId, first: 1) {\n    cohortId\n    summary {\n      ...GradebookSummaryFields\n    }\n  }\n}": types.CohortGradingSummaryDocument,
    "query Gradebook($cohortId: ID!, $search: String, $first: Int, $offset: Int, $links: Boolean!) {\n  gradebook(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    cohortId\n    cohortName\n    csvUrl\n    total\n    hasMore\n    summary {\n      ...GradebookSummaryFields\n    }\n    weeks {\n      week\n      assignmentTitle\n      dueAt\n      maxPoints\n      passMark\n    }\n    rows {\n      enrolmentId\n      enrolmentStatus\n      passedWeeks\n      extendedWeeks\n      learner {\n        id\n        name\n        email\n      }\n      cells {\n        week\n        state\n        submissionId @include(if: $links)\n        version\n        late\n        overdue\n        verdict\n        total\n      }\n    }\n  }\n}": types.GradebookDocument,
    "fragment GradebookSummaryFields on GradebookSummary {\n  learners\n  awaiting\n  drafts\n  missing\n  late\n  passed\n  possible\n}": types.GradebookSummaryFieldsFragmentDoc,
    "query GradingNeighbours($submissionId: ID!, $filter: GradingQueueFilter) {\n  gradingNeighbours(submissionId: $submissionId, filter: $filter) {\n    total\n    position\n    previousId\n    nextId\n    firstId\n  }\n}": types.GradingNeighboursDocument,
    "query GradingQueue($filter: GradingQueueFilter, $first: Int!, $offset: Int!) {\n  gradingQueue(filter: $filter, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      id\n      cohortId\n      cohortName\n      week\n      version\n      learner {\n        id\n        name\n        email\n      }\n      assignment {\n        id\n        title\n        maxPoints\n      }\n      submittedAt\n      late\n      state\n      review {\n        id\n        verdict\n        total\n        version\n      }\n    }\n  }\n}": types.GradingQueueDocument,
    "query GradingSummary {\n  awaiting: gradingQueue(filter: {state: SUBMITTED}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n  drafts: gradingQueue(filter: {state: DRAFT}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n}": types.GradingSummaryDocument,
    "query MyAssignments($enrolmentId: ID!) {\n  myAssignments(enrolmentId: $enrolmentId) {\n    enrolmentId\n    week\n    weekTitle\n    open\n    assignmentId\n    title\n    instructions\n    submissionKinds\n    rubric {\n      ...RubricFields\n    }\n    passMark\n    maxPoints\n    dueAt\n    dueSource\n    progress\n    canSubmit\n    cannotSubmitReason\n    submissions {\n      ...SubmissionFields\n    }\n  }\n}": types.MyAssignmentsDocument,
    "mutation ReleaseReview($id: ID!, $expectedVersion: Int!) {\n  releaseReview(id: $id, expectedVersion: $expectedVersion) {\n    ...ReviewFields\n  }\n}": types.ReleaseReviewDocument,
    "query ReviewAudit($submissionId: ID!) {\n  reviewAudit(submissionId: $submissionId) {\n    id\n    reviewId\n    action\n    actor {\n      id\n      name\n    }\n    at\n    reviewVersion\n    state\n    verdict\n    total\n    feedback\n  }\n}": types.ReviewAuditDocument,
    "fragment ReviewFields on Review {\n  id\n  submissionId\n  state\n  verdict\n  scores {\n    criterionId\n    criterionTitle\n    points\n    levelLabel\n  }\n  total\n  maxPoints\n  passMark\n  reachesPassMark\n  feedback\n  version\n  reviewer {\n    id\n    name\n  }\n  updatedAt\n  releasedAt\n}": types.ReviewFieldsFragmentDoc,
    "fragment RubricFields on RubricCriterion {\n  id\n  title\n  levels {\n    label\n    points\n  }\n}": types.RubricFieldsFragmentDoc,
    "mutation SaveReview($input: SaveReviewInput!) {\n  saveReview(input: $input) {\n    ...ReviewFields\n  }\n}": types.SaveReviewDocument,
    "mutation SetCohortDueDate($input: SetCohortDueDateInput!) {\n  setCohortDueDate(input: $input) {\n    ...WeekDueDatesFields\n  }\n}": types.SetCohortDueDateDocument,
    "mutation SetDueExtension($input: SetDueExtensionInput!) {\n  setDueExtension(input: $input) {\n    enrolmentId\n    week\n    dueAt\n    source\n  }\n}": types.SetDueExtensionDocument,
    "query Submission($id: ID!) {\n  submission(id: $id) {\n    ...SubmissionFields\n    assignment {\n      ...AssignmentFields\n    }\n  }\n}": types.SubmissionDocument,
    "fragment SubmissionFields on Submission {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  week\n  version\n  latest\n  learner {\n    id\n    name\n    email\n  }\n  text\n  link\n  file {\n    id\n    filename\n    contentType\n    sizeBytes\n    downloadUrl\n  }\n  submittedAt\n  dueAt\n  late\n  state\n  review {\n    ...ReviewFields\n  }\n  versions {\n    id\n    version\n    submittedAt\n    late\n    verdict\n  }\n}": types.SubmissionFieldsFragmentDoc,
    "mutation SubmitAssignment($input: SubmitAssignmentInput!) {\n  submitAssignment(input: $input) {\n    ...SubmissionFields\n  }\n}": types.SubmitAssignmentDocument,
    "fragment WeekDueDatesFields on WeekDueDates {\n  cohortId\n  week\n  assignmentTitle\n  programmeDueAt\n  cohortDueAt\n  dueAt\n  extensions {\n    enrolmentId\n    learner {\n      id\n      name\n    }\n    dueAt\n    reason\n    grantedAt\n  }\n}": types.WeekDueDatesFieldsFragmentDoc,
    "query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}": types.MyCredentialsDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}": types.AcceptInvitationDocument,
    "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    signInToAccept\n    cohortNames\n  }\n}": types.InvitationPreviewDocument,
    "mutation JoinInvitation($token: String!, $goal: GoalInput) {\n  joinInvitation(token: $token, goal: $goal) {\n    ...ViewerFields\n  }\n}": types.JoinInvitationDocument,
    "fragment LearnerEnrolmentFields on LearnerEnrolment {\n  id\n  status\n  outcomeGoal\n  progressPercent\n  completedItems\n  totalItems\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n    summary\n  }\n  due {\n    week\n    title\n    dueAt\n    state\n    overdue\n  }\n  nextSession {\n    id\n    title\n    week\n    startsAt\n    endsAt\n    durationMinutes\n    joinUrl\n    host {\n      id\n      name\n    }\n  }\n  cohort {\n    id\n    name\n    status\n    currentWeek\n    timeZone\n    startDate\n    endDate\n    partnerName\n    programme {\n      programmeId\n      code\n      title\n      language\n      weeks\n      minAttendancePercent\n      credentialName\n    }\n    communityLinks {\n      label\n      url\n    }\n  }\n  weeks {\n    week\n    title\n    summary\n    open\n    current\n    opensAt\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n      completed\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      dueAt\n    }\n  }\n}": types.LearnerEnrolmentFieldsFragmentDoc,
    "query MyEnrolments {\n  myEnrolments {\n    ...LearnerEnrolmentFields\n  }\n}": types.MyEnrolmentsDocument,
    "query MySchedule($enrolmentId: ID!) {\n  mySchedule(enrolmentId: $enrolmentId) {\n    enrolmentId\n    cohortId\n    cohortName\n    timeZone\n    communityLinks {\n      label\n      url\n    }\n    attendance {\n      held\n      attended\n      excused\n      counted\n      percent\n      summary\n    }\n    sessions {\n      when\n      attendance\n      session {\n        id\n        week\n        title\n        startsAt\n        endsAt\n        durationMinutes\n        joinUrl\n        recordingUrl\n        cancelled\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.MyScheduleDocument,
    "mutation SetContentItemCompleted($enrolmentId: ID!, $contentItemId: ID!, $completed: Boolean!) {\n  setContentItemCompleted(\n    enrolmentId: $enrolmentId\n    contentItemId: $contentItemId\n    completed: $completed\n  ) {\n    ...LearnerEnrolmentFields\n  }\n}": types.SetContentItemCompletedDocument,
    "mutation SetOutcomeGoal($enrolmentId: ID!, $goal: String!) {\n  setOutcomeGoal(enrolmentId: $enrolmentId, goal: $goal) {\n    ...LearnerEnrolmentFields\n  }\n}": types.SetOutcomeGoalDocument,
    "query Outbox($first: Int!, $offset: Int!, $recipient: String, $kind: String) {\n  outbox(first: $first, offset: $offset, recipient: $recipient, kind: $kind) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}": types.OutboxDocument,
    "query OutboxKinds {\n  outboxKinds\n}": types.OutboxKindsDocument,
    "query AtRiskLearners($cohortId: ID!) {\n  atRiskLearners(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    reasons\n    credentialReachable\n    summary\n    path {\n      ...CredentialPathFields\n    }\n  }\n}": types.AtRiskLearnersDocument,
    "fragment LearnerGoalCheckInFields on GoalCheckIn {\n  id\n  kind\n  currentValue\n  reached\n  note\n  recordedAt\n  coachConfirmedAt\n  coachComment\n  coachConfirmedBy {\n    id\n    name\n  }\n}\n\nquery CohortGoals($cohortId: ID!) {\n  cohortGoals(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    goal {\n      enrolmentId\n      statement\n      measure\n      baseline\n      target\n      byDate\n      checkIns {\n        ...LearnerGoalCheckInFields\n      }\n    }\n  }\n}": types.LearnerGoalCheckInFieldsFragmentDoc,
    "mutation ConfirmGoalCheckIn($enrolmentId: ID!, $kind: GoalCheckInKind!, $comment: String) {\n  confirmGoalCheckIn(enrolmentId: $enrolmentId, kind: $kind, comment: $comment) {\n    enrolmentId\n    checkIns {\n      ...LearnerGoalCheckInFields\n    }\n  }\n}": types.ConfirmGoalCheckInDocument,
    "fragment GoalFollowUpFields on GoalFollowUp {\n  firstName\n  cohortName\n  statement\n  measure\n  baseline\n  target\n  byDate\n  expiresAt\n  reached\n  currentValue\n  note\n  recordedAt\n}\n\nquery GoalFollowUp($token: String!) {\n  goalFollowUp(token: $token) {\n    ...GoalFollowUpFields\n  }\n}": types.GoalFollowUpFieldsFragmentDoc,
    "mutation MessageLearners($cohortId: ID!, $enrolmentIds: [ID!]!, $subject: String!, $body: String!) {\n  messageLearners(\n    cohortId: $cohortId\n    enrolmentIds: $enrolmentIds\n    subject: $subject\n    body: $body\n  ) {\n    id\n    recipients\n  }\n}": types.MessageLearnersDocument,
    "query MyOutcomeEnrolments {\n  myEnrolments {\n    id\n    cohort {\n      id\n      name\n    }\n  }\n}": types.MyOutcomeEnrolmentsDocument,
    "fragment CredentialPathFields on CredentialPath {\n  enrolmentId\n  reachable\n  sessionsRemaining\n  sessionsToAttend\n  weeksToPass\n  weeksLost\n  coachingToHold\n  coachingBooked\n  reasons\n}\n\nquery MyPathToCredential($enrolmentId: ID!) {\n  myPathToCredential(enrolmentId: $enrolmentId) {\n    summary\n    ...CredentialPathFields\n  }\n  enrolmentGoal(enrolmentId: $enrolmentId) {\n    enrolmentId\n    statement\n    measure\n    baseline\n    target\n    byDate\n    checkInsOpen\n    checkIns {\n      id\n      kind\n      currentValue\n      reached\n      note\n      recordedAt\n      coachConfirmedAt\n      coachComment\n    }\n  }\n}": types.CredentialPathFieldsFragmentDoc,
    "query NetworkOutcomes($programmeId: ID, $programmeVersion: Int, $from: String, $to: String) {\n  networkOutcomes(\n    programmeId: $programmeId\n    programmeVersion: $programmeVersion\n    from: $from\n    to: $to\n  ) {\n    partners {\n      partnerId\n      partnerName\n      cohorts\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n    median {\n      enrolled\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}": types.NetworkOutcomesDocument,
    "fragment OutcomeTotalsFields on OutcomeTotals {\n  enrolled\n  active\n  withdrawn\n  certified\n  certifiedRate\n  onTimeRate\n  medianDaysToCredential\n  goalReachedRate\n  attendanceRate\n  atRisk\n}": types.OutcomeTotalsFieldsFragmentDoc,
    "query PartnerOutcomes($partnerId: ID!) {\n  partnerOutcomes(partnerId: $partnerId) {\n    partnerId\n    partnerName\n    totals {\n      ...OutcomeTotalsFields\n    }\n    cohorts {\n      cohortId\n      cohortName\n      startDate\n      endDate\n      status\n      ended\n      programmeCode\n      programmeVersion\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}": types.PartnerOutcomesDocument,
    "query OutcomeProgrammes {\n  programmes {\n    id\n    code\n    title\n  }\n}": types.OutcomeProgrammesDocument,
    "mutation RecordGoalFollowUp($token: String!, $input: GoalFollowUpInput!) {\n  recordGoalFollowUp(token: $token, input: $input) {\n    ...GoalFollowUpFields\n  }\n}": types.RecordGoalFollowUpDocument,
    "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}": types.CreatePartnerDocument,
    "fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n}": types.InvitationFieldsFragmentDoc,
    "query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}": types.InvitationsDocument,
    "mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}": types.InviteDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}": types.MemberFieldsFragmentDoc,
    "query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!, $search: String) {\n  members(\n    partnerId: $partnerId\n    role: $role\n    first: $first\n    offset: $offset\n    search: $search\n  ) {\n    ...MemberFields\n  }\n  memberCount(partnerId: $partnerId, role: $role, search: $search)\n}": types.MembersDocument,
    "query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}": types.PartnerDocument,
    "fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}": types.PartnerFieldsFragmentDoc,
    "query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}": types.PartnersDocument,
    "mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}": types.RemoveMemberDocument,
    "mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    ...InvitationFields\n  }\n}": types.ResendInvitationDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}": types.RevokeInvitationDocument,
    "mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}": types.UpdatePartnerDocument,
    "mutation CreateProgramme($input: ProgrammeDefinitionInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeDetailFields\n  }\n}": types.CreateProgrammeDocument,
    "query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeDetailFields\n  }\n}": types.ProgrammeDocument,
    "fragment ProgrammeDetailFields on Programme {\n  id\n  code\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      maxPoints\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n  draftProblems\n  hasUnpublishedChanges\n  latestVersion {\n    id\n    version\n    publishedAt\n    definition {\n      ...PublishedDefinitionFields\n    }\n  }\n}": types.ProgrammeDetailFieldsFragmentDoc,
    "query Programmes($first: Int!, $offset: Int!) {\n  programmes(first: $first, offset: $offset) {\n    id\n    code\n    title\n    weeks\n    hasUnpublishedChanges\n    draftProblems\n    latestVersion {\n      id\n      version\n      publishedAt\n    }\n  }\n}": types.ProgrammesDocument,
    "mutation PublishProgramme($id: ID!) {\n  publishProgramme(id: $id) {\n    id\n    programmeId\n    version\n    publishedAt\n  }\n}": types.PublishProgrammeDocument,
    "fragment PublishedDefinitionFields on ProgrammeDefinition {\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n}": types.PublishedDefinitionFieldsFragmentDoc,
    "mutation UpdateProgrammeDraft($id: ID!, $input: ProgrammeDefinitionInput!) {\n  updateProgrammeDraft(id: $id, input: $input) {\n    ...ProgrammeDetailFields\n  }\n}": types.UpdateProgrammeDraftDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = gql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function gql(source: string): unknown;

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"): (typeof documents)["mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EndOtherSessions {\n  endOtherSessions\n}"): (typeof documents)["mutation EndOtherSessions {\n  endOtherSessions\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}"): (typeof documents)["mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ipAddress\n    current\n  }\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    createdAt\n    lastUsedAt\n    userAgent\n    ipAddress\n    current\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment NotificationSettingsFields on NotificationSettings {\n  weekOpened\n  sessionReminders\n  dueSoon\n  reviewReleased\n  bookingChanges\n  credentialIssued\n  credentialExpiry\n  atRiskAlerts\n  goalFollowUps\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}"): (typeof documents)["fragment NotificationSettingsFields on NotificationSettings {\n  weekOpened\n  sessionReminders\n  dueSoon\n  reviewReleased\n  bookingChanges\n  credentialIssued\n  credentialExpiry\n  atRiskAlerts\n  goalFollowUps\n}\n\nquery NotificationSettings {\n  notificationSettings {\n    ...NotificationSettingsFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}"): (typeof documents)["mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    ...NotificationSettingsFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AttendanceSheet($sessionId: ID!, $search: String, $first: Int, $offset: Int) {\n  attendanceSheet(\n    sessionId: $sessionId\n    search: $search\n    first: $first\n    offset: $offset\n  ) {\n    total\n    hasMore\n    learners\n    marked\n    items {\n      enrolmentId\n      status\n      progressPercent\n      learner {\n        id\n        name\n        email\n      }\n      attendance {\n        held\n        attended\n        excused\n        counted\n        percent\n      }\n    }\n  }\n}"): (typeof documents)["query AttendanceSheet($sessionId: ID!, $search: String, $first: Int, $offset: Int) {\n  attendanceSheet(\n    sessionId: $sessionId\n    search: $search\n    first: $first\n    offset: $offset\n  ) {\n    total\n    hasMore\n    learners\n    marked\n    items {\n      enrolmentId\n      status\n      progressPercent\n      learner {\n        id\n        name\n        email\n      }\n      attendance {\n        held\n        attended\n        excused\n        counted\n        percent\n      }\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, entries: $entries) {\n    enrolmentId\n    status\n    learner {\n      id\n      name\n      email\n    }\n  }\n}"): (typeof documents)["mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, entries: $entries) {\n    enrolmentId\n    status\n    learner {\n      id\n      name\n      email\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Me {\n  me {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"): (typeof documents)["mutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  locale\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  email\n  name\n  timeZone\n  locale\n  roles\n  calendarFeedUrl\n  memberships {\n    id\n    role\n    partnerId\n    partner {\n      id\n      name\n      region\n      timeZone\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment AvailabilityFields on Availability {\n  coachId\n  published\n  timeZone\n  weeklyHours {\n    weekday\n    start\n    end\n  }\n  exceptions {\n    date\n    kind\n    start\n    end\n  }\n  slotMinutes\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  minNoticeMinutes\n  horizonDays\n  cancellationCutoffMinutes\n  meetingUrl\n  updatedAt\n}"): (typeof documents)["fragment AvailabilityFields on Availability {\n  coachId\n  published\n  timeZone\n  weeklyHours {\n    weekday\n    start\n    end\n  }\n  exceptions {\n    date\n    kind\n    start\n    end\n  }\n  slotMinutes\n  bufferBeforeMinutes\n  bufferAfterMinutes\n  minNoticeMinutes\n  horizonDays\n  cancellationCutoffMinutes\n  meetingUrl\n  updatedAt\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation BookCoaching($enrolmentId: ID!, $coachId: ID!, $startsAt: DateTime!, $clientMutationId: String) {\n  bookCoaching(\n    enrolmentId: $enrolmentId\n    coachId: $coachId\n    startsAt: $startsAt\n    clientMutationId: $clientMutationId\n  ) {\n    ...BookingFields\n  }\n}"): (typeof documents)["mutation BookCoaching($enrolmentId: ID!, $coachId: ID!, $startsAt: DateTime!, $clientMutationId: String) {\n  bookCoaching(\n    enrolmentId: $enrolmentId\n    coachId: $coachId\n    startsAt: $startsAt\n    clientMutationId: $clientMutationId\n  ) {\n    ...BookingFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment BookingFields on Booking {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  coach {\n    id\n    name\n    email\n  }\n  learner {\n    id\n    name\n    email\n  }\n  startsAt\n  endsAt\n  status\n  held\n  outcome\n  awaitingOutcome\n  cancellableUntil\n  sequence\n  meetingUrl\n  cancelledAt\n  cancelledBy {\n    id\n    name\n  }\n  cancellationReason\n}"): (typeof documents)["fragment BookingFields on Booking {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  coach {\n    id\n    name\n    email\n  }\n  learner {\n    id\n    name\n    email\n  }\n  startsAt\n  endsAt\n  status\n  held\n  outcome\n  awaitingOutcome\n  cancellableUntil\n  sequence\n  meetingUrl\n  cancelledAt\n  cancelledBy {\n    id\n    name\n  }\n  cancellationReason\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query BookingNotes($bookingIds: [ID!]!) {\n  bookingNotes(bookingIds: $bookingIds) {\n    bookingId\n    body\n    updatedAt\n  }\n}"): (typeof documents)["query BookingNotes($bookingIds: [ID!]!) {\n  bookingNotes(bookingIds: $bookingIds) {\n    bookingId\n    body\n    updatedAt\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CancelBooking($id: ID!, $reason: String) {\n  cancelBooking(id: $id, reason: $reason) {\n    ...BookingFields\n  }\n}"): (typeof documents)["mutation CancelBooking($id: ID!, $reason: String) {\n  cancelBooking(id: $id, reason: $reason) {\n    ...BookingFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CoachingEnrolments {\n  myEnrolments {\n    id\n    status\n    cohort {\n      id\n      name\n      status\n      timeZone\n    }\n  }\n}"): (typeof documents)["query CoachingEnrolments {\n  myEnrolments {\n    id\n    status\n    cohort {\n      id\n      name\n      status\n      timeZone\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CoachingSlots($enrolmentId: ID!, $from: DateTime!, $to: DateTime!) {\n  coachingSlots(enrolmentId: $enrolmentId, from: $from, to: $to) {\n    enrolmentId\n    learnerTimeZone\n    sessionsAllowed\n    sessionsBooked\n    sessionsLeft\n    coaches {\n      coach {\n        id\n        name\n        email\n      }\n      timeZone\n      published\n      slotMinutes\n      cancellationCutoffMinutes\n      slots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n}"): (typeof documents)["query CoachingSlots($enrolmentId: ID!, $from: DateTime!, $to: DateTime!) {\n  coachingSlots(enrolmentId: $enrolmentId, from: $from, to: $to) {\n    enrolmentId\n    learnerTimeZone\n    sessionsAllowed\n    sessionsBooked\n    sessionsLeft\n    coaches {\n      coach {\n        id\n        name\n        email\n      }\n      timeZone\n      published\n      slotMinutes\n      cancellationCutoffMinutes\n      slots {\n        startsAt\n        endsAt\n      }\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CohortBookings($cohortId: ID!, $status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  cohortBookings(\n    cohortId: $cohortId\n    status: $status\n    from: $from\n    first: $first\n    offset: $offset\n  ) {\n    ...BookingFields\n  }\n}"): (typeof documents)["query CohortBookings($cohortId: ID!, $status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  cohortBookings(\n    cohortId: $cohortId\n    status: $status\n    from: $from\n    first: $first\n    offset: $offset\n  ) {\n    ...BookingFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation MarkBookingOutcome($id: ID!, $outcome: BookingOutcome!) {\n  markBookingOutcome(id: $id, outcome: $outcome) {\n    ...BookingFields\n  }\n}"): (typeof documents)["mutation MarkBookingOutcome($id: ID!, $outcome: BookingOutcome!) {\n  markBookingOutcome(id: $id, outcome: $outcome) {\n    ...BookingFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyAvailability {\n  myAvailability {\n    ...AvailabilityFields\n  }\n}"): (typeof documents)["query MyAvailability {\n  myAvailability {\n    ...AvailabilityFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyBookings($status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  myBookings(status: $status, from: $from, first: $first, offset: $offset) {\n    ...BookingFields\n  }\n}"): (typeof documents)["query MyBookings($status: BookingStatus, $from: DateTime, $first: Int!, $offset: Int!) {\n  myBookings(status: $status, from: $from, first: $first, offset: $offset) {\n    ...BookingFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyPastCoachingSessions($first: Int!, $offset: Int!) {\n  myPastCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    toMark\n    items {\n      ...BookingFields\n    }\n  }\n}"): (typeof documents)["query MyPastCoachingSessions($first: Int!, $offset: Int!) {\n  myPastCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    toMark\n    items {\n      ...BookingFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyUpcomingCoachingSessions($first: Int!, $offset: Int!) {\n  myUpcomingCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...BookingFields\n    }\n  }\n}"): (typeof documents)["query MyUpcomingCoachingSessions($first: Int!, $offset: Int!) {\n  myUpcomingCoachingSessions(first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...BookingFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n  rescheduleBooking(id: $id, startsAt: $startsAt) {\n    ...BookingFields\n  }\n}"): (typeof documents)["mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {\n  rescheduleBooking(id: $id, startsAt: $startsAt) {\n    ...BookingFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SessionsToMark {\n  myPastCoachingSessions(first: 1) {\n    toMark\n  }\n}"): (typeof documents)["query SessionsToMark {\n  myPastCoachingSessions(first: 1) {\n    toMark\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetAvailability($input: AvailabilityInput!) {\n  setAvailability(input: $input) {\n    ...AvailabilityFields\n  }\n}"): (typeof documents)["mutation SetAvailability($input: AvailabilityInput!) {\n  setAvailability(input: $input) {\n    ...AvailabilityFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetBookingNote($bookingId: ID!, $body: String!) {\n  setBookingNote(bookingId: $bookingId, body: $body) {\n    bookingId\n    body\n    updatedAt\n  }\n}"): (typeof documents)["mutation SetBookingNote($bookingId: ID!, $body: String!) {\n  setBookingNote(bookingId: $bookingId, body: $body) {\n    bookingId\n    body\n    updatedAt\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CoachRoster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(\n    cohortId: $cohortId\n    search: $search\n    first: $first\n    offset: $offset\n    includeWithdrawn: false\n    order: ATTENDANCE\n  ) {\n    total\n    hasMore\n    belowMinimumAttendance\n    items {\n      ...EnrolmentFields\n    }\n  }\n}"): (typeof documents)["query CoachRoster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(\n    cohortId: $cohortId\n    search: $search\n    first: $first\n    offset: $offset\n    includeWithdrawn: false\n    order: ATTENDANCE\n  ) {\n    total\n    hasMore\n    belowMinimumAttendance\n    items {\n      ...EnrolmentFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation AssignCoach($cohortId: ID!, $userId: ID!) {\n  assignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}"): (typeof documents)["mutation AssignCoach($cohortId: ID!, $userId: ID!) {\n  assignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CancelLiveSession($id: ID!) {\n  cancelLiveSession(id: $id) {\n    ...LiveSessionFields\n  }\n}"): (typeof documents)["mutation CancelLiveSession($id: ID!) {\n  cancelLiveSession(id: $id) {\n    ...LiveSessionFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Cohort($id: ID!) {\n  cohort(id: $id) {\n    ...CohortFields\n  }\n}"): (typeof documents)["query Cohort($id: ID!) {\n  cohort(id: $id) {\n    ...CohortFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CohortCommunityLinks($id: ID!) {\n  cohort(id: $id) {\n    id\n    communityLinks {\n      label\n      url\n    }\n  }\n}"): (typeof documents)["query CohortCommunityLinks($id: ID!) {\n  cohort(id: $id) {\n    id\n    communityLinks {\n      label\n      url\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment CohortFields on Cohort {\n  id\n  name\n  status\n  startDate\n  endDate\n  timeZone\n  capacity\n  seatsTaken\n  currentWeek\n  partnerId\n  partnerName\n  programme {\n    programmeId\n    code\n    title\n    version\n    weeks\n    minAttendancePercent\n    coachingSessions\n    credentialName\n  }\n  weeks {\n    week\n    title\n    open\n    opensAt\n  }\n  coaches {\n    id\n    name\n    email\n  }\n}"): (typeof documents)["fragment CohortFields on Cohort {\n  id\n  name\n  status\n  startDate\n  endDate\n  timeZone\n  capacity\n  seatsTaken\n  currentWeek\n  partnerId\n  partnerName\n  programme {\n    programmeId\n    code\n    title\n    version\n    weeks\n    minAttendancePercent\n    coachingSessions\n    credentialName\n  }\n  weeks {\n    week\n    title\n    open\n    opensAt\n  }\n  coaches {\n    id\n    name\n    email\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Cohorts($partnerId: ID, $status: CohortStatus, $first: Int!, $offset: Int!) {\n  cohorts(partnerId: $partnerId, status: $status, first: $first, offset: $offset) {\n    ...CohortFields\n  }\n}"): (typeof documents)["query Cohorts($partnerId: ID, $status: CohortStatus, $first: Int!, $offset: Int!) {\n  cohorts(partnerId: $partnerId, status: $status, first: $first, offset: $offset) {\n    ...CohortFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    ...CohortFields\n  }\n}"): (typeof documents)["mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    ...CohortFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation DeleteCohort($id: ID!) {\n  deleteCohort(id: $id)\n}"): (typeof documents)["mutation DeleteCohort($id: ID!) {\n  deleteCohort(id: $id)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation DuplicateCohort($id: ID!, $input: DuplicateCohortInput!) {\n  duplicateCohort(id: $id, input: $input) {\n    ...CohortFields\n  }\n}"): (typeof documents)["mutation DuplicateCohort($id: ID!, $input: DuplicateCohortInput!) {\n  duplicateCohort(id: $id, input: $input) {\n    ...CohortFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EnrolLearner($input: EnrolLearnerInput!) {\n  enrolLearner(input: $input) {\n    ...EnrolmentFields\n  }\n}"): (typeof documents)["mutation EnrolLearner($input: EnrolLearnerInput!) {\n  enrolLearner(input: $input) {\n    ...EnrolmentFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment EnrolmentFields on Enrolment {\n  id\n  cohortId\n  status\n  enrolledAt\n  outcomeGoal\n  progressPercent\n  learner {\n    id\n    name\n    email\n  }\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n  }\n}"): (typeof documents)["fragment EnrolmentFields on Enrolment {\n  id\n  cohortId\n  status\n  enrolledAt\n  outcomeGoal\n  progressPercent\n  learner {\n    id\n    name\n    email\n  }\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ImportEnrolments($cohortId: ID!, $csv: String!) {\n  importEnrolments(cohortId: $cohortId, csv: $csv) {\n    enrolled\n    errors {\n      line\n      message\n    }\n  }\n}"): (typeof documents)["mutation ImportEnrolments($cohortId: ID!, $csv: String!) {\n  importEnrolments(cohortId: $cohortId, csv: $csv) {\n    enrolled\n    errors {\n      line\n      message\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment LiveSessionFields on LiveSession {\n  id\n  cohortId\n  week\n  title\n  startsAt\n  endsAt\n  durationMinutes\n  host {\n    id\n    name\n    email\n  }\n  joinUrl\n  recordingUrl\n  cancelled\n}"): (typeof documents)["fragment LiveSessionFields on LiveSession {\n  id\n  cohortId\n  week\n  title\n  startsAt\n  endsAt\n  durationMinutes\n  host {\n    id\n    name\n    email\n  }\n  joinUrl\n  recordingUrl\n  cancelled\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query LiveSessions($cohortId: ID!) {\n  liveSessions(cohortId: $cohortId) {\n    ...LiveSessionFields\n  }\n}"): (typeof documents)["query LiveSessions($cohortId: ID!) {\n  liveSessions(cohortId: $cohortId) {\n    ...LiveSessionFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ProgrammeCatalogue {\n  programmes(first: 100) {\n    id\n    code\n    title\n    weeks\n    latestVersion {\n      id\n      version\n    }\n  }\n}"): (typeof documents)["query ProgrammeCatalogue {\n  programmes(first: 100) {\n    id\n    code\n    title\n    weeks\n    latestVersion {\n      id\n      version\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Roster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...EnrolmentFields\n    }\n  }\n}"): (typeof documents)["query Roster($cohortId: ID!, $search: String, $first: Int, $offset: Int) {\n  roster(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      ...EnrolmentFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n  setCohortStatus(id: $id, status: $status) {\n    ...CohortFields\n  }\n}"): (typeof documents)["mutation SetCohortStatus($id: ID!, $status: CohortStatus!) {\n  setCohortStatus(id: $id, status: $status) {\n    ...CohortFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UnassignCoach($cohortId: ID!, $userId: ID!) {\n  unassignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}"): (typeof documents)["mutation UnassignCoach($cohortId: ID!, $userId: ID!) {\n  unassignCoach(cohortId: $cohortId, userId: $userId) {\n    ...CohortFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n  updateCohort(id: $id, input: $input) {\n    ...CohortFields\n    communityLinks {\n      label\n      url\n    }\n  }\n}"): (typeof documents)["mutation UpdateCohort($id: ID!, $input: UpdateCohortInput!) {\n  updateCohort(id: $id, input: $input) {\n    ...CohortFields\n    communityLinks {\n      label\n      url\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdateLiveSession($id: ID!, $input: UpdateLiveSessionInput!) {\n  updateLiveSession(id: $id, input: $input) {\n    ...LiveSessionFields\n  }\n}"): (typeof documents)["mutation UpdateLiveSession($id: ID!, $input: UpdateLiveSessionInput!) {\n  updateLiveSession(id: $id, input: $input) {\n    ...LiveSessionFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WithdrawEnrolment($id: ID!) {\n  withdrawEnrolment(id: $id) {\n    ...EnrolmentFields\n  }\n}"): (typeof documents)["mutation WithdrawEnrolment($id: ID!) {\n  withdrawEnrolment(id: $id) {\n    ...EnrolmentFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ApproveCredential($enrolmentId: ID!) {\n  approveCredential(enrolmentId: $enrolmentId) {\n    ...CredentialSummaryFields\n  }\n}"): (typeof documents)["mutation ApproveCredential($enrolmentId: ID!) {\n  approveCredential(enrolmentId: $enrolmentId) {\n    ...CredentialSummaryFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CohortCredentialActivity($cohortId: ID!) {\n  cohortCredentialActivity(cohortId: $cohortId) {\n    cohortId\n    issued\n    viewed\n    views\n    verifications\n    linkedInAdds\n    shareRate\n    credentials {\n      credentialId\n      learnerName\n      views\n      verifications\n      linkedInAdds\n      lastActivityOn\n    }\n  }\n}"): (typeof documents)["query CohortCredentialActivity($cohortId: ID!) {\n  cohortCredentialActivity(cohortId: $cohortId) {\n    cohortId\n    issued\n    viewed\n    views\n    verifications\n    linkedInAdds\n    shareRate\n    credentials {\n      credentialId\n      learnerName\n      views\n      verifications\n      linkedInAdds\n      lastActivityOn\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CohortEligibility($cohortId: ID!) {\n  cohort(id: $cohortId) {\n    id\n    name\n  }\n  cohortEligibility(cohortId: $cohortId) {\n    ...EligibilityFields\n  }\n}"): (typeof documents)["query CohortEligibility($cohortId: ID!) {\n  cohort(id: $cohortId) {\n    id\n    name\n  }\n  cohortEligibility(cohortId: $cohortId) {\n    ...EligibilityFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Credential($id: ID!) {\n  credential(id: $id) {\n    ...CredentialViewFields\n  }\n}"): (typeof documents)["query Credential($id: ID!) {\n  credential(id: $id) {\n    ...CredentialViewFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment CredentialSummaryFields on CredentialView {\n  id\n  name\n  cohortName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  verificationUrl\n  pdfUrl\n  linkedInUrl\n}"): (typeof documents)["fragment CredentialSummaryFields on CredentialView {\n  id\n  name\n  cohortName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  verificationUrl\n  pdfUrl\n  linkedInUrl\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment CredentialViewFields on CredentialView {\n  id\n  name\n  learnerName\n  description\n  criteria\n  programmeCode\n  programmeTitle\n  cohortName\n  partnerName\n  issuerName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  evidence {\n    ...EligibilityFactFields\n  }\n  verificationUrl\n  jsonUrl\n  jwtUrl\n  badgeImageUrl\n  viewerIsHolder\n  pdfUrl\n  jwksUrl\n  linkedInUrl\n}"): (typeof documents)["fragment CredentialViewFields on CredentialView {\n  id\n  name\n  learnerName\n  description\n  criteria\n  programmeCode\n  programmeTitle\n  cohortName\n  partnerName\n  issuerName\n  issuedAt\n  validUntil\n  status\n  revokedAt\n  revocationReason\n  evidence {\n    ...EligibilityFactFields\n  }\n  verificationUrl\n  jsonUrl\n  jwtUrl\n  badgeImageUrl\n  viewerIsHolder\n  pdfUrl\n  jwksUrl\n  linkedInUrl\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Eligibility($enrolmentId: ID!) {\n  eligibility(enrolmentId: $enrolmentId) {\n    ...EligibilityFields\n  }\n}"): (typeof documents)["query Eligibility($enrolmentId: ID!) {\n  eligibility(enrolmentId: $enrolmentId) {\n    ...EligibilityFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment EligibilityFactFields on EligibilityFact {\n  kind\n  label\n  met\n  detail\n  at\n  data {\n    week\n    assignmentTitle\n    minAttendancePercent\n    sessionsHeld\n    sessionsCounted\n    sessionsAttended\n    sessionsExcused\n    attendancePercent\n    coachingRequired\n    coachingHeld\n  }\n}"): (typeof documents)["fragment EligibilityFactFields on EligibilityFact {\n  kind\n  label\n  met\n  detail\n  at\n  data {\n    week\n    assignmentTitle\n    minAttendancePercent\n    sessionsHeld\n    sessionsCounted\n    sessionsAttended\n    sessionsExcused\n    attendancePercent\n    coachingRequired\n    coachingHeld\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment EligibilityFields on Eligibility {\n  enrolmentId\n  learnerName\n  eligible\n  credentialId\n  credential {\n    id\n    status\n    issuedAt\n  }\n  facts {\n    ...EligibilityFactFields\n  }\n}"): (typeof documents)["fragment EligibilityFields on Eligibility {\n  enrolmentId\n  learnerName\n  eligible\n  credentialId\n  credential {\n    id\n    status\n    issuedAt\n  }\n  facts {\n    ...EligibilityFactFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query IssuanceRun($id: ID!) {\n  issuanceRun(id: $id) {\n    ...IssuanceRunFields\n  }\n}"): (typeof documents)["query IssuanceRun($id: ID!) {\n  issuanceRun(id: $id) {\n    ...IssuanceRunFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment IssuanceRunFields on IssuanceRun {\n  id\n  cohortId\n  total\n  done\n  issued\n  alreadyHeld\n  notEligible\n  failed\n  finished\n  createdAt\n}"): (typeof documents)["fragment IssuanceRunFields on IssuanceRun {\n  id\n  cohortId\n  total\n  done\n  issued\n  alreadyHeld\n  notEligible\n  failed\n  finished\n  createdAt\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation IssueCohortCredentials($cohortId: ID!) {\n  issueCohortCredentials(cohortId: $cohortId) {\n    ...IssuanceRunFields\n  }\n}"): (typeof documents)["mutation IssueCohortCredentials($cohortId: ID!) {\n  issueCohortCredentials(cohortId: $cohortId) {\n    ...IssuanceRunFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query IssuerKeys {\n  issuerKeys {\n    kid\n    active\n    createdAt\n    retiredAt\n    credentialCount\n  }\n}"): (typeof documents)["query IssuerKeys {\n  issuerKeys {\n    kid\n    active\n    createdAt\n    retiredAt\n    credentialCount\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query LearnerCredentials {\n  myCredentials {\n    ...CredentialSummaryFields\n  }\n}"): (typeof documents)["query LearnerCredentials {\n  myCredentials {\n    ...CredentialSummaryFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordCredentialEvent($id: ID!, $event: CredentialPageEvent!) {\n  recordCredentialEvent(id: $id, event: $event)\n}"): (typeof documents)["mutation RecordCredentialEvent($id: ID!, $event: CredentialPageEvent!) {\n  recordCredentialEvent(id: $id, event: $event)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RevokeCredential($id: ID!, $reason: String!) {\n  revokeCredential(id: $id, reason: $reason) {\n    ...CredentialSummaryFields\n  }\n}"): (typeof documents)["mutation RevokeCredential($id: ID!, $reason: String!) {\n  revokeCredential(id: $id, reason: $reason) {\n    ...CredentialSummaryFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RotateIssuerKey {\n  rotateIssuerKey\n}"): (typeof documents)["mutation RotateIssuerKey {\n  rotateIssuerKey\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment AssignmentFields on Assignment {\n  id\n  title\n  instructions\n  submissionKinds\n  passMark\n  maxPoints\n  rubric {\n    ...RubricFields\n  }\n}"): (typeof documents)["fragment AssignmentFields on Assignment {\n  id\n  title\n  instructions\n  submissionKinds\n  passMark\n  maxPoints\n  rubric {\n    ...RubricFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CohortDueDates($cohortId: ID!) {\n  cohortDueDates(cohortId: $cohortId) {\n    ...WeekDueDatesFields\n  }\n}"): (typeof documents)["query CohortDueDates($cohortId: ID!) {\n  cohortDueDates(cohortId: $cohortId) {\n    ...WeekDueDatesFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CohortGradingSummary($cohortId: ID!) {\n  gradebook(cohortId: $cohortId, first: 1) {\n    cohortId\n    summary {\n      ...GradebookSummaryFields\n    }\n  }\n}"): (typeof documents)["query CohortGradingSummary($cohortId: ID!) {\n  gradebook(cohortId: $cohortId, first: 1) {\n    cohortId\n    summary {\n      ...GradebookSummaryFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Gradebook($cohortId: ID!, $search: String, $first: Int, $offset: Int, $links: Boolean!) {\n  gradebook(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    cohortId\n    cohortName\n    csvUrl\n    total\n    hasMore\n    summary {\n      ...GradebookSummaryFields\n    }\n    weeks {\n      week\n      assignmentTitle\n      dueAt\n      maxPoints\n      passMark\n    }\n    rows {\n      enrolmentId\n      enrolmentStatus\n      passedWeeks\n      extendedWeeks\n      learner {\n        id\n        name\n        email\n      }\n      cells {\n        week\n        state\n        submissionId @include(if: $links)\n        version\n        late\n        overdue\n        verdict\n        total\n      }\n    }\n  }\n}"): (typeof documents)["query Gradebook($cohortId: ID!, $search: String, $first: Int, $offset: Int, $links: Boolean!) {\n  gradebook(cohortId: $cohortId, search: $search, first: $first, offset: $offset) {\n    cohortId\n    cohortName\n    csvUrl\n    total\n    hasMore\n    summary {\n      ...GradebookSummaryFields\n    }\n    weeks {\n      week\n      assignmentTitle\n      dueAt\n      maxPoints\n      passMark\n    }\n    rows {\n      enrolmentId\n      enrolmentStatus\n      passedWeeks\n      extendedWeeks\n      learner {\n        id\n        name\n        email\n      }\n      cells {\n        week\n        state\n        submissionId @include(if: $links)\n        version\n        late\n        overdue\n        verdict\n        total\n      }\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment GradebookSummaryFields on GradebookSummary {\n  learners\n  awaiting\n  drafts\n  missing\n  late\n  passed\n  possible\n}"): (typeof documents)["fragment GradebookSummaryFields on GradebookSummary {\n  learners\n  awaiting\n  drafts\n  missing\n  late\n  passed\n  possible\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query GradingNeighbours($submissionId: ID!, $filter: GradingQueueFilter) {\n  gradingNeighbours(submissionId: $submissionId, filter: $filter) {\n    total\n    position\n    previousId\n    nextId\n    firstId\n  }\n}"): (typeof documents)["query GradingNeighbours($submissionId: ID!, $filter: GradingQueueFilter) {\n  gradingNeighbours(submissionId: $submissionId, filter: $filter) {\n    total\n    position\n    previousId\n    nextId\n    firstId\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query GradingQueue($filter: GradingQueueFilter, $first: Int!, $offset: Int!) {\n  gradingQueue(filter: $filter, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      id\n      cohortId\n      cohortName\n      week\n      version\n      learner {\n        id\n        name\n        email\n      }\n      assignment {\n        id\n        title\n        maxPoints\n      }\n      submittedAt\n      late\n      state\n      review {\n        id\n        verdict\n        total\n        version\n      }\n    }\n  }\n}"): (typeof documents)["query GradingQueue($filter: GradingQueueFilter, $first: Int!, $offset: Int!) {\n  gradingQueue(filter: $filter, first: $first, offset: $offset) {\n    total\n    hasMore\n    items {\n      id\n      cohortId\n      cohortName\n      week\n      version\n      learner {\n        id\n        name\n        email\n      }\n      assignment {\n        id\n        title\n        maxPoints\n      }\n      submittedAt\n      late\n      state\n      review {\n        id\n        verdict\n        total\n        version\n      }\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query GradingSummary {\n  awaiting: gradingQueue(filter: {state: SUBMITTED}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n  drafts: gradingQueue(filter: {state: DRAFT}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n}"): (typeof documents)["query GradingSummary {\n  awaiting: gradingQueue(filter: {state: SUBMITTED}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n  drafts: gradingQueue(filter: {state: DRAFT}, first: 1, offset: 0) {\n    total\n    items {\n      id\n      submittedAt\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyAssignments($enrolmentId: ID!) {\n  myAssignments(enrolmentId: $enrolmentId) {\n    enrolmentId\n    week\n    weekTitle\n    open\n    assignmentId\n    title\n    instructions\n    submissionKinds\n    rubric {\n      ...RubricFields\n    }\n    passMark\n    maxPoints\n    dueAt\n    dueSource\n    progress\n    canSubmit\n    cannotSubmitReason\n    submissions {\n      ...SubmissionFields\n    }\n  }\n}"): (typeof documents)["query MyAssignments($enrolmentId: ID!) {\n  myAssignments(enrolmentId: $enrolmentId) {\n    enrolmentId\n    week\n    weekTitle\n    open\n    assignmentId\n    title\n    instructions\n    submissionKinds\n    rubric {\n      ...RubricFields\n    }\n    passMark\n    maxPoints\n    dueAt\n    dueSource\n    progress\n    canSubmit\n    cannotSubmitReason\n    submissions {\n      ...SubmissionFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ReleaseReview($id: ID!, $expectedVersion: Int!) {\n  releaseReview(id: $id, expectedVersion: $expectedVersion) {\n    ...ReviewFields\n  }\n}"): (typeof documents)["mutation ReleaseReview($id: ID!, $expectedVersion: Int!) {\n  releaseReview(id: $id, expectedVersion: $expectedVersion) {\n    ...ReviewFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ReviewAudit($submissionId: ID!) {\n  reviewAudit(submissionId: $submissionId) {\n    id\n    reviewId\n    action\n    actor {\n      id\n      name\n    }\n    at\n    reviewVersion\n    state\n    verdict\n    total\n    feedback\n  }\n}"): (typeof documents)["query ReviewAudit($submissionId: ID!) {\n  reviewAudit(submissionId: $submissionId) {\n    id\n    reviewId\n    action\n    actor {\n      id\n      name\n    }\n    at\n    reviewVersion\n    state\n    verdict\n    total\n    feedback\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ReviewFields on Review {\n  id\n  submissionId\n  state\n  verdict\n  scores {\n    criterionId\n    criterionTitle\n    points\n    levelLabel\n  }\n  total\n  maxPoints\n  passMark\n  reachesPassMark\n  feedback\n  version\n  reviewer {\n    id\n    name\n  }\n  updatedAt\n  releasedAt\n}"): (typeof documents)["fragment ReviewFields on Review {\n  id\n  submissionId\n  state\n  verdict\n  scores {\n    criterionId\n    criterionTitle\n    points\n    levelLabel\n  }\n  total\n  maxPoints\n  passMark\n  reachesPassMark\n  feedback\n  version\n  reviewer {\n    id\n    name\n  }\n  updatedAt\n  releasedAt\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment RubricFields on RubricCriterion {\n  id\n  title\n  levels {\n    label\n    points\n  }\n}"): (typeof documents)["fragment RubricFields on RubricCriterion {\n  id\n  title\n  levels {\n    label\n    points\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SaveReview($input: SaveReviewInput!) {\n  saveReview(input: $input) {\n    ...ReviewFields\n  }\n}"): (typeof documents)["mutation SaveReview($input: SaveReviewInput!) {\n  saveReview(input: $input) {\n    ...ReviewFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetCohortDueDate($input: SetCohortDueDateInput!) {\n  setCohortDueDate(input: $input) {\n    ...WeekDueDatesFields\n  }\n}"): (typeof documents)["mutation SetCohortDueDate($input: SetCohortDueDateInput!) {\n  setCohortDueDate(input: $input) {\n    ...WeekDueDatesFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetDueExtension($input: SetDueExtensionInput!) {\n  setDueExtension(input: $input) {\n    enrolmentId\n    week\n    dueAt\n    source\n  }\n}"): (typeof documents)["mutation SetDueExtension($input: SetDueExtensionInput!) {\n  setDueExtension(input: $input) {\n    enrolmentId\n    week\n    dueAt\n    source\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Submission($id: ID!) {\n  submission(id: $id) {\n    ...SubmissionFields\n    assignment {\n      ...AssignmentFields\n    }\n  }\n}"): (typeof documents)["query Submission($id: ID!) {\n  submission(id: $id) {\n    ...SubmissionFields\n    assignment {\n      ...AssignmentFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment SubmissionFields on Submission {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  week\n  version\n  latest\n  learner {\n    id\n    name\n    email\n  }\n  text\n  link\n  file {\n    id\n    filename\n    contentType\n    sizeBytes\n    downloadUrl\n  }\n  submittedAt\n  dueAt\n  late\n  state\n  review {\n    ...ReviewFields\n  }\n  versions {\n    id\n    version\n    submittedAt\n    late\n    verdict\n  }\n}"): (typeof documents)["fragment SubmissionFields on Submission {\n  id\n  enrolmentId\n  cohortId\n  cohortName\n  week\n  version\n  latest\n  learner {\n    id\n    name\n    email\n  }\n  text\n  link\n  file {\n    id\n    filename\n    contentType\n    sizeBytes\n    downloadUrl\n  }\n  submittedAt\n  dueAt\n  late\n  state\n  review {\n    ...ReviewFields\n  }\n  versions {\n    id\n    version\n    submittedAt\n    late\n    verdict\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SubmitAssignment($input: SubmitAssignmentInput!) {\n  submitAssignment(input: $input) {\n    ...SubmissionFields\n  }\n}"): (typeof documents)["mutation SubmitAssignment($input: SubmitAssignmentInput!) {\n  submitAssignment(input: $input) {\n    ...SubmissionFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment WeekDueDatesFields on WeekDueDates {\n  cohortId\n  week\n  assignmentTitle\n  programmeDueAt\n  cohortDueAt\n  dueAt\n  extensions {\n    enrolmentId\n    learner {\n      id\n      name\n    }\n    dueAt\n    reason\n    grantedAt\n  }\n}"): (typeof documents)["fragment WeekDueDatesFields on WeekDueDates {\n  cohortId\n  week\n  assignmentTitle\n  programmeDueAt\n  cohortDueAt\n  dueAt\n  extensions {\n    enrolmentId\n    learner {\n      id\n      name\n    }\n    dueAt\n    reason\n    grantedAt\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}"): (typeof documents)["query MyCredentials {\n  myCredentials {\n    id\n    verificationUrl\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    user {\n      ...ViewerFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    signInToAccept\n    cohortNames\n  }\n}"): (typeof documents)["query InvitationPreview($token: String!) {\n  invitationPreview(token: $token) {\n    email\n    name\n    role\n    partnerName\n    state\n    signInToAccept\n    cohortNames\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation JoinInvitation($token: String!, $goal: GoalInput) {\n  joinInvitation(token: $token, goal: $goal) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation JoinInvitation($token: String!, $goal: GoalInput) {\n  joinInvitation(token: $token, goal: $goal) {\n    ...ViewerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment LearnerEnrolmentFields on LearnerEnrolment {\n  id\n  status\n  outcomeGoal\n  progressPercent\n  completedItems\n  totalItems\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n    summary\n  }\n  due {\n    week\n    title\n    dueAt\n    state\n    overdue\n  }\n  nextSession {\n    id\n    title\n    week\n    startsAt\n    endsAt\n    durationMinutes\n    joinUrl\n    host {\n      id\n      name\n    }\n  }\n  cohort {\n    id\n    name\n    status\n    currentWeek\n    timeZone\n    startDate\n    endDate\n    partnerName\n    programme {\n      programmeId\n      code\n      title\n      language\n      weeks\n      minAttendancePercent\n      credentialName\n    }\n    communityLinks {\n      label\n      url\n    }\n  }\n  weeks {\n    week\n    title\n    summary\n    open\n    current\n    opensAt\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n      completed\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      dueAt\n    }\n  }\n}"): (typeof documents)["fragment LearnerEnrolmentFields on LearnerEnrolment {\n  id\n  status\n  outcomeGoal\n  progressPercent\n  completedItems\n  totalItems\n  attendance {\n    held\n    attended\n    excused\n    counted\n    percent\n    summary\n  }\n  due {\n    week\n    title\n    dueAt\n    state\n    overdue\n  }\n  nextSession {\n    id\n    title\n    week\n    startsAt\n    endsAt\n    durationMinutes\n    joinUrl\n    host {\n      id\n      name\n    }\n  }\n  cohort {\n    id\n    name\n    status\n    currentWeek\n    timeZone\n    startDate\n    endDate\n    partnerName\n    programme {\n      programmeId\n      code\n      title\n      language\n      weeks\n      minAttendancePercent\n      credentialName\n    }\n    communityLinks {\n      label\n      url\n    }\n  }\n  weeks {\n    week\n    title\n    summary\n    open\n    current\n    opensAt\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n      completed\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      dueAt\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyEnrolments {\n  myEnrolments {\n    ...LearnerEnrolmentFields\n  }\n}"): (typeof documents)["query MyEnrolments {\n  myEnrolments {\n    ...LearnerEnrolmentFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MySchedule($enrolmentId: ID!) {\n  mySchedule(enrolmentId: $enrolmentId) {\n    enrolmentId\n    cohortId\n    cohortName\n    timeZone\n    communityLinks {\n      label\n      url\n    }\n    attendance {\n      held\n      attended\n      excused\n      counted\n      percent\n      summary\n    }\n    sessions {\n      when\n      attendance\n      session {\n        id\n        week\n        title\n        startsAt\n        endsAt\n        durationMinutes\n        joinUrl\n        recordingUrl\n        cancelled\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MySchedule($enrolmentId: ID!) {\n  mySchedule(enrolmentId: $enrolmentId) {\n    enrolmentId\n    cohortId\n    cohortName\n    timeZone\n    communityLinks {\n      label\n      url\n    }\n    attendance {\n      held\n      attended\n      excused\n      counted\n      percent\n      summary\n    }\n    sessions {\n      when\n      attendance\n      session {\n        id\n        week\n        title\n        startsAt\n        endsAt\n        durationMinutes\n        joinUrl\n        recordingUrl\n        cancelled\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetContentItemCompleted($enrolmentId: ID!, $contentItemId: ID!, $completed: Boolean!) {\n  setContentItemCompleted(\n    enrolmentId: $enrolmentId\n    contentItemId: $contentItemId\n    completed: $completed\n  ) {\n    ...LearnerEnrolmentFields\n  }\n}"): (typeof documents)["mutation SetContentItemCompleted($enrolmentId: ID!, $contentItemId: ID!, $completed: Boolean!) {\n  setContentItemCompleted(\n    enrolmentId: $enrolmentId\n    contentItemId: $contentItemId\n    completed: $completed\n  ) {\n    ...LearnerEnrolmentFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetOutcomeGoal($enrolmentId: ID!, $goal: String!) {\n  setOutcomeGoal(enrolmentId: $enrolmentId, goal: $goal) {\n    ...LearnerEnrolmentFields\n  }\n}"): (typeof documents)["mutation SetOutcomeGoal($enrolmentId: ID!, $goal: String!) {\n  setOutcomeGoal(enrolmentId: $enrolmentId, goal: $goal) {\n    ...LearnerEnrolmentFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Outbox($first: Int!, $offset: Int!, $recipient: String, $kind: String) {\n  outbox(first: $first, offset: $offset, recipient: $recipient, kind: $kind) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}"): (typeof documents)["query Outbox($first: Int!, $offset: Int!, $recipient: String, $kind: String) {\n  outbox(first: $first, offset: $offset, recipient: $recipient, kind: $kind) {\n    id\n    kind\n    to\n    subject\n    body\n    status\n    createdAt\n    deliveredAt\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OutboxKinds {\n  outboxKinds\n}"): (typeof documents)["query OutboxKinds {\n  outboxKinds\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AtRiskLearners($cohortId: ID!) {\n  atRiskLearners(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    reasons\n    credentialReachable\n    summary\n    path {\n      ...CredentialPathFields\n    }\n  }\n}"): (typeof documents)["query AtRiskLearners($cohortId: ID!) {\n  atRiskLearners(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    reasons\n    credentialReachable\n    summary\n    path {\n      ...CredentialPathFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment LearnerGoalCheckInFields on GoalCheckIn {\n  id\n  kind\n  currentValue\n  reached\n  note\n  recordedAt\n  coachConfirmedAt\n  coachComment\n  coachConfirmedBy {\n    id\n    name\n  }\n}\n\nquery CohortGoals($cohortId: ID!) {\n  cohortGoals(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    goal {\n      enrolmentId\n      statement\n      measure\n      baseline\n      target\n      byDate\n      checkIns {\n        ...LearnerGoalCheckInFields\n      }\n    }\n  }\n}"): (typeof documents)["fragment LearnerGoalCheckInFields on GoalCheckIn {\n  id\n  kind\n  currentValue\n  reached\n  note\n  recordedAt\n  coachConfirmedAt\n  coachComment\n  coachConfirmedBy {\n    id\n    name\n  }\n}\n\nquery CohortGoals($cohortId: ID!) {\n  cohortGoals(cohortId: $cohortId) {\n    enrolmentId\n    learner {\n      id\n      name\n      email\n    }\n    goal {\n      enrolmentId\n      statement\n      measure\n      baseline\n      target\n      byDate\n      checkIns {\n        ...LearnerGoalCheckInFields\n      }\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ConfirmGoalCheckIn($enrolmentId: ID!, $kind: GoalCheckInKind!, $comment: String) {\n  confirmGoalCheckIn(enrolmentId: $enrolmentId, kind: $kind, comment: $comment) {\n    enrolmentId\n    checkIns {\n      ...LearnerGoalCheckInFields\n    }\n  }\n}"): (typeof documents)["mutation ConfirmGoalCheckIn($enrolmentId: ID!, $kind: GoalCheckInKind!, $comment: String) {\n  confirmGoalCheckIn(enrolmentId: $enrolmentId, kind: $kind, comment: $comment) {\n    enrolmentId\n    checkIns {\n      ...LearnerGoalCheckInFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment GoalFollowUpFields on GoalFollowUp {\n  firstName\n  cohortName\n  statement\n  measure\n  baseline\n  target\n  byDate\n  expiresAt\n  reached\n  currentValue\n  note\n  recordedAt\n}\n\nquery GoalFollowUp($token: String!) {\n  goalFollowUp(token: $token) {\n    ...GoalFollowUpFields\n  }\n}"): (typeof documents)["fragment GoalFollowUpFields on GoalFollowUp {\n  firstName\n  cohortName\n  statement\n  measure\n  baseline\n  target\n  byDate\n  expiresAt\n  reached\n  currentValue\n  note\n  recordedAt\n}\n\nquery GoalFollowUp($token: String!) {\n  goalFollowUp(token: $token) {\n    ...GoalFollowUpFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation MessageLearners($cohortId: ID!, $enrolmentIds: [ID!]!, $subject: String!, $body: String!) {\n  messageLearners(\n    cohortId: $cohortId\n    enrolmentIds: $enrolmentIds\n    subject: $subject\n    body: $body\n  ) {\n    id\n    recipients\n  }\n}"): (typeof documents)["mutation MessageLearners($cohortId: ID!, $enrolmentIds: [ID!]!, $subject: String!, $body: String!) {\n  messageLearners(\n    cohortId: $cohortId\n    enrolmentIds: $enrolmentIds\n    subject: $subject\n    body: $body\n  ) {\n    id\n    recipients\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MyOutcomeEnrolments {\n  myEnrolments {\n    id\n    cohort {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query MyOutcomeEnrolments {\n  myEnrolments {\n    id\n    cohort {\n      id\n      name\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment CredentialPathFields on CredentialPath {\n  enrolmentId\n  reachable\n  sessionsRemaining\n  sessionsToAttend\n  weeksToPass\n  weeksLost\n  coachingToHold\n  coachingBooked\n  reasons\n}\n\nquery MyPathToCredential($enrolmentId: ID!) {\n  myPathToCredential(enrolmentId: $enrolmentId) {\n    summary\n    ...CredentialPathFields\n  }\n  enrolmentGoal(enrolmentId: $enrolmentId) {\n    enrolmentId\n    statement\n    measure\n    baseline\n    target\n    byDate\n    checkInsOpen\n    checkIns {\n      id\n      kind\n      currentValue\n      reached\n      note\n      recordedAt\n      coachConfirmedAt\n      coachComment\n    }\n  }\n}"): (typeof documents)["fragment CredentialPathFields on CredentialPath {\n  enrolmentId\n  reachable\n  sessionsRemaining\n  sessionsToAttend\n  weeksToPass\n  weeksLost\n  coachingToHold\n  coachingBooked\n  reasons\n}\n\nquery MyPathToCredential($enrolmentId: ID!) {\n  myPathToCredential(enrolmentId: $enrolmentId) {\n    summary\n    ...CredentialPathFields\n  }\n  enrolmentGoal(enrolmentId: $enrolmentId) {\n    enrolmentId\n    statement\n    measure\n    baseline\n    target\n    byDate\n    checkInsOpen\n    checkIns {\n      id\n      kind\n      currentValue\n      reached\n      note\n      recordedAt\n      coachConfirmedAt\n      coachComment\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NetworkOutcomes($programmeId: ID, $programmeVersion: Int, $from: String, $to: String) {\n  networkOutcomes(\n    programmeId: $programmeId\n    programmeVersion: $programmeVersion\n    from: $from\n    to: $to\n  ) {\n    partners {\n      partnerId\n      partnerName\n      cohorts\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n    median {\n      enrolled\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}"): (typeof documents)["query NetworkOutcomes($programmeId: ID, $programmeVersion: Int, $from: String, $to: String) {\n  networkOutcomes(\n    programmeId: $programmeId\n    programmeVersion: $programmeVersion\n    from: $from\n    to: $to\n  ) {\n    partners {\n      partnerId\n      partnerName\n      cohorts\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n    median {\n      enrolled\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment OutcomeTotalsFields on OutcomeTotals {\n  enrolled\n  active\n  withdrawn\n  certified\n  certifiedRate\n  onTimeRate\n  medianDaysToCredential\n  goalReachedRate\n  attendanceRate\n  atRisk\n}"): (typeof documents)["fragment OutcomeTotalsFields on OutcomeTotals {\n  enrolled\n  active\n  withdrawn\n  certified\n  certifiedRate\n  onTimeRate\n  medianDaysToCredential\n  goalReachedRate\n  attendanceRate\n  atRisk\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PartnerOutcomes($partnerId: ID!) {\n  partnerOutcomes(partnerId: $partnerId) {\n    partnerId\n    partnerName\n    totals {\n      ...OutcomeTotalsFields\n    }\n    cohorts {\n      cohortId\n      cohortName\n      startDate\n      endDate\n      status\n      ended\n      programmeCode\n      programmeVersion\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}"): (typeof documents)["query PartnerOutcomes($partnerId: ID!) {\n  partnerOutcomes(partnerId: $partnerId) {\n    partnerId\n    partnerName\n    totals {\n      ...OutcomeTotalsFields\n    }\n    cohorts {\n      cohortId\n      cohortName\n      startDate\n      endDate\n      status\n      ended\n      programmeCode\n      programmeVersion\n      enrolled\n      active\n      withdrawn\n      certified\n      certifiedRate\n      onTimeRate\n      medianDaysToCredential\n      goalReachedRate\n      attendanceRate\n      atRisk\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OutcomeProgrammes {\n  programmes {\n    id\n    code\n    title\n  }\n}"): (typeof documents)["query OutcomeProgrammes {\n  programmes {\n    id\n    code\n    title\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordGoalFollowUp($token: String!, $input: GoalFollowUpInput!) {\n  recordGoalFollowUp(token: $token, input: $input) {\n    ...GoalFollowUpFields\n  }\n}"): (typeof documents)["mutation RecordGoalFollowUp($token: String!, $input: GoalFollowUpInput!) {\n  recordGoalFollowUp(token: $token, input: $input) {\n    ...GoalFollowUpFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["mutation CreatePartner($input: CreatePartnerInput!) {\n  createPartner(input: $input) {\n    ...PartnerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n}"): (typeof documents)["fragment InvitationFields on Invitation {\n  id\n  name\n  email\n  role\n  partnerId\n  state\n  createdAt\n  expiresAt\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}"): (typeof documents)["query Invitations($partnerId: ID!, $first: Int!, $offset: Int!) {\n  invitations(partnerId: $partnerId, first: $first, offset: $offset) {\n    ...InvitationFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}"): (typeof documents)["mutation Invite($input: InviteInput!) {\n  invite(input: $input) {\n    ...InvitationFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}"): (typeof documents)["fragment MemberFields on Member {\n  id\n  userId\n  name\n  email\n  role\n  partnerId\n  since\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!, $search: String) {\n  members(\n    partnerId: $partnerId\n    role: $role\n    first: $first\n    offset: $offset\n    search: $search\n  ) {\n    ...MemberFields\n  }\n  memberCount(partnerId: $partnerId, role: $role, search: $search)\n}"): (typeof documents)["query Members($partnerId: ID!, $role: Role, $first: Int!, $offset: Int!, $search: String) {\n  members(\n    partnerId: $partnerId\n    role: $role\n    first: $first\n    offset: $offset\n    search: $search\n  ) {\n    ...MemberFields\n  }\n  memberCount(partnerId: $partnerId, role: $role, search: $search)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["query Partner($id: ID!) {\n  partner(id: $id) {\n    ...PartnerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}"): (typeof documents)["fragment PartnerFields on Partner {\n  id\n  name\n  slug\n  region\n  countries\n  timeZone\n  createdAt\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["query Partners($first: Int!, $offset: Int!) {\n  partners(first: $first, offset: $offset) {\n    ...PartnerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}"): (typeof documents)["mutation RemoveMember($id: ID!) {\n  removeMember(id: $id)\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    ...InvitationFields\n  }\n}"): (typeof documents)["mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    ...InvitationFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}"): (typeof documents)["mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    ...InvitationFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}"): (typeof documents)["mutation UpdatePartner($id: ID!, $input: UpdatePartnerInput!) {\n  updatePartner(id: $id, input: $input) {\n    ...PartnerFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CreateProgramme($input: ProgrammeDefinitionInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeDetailFields\n  }\n}"): (typeof documents)["mutation CreateProgramme($input: ProgrammeDefinitionInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeDetailFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeDetailFields\n  }\n}"): (typeof documents)["query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeDetailFields\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ProgrammeDetailFields on Programme {\n  id\n  code\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      maxPoints\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n  draftProblems\n  hasUnpublishedChanges\n  latestVersion {\n    id\n    version\n    publishedAt\n    definition {\n      ...PublishedDefinitionFields\n    }\n  }\n}"): (typeof documents)["fragment ProgrammeDetailFields on Programme {\n  id\n  code\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      maxPoints\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n  draftProblems\n  hasUnpublishedChanges\n  latestVersion {\n    id\n    version\n    publishedAt\n    definition {\n      ...PublishedDefinitionFields\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Programmes($first: Int!, $offset: Int!) {\n  programmes(first: $first, offset: $offset) {\n    id\n    code\n    title\n    weeks\n    hasUnpublishedChanges\n    draftProblems\n    latestVersion {\n      id\n      version\n      publishedAt\n    }\n  }\n}"): (typeof documents)["query Programmes($first: Int!, $offset: Int!) {\n  programmes(first: $first, offset: $offset) {\n    id\n    code\n    title\n    weeks\n    hasUnpublishedChanges\n    draftProblems\n    latestVersion {\n      id\n      version\n      publishedAt\n    }\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation PublishProgramme($id: ID!) {\n  publishProgramme(id: $id) {\n    id\n    programmeId\n    version\n    publishedAt\n  }\n}"): (typeof documents)["mutation PublishProgramme($id: ID!) {\n  publishProgramme(id: $id) {\n    id\n    programmeId\n    version\n    publishedAt\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment PublishedDefinitionFields on ProgrammeDefinition {\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n}"): (typeof documents)["fragment PublishedDefinitionFields on ProgrammeDefinition {\n  title\n  language\n  summary\n  weeks\n  hoursPerWeek\n  coachingSessions\n  completion {\n    allAssignmentsPassed\n    minAttendancePercent\n    coachingSessionsRequired\n  }\n  credential {\n    name\n    description\n    criteria\n    validityMonths\n  }\n  modules {\n    week\n    title\n    summary\n    contentItems {\n      id\n      kind\n      title\n      body\n      url\n      minutes\n    }\n    assignment {\n      id\n      title\n      instructions\n      submissionKinds\n      passMark\n      dueDay\n      dueTime\n      rubric {\n        id\n        title\n        levels {\n          label\n          points\n        }\n      }\n    }\n  }\n  sessionPlan {\n    title\n    week\n    weekday\n    time\n    durationMinutes\n  }\n}"];
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdateProgrammeDraft($id: ID!, $input: ProgrammeDefinitionInput!) {\n  updateProgrammeDraft(id: $id, input: $input) {\n    ...ProgrammeDetailFields\n  }\n}"): (typeof documents)["mutation UpdateProgrammeDraft($id: ID!, $input: ProgrammeDefinitionInput!) {\n  updateProgrammeDraft(id: $id, input: $input) {\n    ...ProgrammeDetailFields\n  }\n}"];

export function gql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;