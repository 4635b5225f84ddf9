import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GradingState, ReviewAuditAction, ReviewState, type DueSource, type SubmissionKind, type Verdict } from '@beacon/domain';
import { PersonModel } from '../../cohort/dto/cohort.model.js';
import { AssignmentModel, RubricCriterionModel } from '../../programme/dto/programme-content.model.js';
import { SubmissionKindEnum } from '../../programme/dto/programme-enums.js';
import { AssignmentProgressEnum, DueSourceEnum, VerdictEnum } from './grading-enums.js';

@ObjectType('SubmissionFile', { description: 'A file a learner uploaded (POST /api/submissions/files) and attached to a submission.' })
export class SubmissionFileModel {
  @Field(() => ID) id: string;
  @Field() filename: string;
  @Field({ description: 'the type found in the file’s content' }) contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field({ description: 'GET with the session (cookie or bearer) to download' }) downloadUrl: string;
}

@ObjectType('CriterionScore', { description: 'The points given for one rubric criterion.' })
export class CriterionScoreModel {
  @Field(() => ID) criterionId: string;
  @Field() criterionTitle: string;
  @Field(() => Int) points: number;
  @Field({ description: 'the label of the level with these points, e.g. "Clear"' }) levelLabel: string;
}

@ObjectType('Review', {
  description: 'A coach’s rubric scores, total, verdict and feedback on one submission. Learners see it only once released.',
})
export class ReviewModel {
  @Field(() => ID) id: string;
  @Field(() => ID) submissionId: string;
  @Field(() => ReviewState) state: ReviewState;
  @Field(() => VerdictEnum) verdict: Verdict;
  @Field(() => [CriterionScoreModel], { description: 'in the rubric’s order' }) scores: CriterionScoreModel[];
  @Field(() => Int) total: number;
  @Field(() => Int) maxPoints: number;
  @Field(() => Int) passMark: number;
  @Field({ description: 'the total reaches the pass mark' }) reachesPassMark: boolean;
  @Field() feedback: string;
  @Field(() => Int, { description: 'pass it back as expectedVersion to saveReview or releaseReview' }) version: number;
  @Field(() => PersonModel, { nullable: true, description: 'who last changed it (staff only; null for learners)' })
  reviewer: PersonModel | null;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) releasedAt: Date | null;
}

@ObjectType('SubmissionVersion', { description: 'One version of a learner’s submission for a week, in brief.' })
export class SubmissionVersionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() submittedAt: Date;
  @Field() late: boolean;
  @Field(() => VerdictEnum, { nullable: true, description: 'the verdict of its released review' }) verdict: Verdict | null;
}

@ObjectType('Submission', { description: 'One version of a learner’s answer to a week’s assignment.' })
export class SubmissionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) enrolmentId: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => Int) week: number;
  @Field(() => Int, { description: '1, 2, …: each resubmission is a new version' }) version: number;
  @Field({ description: 'no newer version exists' }) latest: boolean;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => AssignmentModel, { description: 'the assignment with its rubric and pass mark' }) assignment: AssignmentModel;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => String, { nullable: true }) link: string | null;
  @Field(() => SubmissionFileModel, { nullable: true }) file: SubmissionFileModel | null;
  @Field() submittedAt: Date;
  @Field({ description: 'the due point that applies to this learner and week' }) dueAt: Date;
  @Field({ description: 'submitted after the due point' }) late: boolean;
  @Field(() => GradingState) state: GradingState;
  @Field(() => ReviewModel, { nullable: true, description: 'for the learner: only once released' }) review: ReviewModel | null;
  @Field(() => [SubmissionVersionModel], { description: 'every version for this week, newest first' }) versions: SubmissionVersionModel[];
}

@ObjectType('MyAssignment', { description: 'A learner’s own week: the assignment, when it is due, and their submissions.' })
export class MyAssignmentModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => Int) week: number;
  @Field() weekTitle: string;
  @Field() open: boolean;
  @Field(() => ID) assignmentId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: 'null while the week is locked' }) instructions: string | null;
  @Field(() => [SubmissionKindEnum]) submissionKinds: SubmissionKind[];
  @Field(() => [RubricCriterionModel]) rubric: RubricCriterionModel[];
  @Field(() => Int) passMark: number;
  @Field(() => Int) maxPoints: number;
  @Field({ description: 'the due point that applies to you' }) dueAt: Date;
  @Field(() => DueSourceEnum) dueSource: DueSource;
  @Field(() => AssignmentProgressEnum) progress: AssignmentProgressEnum;
  @Field({ description: 'whether submitAssignment would accept a (new) version now' }) canSubmit: boolean;
  @Field(() => String, { nullable: true, description: 'why not, when canSubmit is false' }) cannotSubmitReason: string | null;
  @Field(() => [SubmissionModel], { description: 'your versions, newest first; reviews only once released' })
  submissions: SubmissionModel[];
}

@ObjectType('GradingQueuePage')
export class GradingQueuePageModel {
  @Field(() => [SubmissionModel], { description: 'the latest version per learner and week, oldest submission first' })
  items: SubmissionModel[];
  @Field(() => Int) total: number;
  @Field() hasMore: boolean;
}

@ObjectType('GradingNeighbours', {
  description: 'Where a submission sits in the grading queue with a filter, to move through it without going back to the list.',
})
export class GradingNeighboursModel {
  @Field(() => Int, { description: 'submissions in the queue with this filter' }) total: number;
  @Field(() => Int, {
    nullable: true,
    description: '1-based place of this submission; null when it does not match the filter (e.g. just released)',
  })
  position: number | null;
  @Field(() => ID, { nullable: true, description: 'the one before it in queue order' }) previousId: string | null;
  @Field(() => ID, { nullable: true, description: 'the one after it in queue order' }) nextId: string | null;
  @Field(() => ID, { nullable: true, description: 'the first of the queue, to start over at the end' }) firstId: string | null;
}

@ObjectType('ReviewAuditEntry', { description: 'One change of a review: who, when, and the review as it then was.' })
export class ReviewAuditEntryModel {
  @Field(() => ID) id: string;
  @Field(() => ID) reviewId: string;
  @Field(() => ReviewAuditAction) action: ReviewAuditAction;
  @Field(() => PersonModel, { nullable: true }) actor: PersonModel | null;
  @Field() at: Date;
  @Field(() => Int) reviewVersion: number;
  @Field(() => ReviewState) state: ReviewState;
  @Field(() => VerdictEnum) verdict: Verdict;
  @Field(() => Int) total: number;
  @Field() feedback: string;
}

@ObjectType('DueExtension')
export class DueExtensionModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field() dueAt: Date;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() grantedAt: Date;
}

@ObjectType('WeekDueDates', {
  description: 'A week’s due points in a cohort: the programme’s, the cohort’s override, and learners’ extensions.',
})
export class WeekDueDatesModel {
  @Field(() => ID) cohortId: string;
  @Field(() => Int) week: number;
  @Field() assignmentTitle: string;
  @Field() programmeDueAt: Date;
  @Field(() => Date, { nullable: true }) cohortDueAt: Date | null;
  @Field({ description: 'what applies to learners without an extension' }) dueAt: Date;
  @Field(() => [DueExtensionModel]) extensions: DueExtensionModel[];
}

@ObjectType('LearnerDue', { description: 'The due point that applies to one learner for one week.' })
export class LearnerDueModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => Int) week: number;
  @Field() dueAt: Date;
  @Field(() => DueSourceEnum) source: DueSource;
}
