import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { InvitationState } from '@beacon/domain';
import { Role } from '../../common/role.js';

registerEnumType(InvitationState, { name: 'InvitationState' });

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => Role) role: Role;
  @Field(() => ID) partnerId: string;
  @Field(() => InvitationState) state: InvitationState;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;
}

@ObjectType('InvitationPreview', { description: 'What the person opening an invitation link sees before accepting.' })
export class InvitationPreviewModel {
  @Field() email: string;
  @Field() name: string;
  @Field(() => Role) role: Role;
  @Field() partnerName: string;
  @Field(() => InvitationState) state: InvitationState;
  @Field({
    description:
      'true when accepting needs a login as the invited email (joinInvitation); false when it sets a new account’s password (acceptInvitation)',
  })
  signInToAccept: boolean;
  @Field(() => [String], {
    description: 'the cohorts accepting enrols the learner in: the goal given on accepting is theirs (empty: no goal to ask)',
  })
  cohortNames: string[];
}

@InputType()
export class InviteInput {
  @Field(() => ID) @IsUUID('all', { message: 'partnerId must be an id' }) partnerId: string;
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @Length(3, 254) email: string;
  @Field() @IsString() @Length(1, 120) name: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
}
