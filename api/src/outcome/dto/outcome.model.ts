import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RISK_REASONS, type RiskReason } from '@beacon/domain';
import { PersonModel } from '../../cohort/dto/cohort.model.js';
import { CohortStatus } from '../../cohort/entities/cohort.entity.js';

/** The risk reasons as a GraphQL enum (its values are @beacon/domain's stable codes). */
export const RiskReasonEnum = Object.fromEntries(RISK_REASONS.map((r) => [r, r])) as { [K in RiskReason]: K };
registerEnumType(RiskReasonEnum, {
  name: 'RiskReason',
  description: 'Why an active enrolment is at risk; the words for people are in the web app (and @beacon/domain RISK_REASON_TEXT).',
});

/** The measures of DESIGN.md "Outcome measures": rates are fractions 0–1, null where there is no data yet. */
@ObjectType('OutcomeMeasures', { isAbstract: true })
export abstract class OutcomeMeasuresFields {
  @Field(() => Int, { description: 'enrolments past invitation (active, completed or withdrawn)' }) enrolled: number;
  @Field(() => Int) active: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int, { description: 'enrolments holding a credential (not revoked)' }) certified: number;
  @Field(() => Float, {
    nullable: true,
    description: 'credentials ÷ enrolments that reached the cohort’s end without withdrawing in week 1; null until a cohort has ended',
  })
  certifiedRate: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'credentials issued by the cohort’s end plus the programme’s grace period ÷ credentials issued; null until a cohort has ended',
  })
  onTimeRate: number | null;
  @Field(() => Float, { nullable: true, description: 'days from the cohort’s start to the credential, median' }) medianDaysToCredential:
    number | null;
  @Field(() => Float, { nullable: true, description: 'enrolments whose latest goal check-in says reached ÷ enrolments with a check-in' })
  goalReachedRate: number | null;
  @Field(() => Float, { nullable: true, description: 'sessions attended ÷ sessions recorded (excused ones left out)' }) attendanceRate:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'active enrolments of running cohorts with any risk reason; null when no cohort is running',
  })
  atRisk: number | null;
}

@ObjectType('OutcomeTotals')
export class OutcomeTotalsModel extends OutcomeMeasuresFields {}

@ObjectType('CohortOutcome')
export class CohortOutcomeModel extends OutcomeMeasuresFields {
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'the day after the last week, YYYY-MM-DD' }) endDate: string;
  @Field(() => CohortStatus) status: CohortStatus;
  @Field({ description: 'the cohort’s calendar has ended' }) ended: boolean;
  @Field() programmeCode: string;
  @Field(() => Int) programmeVersion: number;
}

@ObjectType('PartnerOutcomes')
export class PartnerOutcomesModel {
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field(() => OutcomeTotalsModel) totals: OutcomeTotalsModel;
  @Field(() => [CohortOutcomeModel], { description: 'oldest start first: the trend across cohorts' }) cohorts: CohortOutcomeModel[];
}

@ObjectType('PartnerOutcome')
export class PartnerOutcomeModel extends OutcomeMeasuresFields {
  @Field(() => ID) partnerId: string;
  @Field() partnerName: string;
  @Field(() => Int) cohorts: number;
}

@ObjectType('OutcomeMedian', { description: 'each measure’s median across the partners that have a value for it (null: none has)' })
export class OutcomeMedianModel {
  @Field(() => Float, { nullable: true }) enrolled: number | null;
  @Field(() => Float, { nullable: true }) active: number | null;
  @Field(() => Float, { nullable: true }) withdrawn: number | null;
  @Field(() => Float, { nullable: true }) certified: number | null;
  @Field(() => Float, { nullable: true }) certifiedRate: number | null;
  @Field(() => Float, { nullable: true }) onTimeRate: number | null;
  @Field(() => Float, { nullable: true }) medianDaysToCredential: number | null;
  @Field(() => Float, { nullable: true }) goalReachedRate: number | null;
  @Field(() => Float, { nullable: true }) attendanceRate: number | null;
  @Field(() => Float, { nullable: true }) atRisk: number | null;
}

@ObjectType('NetworkOutcomes')
export class NetworkOutcomesModel {
  @Field(() => [PartnerOutcomeModel]) partners: PartnerOutcomeModel[];
  @Field(() => OutcomeMedianModel) median: OutcomeMedianModel;
}

@ObjectType('CredentialPath', {
  description: 'What a learner still needs for the credential, from the completion criteria and the calendar left.',
})
export class CredentialPathModel {
  @Field(() => ID) enrolmentId: string;
  @Field() reachable: boolean;
  @Field({ description: 'one plain sentence, e.g. “Still reachable: attend 3 of the 9 remaining sessions and pass weeks 4–7.”' })
  summary: string;
  @Field(() => Int) sessionsRemaining: number;
  @Field(() => Int) sessionsToAttend: number;
  @Field(() => [Int]) weeksToPass: number[];
  @Field(() => [Int], { description: 'weeks that can no longer pass' }) weeksLost: number[];
  @Field(() => Int) coachingToHold: number;
  @Field(() => Int) coachingBooked: number;
  @Field(() => [RiskReasonEnum]) reasons: RiskReason[];
}

@ObjectType('AtRiskLearner')
export class AtRiskLearnerModel {
  @Field(() => ID) enrolmentId: string;
  @Field(() => PersonModel) learner: PersonModel;
  @Field(() => [RiskReasonEnum]) reasons: RiskReason[];
  @Field() credentialReachable: boolean;
  @Field({ description: 'the path in one English sentence (API clients); the web writes it from `path`' }) summary: string;
  @Field(() => CredentialPathModel, {
    description: 'what is still needed, as numbers and weeks: for writing the sentence in the reader’s language',
  })
  path: CredentialPathModel;
}

@ObjectType('LearnerMessageResult')
export class LearnerMessageResultModel {
  @Field(() => ID) id: string;
  @Field(() => Int) recipients: number;
}
