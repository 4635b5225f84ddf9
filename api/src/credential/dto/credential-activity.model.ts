import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CredentialActivityKind {
  VIEW = 'VIEW',
  VERIFICATION = 'VERIFICATION',
  LINKEDIN = 'LINKEDIN',
}
registerEnumType(CredentialActivityKind, {
  name: 'CredentialActivityKind',
  description: 'A use of a credential that is counted (never who made it).',
});

/** What the public page may report: verifications are counted by the API where the signed credential is fetched. */
export enum CredentialPageEvent {
  VIEW = 'VIEW',
  LINKEDIN = 'LINKEDIN',
}
registerEnumType(CredentialPageEvent, {
  name: 'CredentialPageEvent',
  description: 'What the public credential page reports: a view, or a click on “Add to LinkedIn”.',
});

@ObjectType('CredentialActivity', { description: 'How one credential was used: counts only, nothing about who.' })
export class CredentialActivityModel {
  @Field(() => ID) credentialId: string;
  @Field() learnerName: string;
  @Field(() => Int, { description: 'views of the public verification page' }) views: number;
  @Field(() => Int, { description: 'fetches of the signed credential (JSON-LD or VC-JWT) by verifiers' }) verifications: number;
  @Field(() => Int, { description: 'clicks on “Add to LinkedIn”' }) linkedInAdds: number;
  @Field(() => String, { nullable: true, description: 'the last day (UTC, YYYY-MM-DD) anything was counted' }) lastActivityOn:
    string | null;
}

@ObjectType('CohortCredentialActivity', { description: 'How a cohort’s credentials were used, each and in total.' })
export class CohortCredentialActivityModel {
  @Field(() => ID) cohortId: string;
  @Field(() => Int, { description: 'credentials issued (revoked ones included)' }) issued: number;
  @Field(() => Int, { description: 'credentials whose page was viewed at least once' }) viewed: number;
  @Field(() => Int) views: number;
  @Field(() => Int) verifications: number;
  @Field(() => Int) linkedInAdds: number;
  @Field(() => Float, { nullable: true, description: 'viewed ÷ issued (0–1); null when none is issued' }) shareRate: number | null;
  @Field(() => [CredentialActivityModel]) credentials: CredentialActivityModel[];
}
