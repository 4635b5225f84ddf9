import { Module } from '@nestjs/common';
import { CohortModule } from '../cohort/cohort.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { RiskService } from './risk.service.js';
import { OutcomeService } from './outcome.service.js';
import { GoalService } from './goal.service.js';
import { LearnerMessageService } from './learner-message.service.js';
import { OutcomeResolver } from './outcome.resolver.js';
import { OutcomeAlertsService } from './jobs/outcome-alerts.service.js';

@Module({
  imports: [CohortModule, ProgrammeModule, NotificationModule],
  providers: [RiskService, OutcomeService, GoalService, LearnerMessageService, OutcomeAlertsService, OutcomeResolver],
  exports: [RiskService, OutcomeService],
})
export class OutcomeModule {}
