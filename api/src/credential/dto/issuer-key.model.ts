import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IssuerKey', { description: 'One of the issuer’s Ed25519 signing keys: the active one signs, retired ones stay published.' })
export class IssuerKeyModel {
  @Field({ description: 'the key id (its JWK thumbprint), as in the credentials’ `kid` header' }) kid: string;
  @Field() active: boolean;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) retiredAt: Date | null;
  @Field(() => Int, { description: 'credentials signed with it' }) credentialCount: number;
}
