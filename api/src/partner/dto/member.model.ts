import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/role.js';

@ObjectType('Member', { description: 'A person holding a role in a partner.' })
export class MemberModel {
  @Field(() => ID, { description: 'the membership id' }) id: string;
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
  @Field(() => ID) partnerId: string;
  @Field() since: Date;
}
