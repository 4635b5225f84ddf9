import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CredentialStatus } from '@beacon/domain';

registerEnumType(CredentialStatus, { name: 'CredentialStatus' });

export enum EligibilityFactKind {
  ASSIGNMENT = 'ASSIGNMENT',
  ATTENDANCE = 'ATTENDANCE',
  COACHING = 'COACHING',
}
registerEnumType(EligibilityFactKind, { name: 'EligibilityFactKind' });

@ObjectType('EligibilityFactData', { description: 'The numbers of a fact, by its kind (fields of other kinds are null).' })
export class EligibilityFactDataModel {
  @Field(() => Int, { nullable: true, description: 'ASSIGNMENT: the week of the assignment' }) week: number | null;
  @Field(() => String, { nullable: true, description: 'ASSIGNMENT: its title (programme content, in the programme’s language)' })
  assignmentTitle: string | null;
  @Field(() => Float, { nullable: true, description: 'ATTENDANCE: the minimum share of live sessions to attend, in percent' })
  minAttendancePercent: number | null;
  @Field(() => Int, { nullable: true, description: 'ATTENDANCE: live sessions held so far' }) sessionsHeld: number | null;
  @Field(() => Int, { nullable: true, description: 'ATTENDANCE: sessions held that count (held − excused)' }) sessionsCounted:
    number | null;
  @Field(() => Int, { nullable: true, description: 'ATTENDANCE: sessions attended' }) sessionsAttended: number | null;
  @Field(() => Int, { nullable: true, description: 'ATTENDANCE: sessions excused' }) sessionsExcused: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'ATTENDANCE: attended ÷ counted in percent, rounded down to one decimal; null while none counts',
  })
  attendancePercent: number | null;
  @Field(() => Int, { nullable: true, description: 'COACHING: coaching sessions required' }) coachingRequired: number | null;
  @Field(() => Int, { nullable: true, description: 'COACHING: coaching sessions held' }) coachingHeld: number | null;
}

@ObjectType('EligibilityFact', { description: 'One completion criterion evaluated for a learner: met or still to do.' })
export class EligibilityFactModel {
  @Field(() => EligibilityFactKind) kind: EligibilityFactKind;
  @Field({ description: 'the criterion in English (see `data` to word it in another language)' }) label: string;
  @Field() met: boolean;
  @Field({ description: 'where the learner stands, in English (see `data`)' }) detail: string;
  @Field(() => String, { nullable: true, description: 'when it was met (ISO)' }) at: string | null;
}

@ObjectType('HeldCredential', { description: 'The credential an enrolment holds, as a list of a cohort’s learners shows it.' })
export class HeldCredentialModel {
  @Field(() => ID) id: string;
  @Field(() => CredentialStatus) status: CredentialStatus;
  @Field() issuedAt: Date;
  @Field(() => Date, { nullable: true }) validUntil: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('Eligibility', { description: 'The eligibility ledger of an enrolment.' })
export class EligibilityModel {
  @Field(() => ID) enrolmentId: string;
  @Field() learnerName: string;
  @Field() eligible: boolean;
  @Field(() => [EligibilityFactModel]) facts: EligibilityFactModel[];
  @Field(() => ID, { nullable: true, description: 'the id of `credential`' }) credentialId: string | null;
  @Field(() => HeldCredentialModel, { nullable: true, description: 'the credential the enrolment holds, if any' })
  credential: HeldCredentialModel | null;
}

@ObjectType('CredentialView', { description: 'Everything the public verification page certifies about a credential.' })
export class CredentialView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() learnerName: string;
  @Field() description: string;
  @Field() criteria: string;
  @Field() programmeCode: string;
  @Field() programmeTitle: string;
  @Field() cohortName: string;
  @Field({ description: 'the partner that delivered the programme' }) partnerName: string;
  @Field() issuerName: string;
  @Field() issuedAt: Date;
  @Field(() => Date, { nullable: true }) validUntil: Date | null;
  @Field(() => CredentialStatus) status: CredentialStatus;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => String, { nullable: true }) revocationReason: string | null;
  @Field(() => [EligibilityFactModel], { description: 'the evidence: the criteria as they stood when it was issued' })
  evidence: EligibilityFactModel[];
  @Field({ description: 'the signed credential (VC-JWT, EdDSA)' }) jwt: string;
  @Field() verificationUrl: string;
  @Field({ description: 'the credential as JSON-LD with an embedded Data Integrity proof (eddsa-rdfc-2022)' }) jsonUrl: string;
  @Field({ description: 'the credential as a VC-JWT (VC-JOSE-COSE, EdDSA), for JOSE verifiers' }) jwtUrl: string;
  @Field({ description: 'the programme’s badge image (PNG)' }) badgeImageUrl: string;
  @Field() pdfUrl: string;
  @Field({ description: 'the issuer’s public keys (JWKS) to verify the signature offline' }) jwksUrl: string;
  @Field() linkedInUrl: string;
  @Field({ description: 'whether the signed-in viewer holds this credential: the holder’s actions (Add to LinkedIn) are theirs alone' })
  viewerIsHolder: boolean;
}

@ObjectType('IssuanceRun', { description: 'A cohort-wide issuance and how far it has got.' })
export class IssuanceRunModel {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() total: number;
  @Field() done: number;
  @Field() issued: number;
  @Field() alreadyHeld: number;
  @Field() notEligible: number;
  @Field() failed: number;
  @Field() finished: boolean;
  @Field() createdAt: Date;
}
