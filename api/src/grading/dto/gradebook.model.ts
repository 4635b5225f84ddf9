import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GradebookState, type Verdict } from '@beacon/domain';
import { PersonModel } from '../../cohort/dto/cohort.model.js';
import { EnrolmentStatus } from '../../cohort/entities/enrolment.entity.js';
import { VerdictEnum } from './grading-enums.js';

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
  @Field(() => GradebookState) state: GradebookState;
  @Field(() => ID, { nullable: true }) submissionId: string | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field() late: boolean;
  @Field({ description: 'nothing submitted and the learner’s due point has passed' }) overdue: boolean;
  @Field(() => VerdictEnum, { nullable: true, description: 'of the review, draft or released (see state)' }) verdict: Verdict | null;
  @Field(() => Int, { nullable: true }) total: number | null;
  @Field({ description: 'the learner’s due point for the week (theirs if extended, else the cohort’s: see weeks)' }) dueAt: Date;
}

@ObjectType('GradebookRow')
export class GradebookRowModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => EnrolmentStatus) enrolmentStatus: EnrolmentStatus;
  @Field(() => [GradebookCellModel], { description: 'one per week with an assignment, in week order' }) cells: GradebookCellModel[];
  @Field(() => Int, { description: 'weeks with a released PASS' }) passedWeeks: number;
  @Field(() => [Int], { description: 'weeks in which the learner has their own due point (an extension: see the cells’ dueAt)' })
  extendedWeeks: number[];
}

@ObjectType('GradebookSummary', {
  description: 'The whole cohort’s grading in counts (learners not withdrawn), whatever the page or search.',
})
export class GradebookSummaryModel {
  @Field(() => Int) learners: number;
  @Field(() => Int, { description: 'latest versions submitted and not yet in review' }) awaiting: number;
  @Field(() => Int, { description: 'latest versions whose review is a draft' }) drafts: number;
  @Field(() => Int, { description: 'weeks with nothing submitted after the learner’s due point' }) missing: number;
  @Field(() => Int, { description: 'latest versions submitted late' }) late: number;
  @Field(() => Int, { description: 'weeks with a released PASS' }) passed: number;
  @Field(() => Int, { description: 'learners × weeks with an assignment' }) possible: number;
}

@ObjectType('Gradebook', { description: 'A cohort’s learners × weeks with state and score (its coaches and partner admins).' })
export class GradebookModel {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => [GradebookWeekModel]) weeks: GradebookWeekModel[];
  @Field(() => [GradebookRowModel], { description: 'one page of the learners matching the search, by name (then email)' })
  rows: GradebookRowModel[];
  @Field(() => Int, { description: 'learners matching the search, on every page' }) total: number;
  @Field() hasMore: boolean;
  @Field(() => GradebookSummaryModel) summary: GradebookSummaryModel;
  @Field({ description: 'GET with the session (cookie or bearer) for the CSV export' }) csvUrl: string;
}
