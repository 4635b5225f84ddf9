import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('content_progress')
export class ContentProgressEntity {
  @PrimaryColumn('uuid', { name: 'enrolment_id' }) enrolmentId: string;
  @PrimaryColumn('text', { name: 'content_item_id' }) contentItemId: string;
  @Column('timestamptz', { name: 'completed_at', default: () => 'now()' }) completedAt: Date;
}
