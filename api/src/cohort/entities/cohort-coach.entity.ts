import { Entity, PrimaryColumn } from 'typeorm';

@Entity('cohort_coach')
export class CohortCoachEntity {
  @PrimaryColumn('uuid', { name: 'cohort_id' }) cohortId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
}
