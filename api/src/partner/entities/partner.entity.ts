import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('partner')
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') slug: string;
  @Column('text') region: string;
  @Column('text', { array: true, default: () => "'{}'" }) countries: string[];
  @Column('text', { name: 'time_zone' }) timeZone: string;
  /** the language new people of the partner start with; 'en' when null */
  @Column('text', { nullable: true }) locale: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
