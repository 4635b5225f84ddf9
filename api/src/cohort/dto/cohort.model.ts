import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttendanceStatus, CohortStatus, EnrolmentStatus } from '@beacon/domain';

registerEnumType(CohortStatus, { name: 'CohortStatus', description: 'DRAFT → OPEN (enrolling) → RUNNING → COMPLETED → ARCHIVED' });
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });

/** The order of a roster page. */
export enum RosterOrder {
  ENROLMENT = 'ENROLMENT',
  ATTENDANCE = 'ATTENDANCE',
}
registerEnumType(RosterOrder, {
  name: 'RosterOrder',
  description:
    'ENROLMENT: in enrolment order. ATTENDANCE: lowest attendance first (as shown, rounded down to one decimal), least progress first among equals, learners with no session counted yet last.',
});

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
}

@ObjectType('CommunityLink')
export class CommunityLinkModel {
  @Field() label: string;
  @Field() url: string;
}

@ObjectType('CohortWeek', { description: 'A week of a cohort: it opens at start + 7·(week−1) days, local midnight in the cohort’s zone.' })
export class CohortWeekModel {
  @Field(() => Int) week: number;
  @Field() title: string;
  @Field() opensAt: Date;
  @Field() open: boolean;
}

@ObjectType('ProgrammeSummary', { description: 'The programme version a cohort follows (pinned when the cohort was created).' })
export class ProgrammeSummaryModel {
  @Field(() => ID) programmeId: string;
  @Field() code: string;
  @Field() title: string;
  @Field({ description: 'the language its content is written in (en, fr, es, pt, ar): shown as authored' }) language: string;
  @Field(() => Int) version: number;
  @Field(() => Int) weeks: number;
  @Field(() => Int) coachingSessions: number;
  @Field(() => Int) minAttendancePercent: number;
  @Field() credentialName: string;
}

@ObjectType('Cohort')
export class CohortModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'YYYY-MM-DD in the cohort’s zone' }) startDate: string;
  @Field({ description: 'the last day, YYYY-MM-DD' }) endDate: string;
  @Field({ description: 'IANA zone in which the cohort’s dates are computed' }) timeZone: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'invited, active and completed learners' }) seatsTaken: number;
  @Field(() => CohortStatus) status: CohortStatus;
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field(() => ProgrammeSummaryModel) programme: ProgrammeSummaryModel;
  @Field(() => Int, { description: '0 before the start, weeks+1 after the end' }) currentWeek: number;
  @Field(() => [CohortWeekModel]) weeks: CohortWeekModel[];
  @Field(() => [CommunityLinkModel]) communityLinks: CommunityLinkModel[];
  @Field(() => [PersonModel]) coaches: PersonModel[];
}

@ObjectType('LiveSession')
export class LiveSessionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field(() => Int) week: number;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field(() => PersonModel, { nullable: true }) host: PersonModel | null;
  @Field(() => String, { nullable: true }) joinUrl: string | null;
  @Field(() => String, { nullable: true }) recordingUrl: string | null;
  @Field() cancelled: boolean;
}

@ObjectType('AttendanceRate')
export class AttendanceRateModel {
  @Field(() => Int, { description: 'sessions held so far (not cancelled, already started)' }) held: number;
  @Field(() => Int, { description: 'of those, sessions marked present' }) attended: number;
  @Field(() => Int, { description: 'of those, sessions excused: they count on neither side' }) excused: number;
  @Field(() => Int, { description: 'the sessions that count: held − excused' }) counted: number;
  @Field(() => Float, {
    nullable: true,
    description: 'attended ÷ (held − excused), in percent rounded down to one decimal; null while no session counts',
  })
  percent: number | null;
  @Field({ description: 'the same rule in words, as every screen shows it: "15 of 17 sessions attended (88.2 %), 1 excused"' })
  summary: string;
}

@ObjectType('Enrolment')
export class EnrolmentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => EnrolmentStatus) status: EnrolmentStatus;
  @Field(() => String, { nullable: true }) outcomeGoal: string | null;
  @Field(() => Int, { description: 'content items completed, in percent of all items in the programme' }) progressPercent: number;
  @Field(() => AttendanceRateModel) attendance: AttendanceRateModel;
  @Field() enrolledAt: Date;
}

@ObjectType('RosterPage', { description: 'One page of a cohort’s learners, in the order asked for, with how many match.' })
export class RosterPageModel {
  @Field(() => [EnrolmentModel]) items: EnrolmentModel[];
  @Field(() => Int, { description: 'learners matching the status and search, on every page' }) total: number;
  @Field() hasMore: boolean;
  // belowMinimumAttendance (a field of its own resolver) is worked out from these, only when asked for
  attendanceScope?: { cohortId: string; now: Date; minAttendancePercent: number };
}

@ObjectType('AttendanceRecord')
export class AttendanceRecordModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => AttendanceStatus, { nullable: true, description: 'null: not recorded yet' }) status: AttendanceStatus | null;
}

@ObjectType('AttendanceSheetRow', { description: 'A learner of a session: the mark for it, and attendance and progress so far.' })
export class AttendanceSheetRowModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => AttendanceStatus, { nullable: true, description: 'null: not recorded yet' }) status: AttendanceStatus | null;
  @Field(() => Int, { description: 'content items completed, in percent of all items in the programme' }) progressPercent: number;
  @Field(() => AttendanceRateModel, { description: 'over the cohort’s sessions held so far' }) attendance: AttendanceRateModel;
}

@ObjectType('AttendanceSheetPage', {
  description: 'One page of a session’s attendance sheet, by name, with the counts of the whole session.',
})
export class AttendanceSheetPageModel {
  @Field(() => [AttendanceSheetRowModel]) items: AttendanceSheetRowModel[];
  @Field(() => Int, { description: 'learners matching the search, on every page' }) total: number;
  @Field() hasMore: boolean;
  @Field(() => Int, { description: 'the session’s learners (active and completed), whatever the search' }) learners: number;
  @Field(() => Int, { description: 'of those, learners with a recorded mark' }) marked: number;
}

@ObjectType('EnrolmentImportError')
export class EnrolmentImportErrorModel {
  @Field(() => Int, { description: 'line number in the file, the header being line 1' }) line: number;
  @Field() message: string;
}

@ObjectType('EnrolmentImportResult')
export class EnrolmentImportResultModel {
  @Field(() => Int) enrolled: number;
  @Field(() => [EnrolmentImportErrorModel], { description: 'when not empty, nothing was imported' }) errors: EnrolmentImportErrorModel[];
}
