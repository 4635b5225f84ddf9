import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/role.js';

@ObjectType('Membership', { description: 'A role the user holds, within a partner unless ADMIN.' })
export class MembershipModel {
  @Field(() => ID) id: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true }) partnerId: string | null;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field({ description: 'the user’s own IANA time zone' }) timeZone: string;
  @Field({ description: 'the user’s language (BCP 47 base: en, fr, es, pt, ar)' }) locale: string;
  @Field(() => [Role]) roles: Role[];
  @Field({ description: 'the user’s private iCalendar feed (live sessions, due dates, bookings)' }) calendarFeedUrl: string;
  @Field(() => [MembershipModel]) memberships: MembershipModel[];
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() token: string;
  @Field(() => UserModel) user: UserModel;
}
