import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EnrolmentStatus } from '../entities/enrolment.entity.js';
import { AssignmentProgressEnum } from '../../grading/dto/grading-enums.js';
import { AttendanceRateModel, CohortModel, LiveSessionModel } from './cohort.model.js';

@ObjectType('LearnerContentItem')
export class LearnerContentItemModel {
  @Field(() => ID) id: string;
  @Field({ description: 'TUTORIAL, VIDEO, READING, CASE_STUDY or LINK' }) kind: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'markdown; null while the week is locked' }) body: string | null;
  @Field(() => String, { nullable: true, description: 'null while the week is locked' }) url: string | null;
  @Field(() => Int) minutes: number;
  @Field() completed: boolean;
}

@ObjectType('LearnerAssignment')
export class LearnerAssignmentModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'null while the week is locked' }) instructions: string | null;
  @Field(() => [String]) submissionKinds: string[];
  @Field() dueAt: Date;
}

@ObjectType('LearnerWeek')
export class LearnerWeekModel {
  @Field(() => Int) week: number;
  @Field() title: string;
  @Field() summary: string;
  @Field() opensAt: Date;
  @Field() open: boolean;
  @Field() current: boolean;
  @Field(() => [LearnerContentItemModel]) contentItems: LearnerContentItemModel[];
  @Field(() => LearnerAssignmentModel, { nullable: true }) assignment: LearnerAssignmentModel | null;
}

@ObjectType('DueItem', { description: 'An assignment of an open week that still asks something of the learner or their coach.' })
export class DueItemModel {
  @Field(() => Int) week: number;
  @Field() title: string;
  @Field() dueAt: Date;
  @Field(() => AssignmentProgressEnum, {
    description: 'NOT_SUBMITTED, AWAITING_REVIEW or REVISION_REQUESTED (passed and failed weeks leave the list)',
  })
  state: AssignmentProgressEnum;
  @Field({ description: 'the due point has passed and the learner still has to (re)submit' }) overdue: boolean;
}

@ObjectType('LearnerEnrolment', { description: 'A learner’s own view of one enrolment: this week first.' })
export class LearnerEnrolmentModel {
  @Field(() => ID) id: string;
  @Field(() => EnrolmentStatus) status: EnrolmentStatus;
  @Field(() => String, { nullable: true, description: 'the learner’s own stated outcome goal' }) outcomeGoal: string | null;
  @Field(() => CohortModel) cohort: CohortModel;
  @Field(() => [LearnerWeekModel]) weeks: LearnerWeekModel[];
  @Field(() => LiveSessionModel, { nullable: true }) nextSession: LiveSessionModel | null;
  @Field(() => [LiveSessionModel], { description: 'the next few sessions' }) upcomingSessions: LiveSessionModel[];
  @Field(() => [DueItemModel], { description: 'assignments of open weeks not yet passed or failed, with where each stands, soonest first' })
  due: DueItemModel[];
  @Field(() => Int) progressPercent: number;
  @Field(() => Int) completedItems: number;
  @Field(() => Int) totalItems: number;
  @Field(() => AttendanceRateModel) attendance: AttendanceRateModel;
}
