import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BookingNote', { description: 'A coach’s private notes on one of their coaching bookings; never shown to the learner.' })
export class BookingNoteModel {
  @Field(() => ID) bookingId: string;
  @Field({ description: 'markdown-free plain text; empty when there is no note' }) body: string;
  @Field(() => Date, { nullable: true, description: 'when the note was last saved; null when there is none' }) updatedAt: Date | null;
}
