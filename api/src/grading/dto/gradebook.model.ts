import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Verdict } from '@beacon/domain';
import { PersonModel } from '../../cohort/dto/cohort.model.js';
import { EnrolmentStatus } from '../../cohort/entities/enrolment.entity.js';
import { GradebookStateEnum, VerdictEnum } from './grading-enums.js';

@ObjectType('GradebookWeek')
export class GradebookWeekModel {
  @Field(() => Int) week: number;
  @Field() assignmentTitle: string;
  @Field({ description: 'the cohort’s due point (learners with an extension have their own)' }) dueAt: Date;
  @Field(() => Int) maxPoints: number;
  @Field(() => Int) passMark: number;
}

@ObjectType('GradebookCell', { description: 'A learner’s latest version for a week and its review.' })
export class GradebookCellModel {
  @Field(() => Int) week: number;
  @Field(() => GradebookStateEnum) state: GradebookStateEnum;
  @Field(() => ID, { nullable: true }) submissionId: string | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field() late: boolean;
  @Field({ description: 'nothing submitted and the learner’s due point has passed' }) overdue: boolean;
  @Field(() => VerdictEnum, { nullable: true, description: 'of the review, draft or released (see state)' }) verdict: Verdict | null;
  @Field(() => Int, { nullable: true }) total: number | null;
  @Field() dueAt: Date;
}

@ObjectType('GradebookRow')
export class GradebookRowModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => EnrolmentStatus) enrolmentStatus: EnrolmentStatus;
  @Field(() => [GradebookCellModel], { description: 'one per week with an assignment, in week order' }) cells: GradebookCellModel[];
  @Field(() => Int, { description: 'weeks with a released PASS' }) passedWeeks: number;
}

@ObjectType('Gradebook', { description: 'A cohort’s learners × weeks with state and score (its coaches and partner admins).' })
export class GradebookModel {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => [GradebookWeekModel]) weeks: GradebookWeekModel[];
  @Field(() => [GradebookRowModel], { description: 'by learner name' }) rows: GradebookRowModel[];
  @Field({ description: 'GET with the session (cookie or bearer) for the CSV export' }) csvUrl: string;
}
