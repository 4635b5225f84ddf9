import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccountSession', { description: 'One of your login sessions (a browser or an app holding a token).' })
export class AccountSessionModel {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field({ description: 'when it was last used (kept to the minute)' }) lastUsedAt: Date;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field(() => String, { nullable: true, description: 'the client address it was created from' }) ipAddress: string | null;
  @Field({ description: 'true for the session making this request' }) current: boolean;
}

@ObjectType('NotificationSettings', { description: 'Which emails you receive. Invitations and password resets always go.' })
export class NotificationSettingsModel {
  @Field() weekOpened: boolean;
  @Field() sessionReminders: boolean;
  @Field() dueSoon: boolean;
  @Field() reviewReleased: boolean;
  @Field() bookingChanges: boolean;
  @Field() credentialIssued: boolean;
  @Field({ description: 'the reminders 60 and 14 days before a credential expires' }) credentialExpiry: boolean;
  @Field() atRiskAlerts: boolean;
  @Field({ description: 'the email 90 days after a programme asking whether you reached your goal' }) goalFollowUps: boolean;
}
