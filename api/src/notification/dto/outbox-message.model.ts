import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('OutboxMessage', { description: 'An outgoing message: sent by SMTP, or kept here when no SMTP is configured.' })
export class OutboxMessageModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() body: string;
  @Field({ description: 'QUEUED, SENT, KEPT or FAILED' }) status: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
}
