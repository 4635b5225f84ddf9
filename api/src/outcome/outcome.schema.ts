import { Outcomes1796192453611 } from '../database/migrations/1796192453611-outcomes.js';
import { GoalFollowUp1796193500000 } from '../database/migrations/1796193500000-goal-follow-up.js';
import { CohortRollups1796210000000 } from '../database/migrations/1796210000000-cohort-rollups.js';
import { RiskNames1796230000000 } from '../database/migrations/1796230000000-risk-names.js';
import { GoalCheckInEntity } from './entities/goal-check-in.entity.js';

/** The outcome domain's TypeORM entities and migrations, registered by database/data-source.ts. */
export const outcomeEntities: (new () => unknown)[] = [GoalCheckInEntity];
export const outcomeMigrations: (new () => unknown)[] = [
  Outcomes1796192453611,
  GoalFollowUp1796193500000,
  CohortRollups1796210000000,
  RiskNames1796230000000,
];
