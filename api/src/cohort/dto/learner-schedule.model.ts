import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttendanceStatus } from '../entities/attendance.entity.js';
import { AttendanceRateModel, CommunityLinkModel, LiveSessionModel } from './cohort.model.js';

export enum ScheduledSessionWhen {
  PAST = 'PAST',
  LIVE = 'LIVE',
  UPCOMING = 'UPCOMING',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ScheduledSessionWhen, { name: 'ScheduledSessionWhen', description: 'where a session stands for the learner now' });

@ObjectType('ScheduledSession', { description: 'One live session of the learner’s cohort with the learner’s own attendance.' })
export class ScheduledSessionModel {
  @Field(() => LiveSessionModel) session: LiveSessionModel;
  @Field(() => ScheduledSessionWhen) when: ScheduledSessionWhen;
  @Field(() => AttendanceStatus, { nullable: true, description: 'the learner’s recorded attendance; null when not (yet) recorded' })
  attendance: AttendanceStatus | null;
}

@ObjectType('LearnerSchedule', { description: 'Every live session of one of the learner’s enrolments, and the cohort’s community links.' })
export class LearnerScheduleModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field({ description: 'the cohort’s IANA time zone' }) timeZone: string;
  @Field(() => [CommunityLinkModel], { description: 'the cohort’s groups (WhatsApp, LinkedIn, …)' }) communityLinks: CommunityLinkModel[];
  @Field(() => AttendanceRateModel) attendance: AttendanceRateModel;
  @Field(() => [ScheduledSessionModel], { description: 'all sessions, earliest first' }) sessions: ScheduledSessionModel[];
}
