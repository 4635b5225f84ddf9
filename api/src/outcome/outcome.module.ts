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
import { FollowUpEmailsService } from './jobs/follow-up-emails.service.js';
import { GoalFollowUpService } from './goal-follow-up.service.js';
import { GoalFollowUpResolver } from './goal-follow-up.resolver.js';

@Module({
  imports: [CohortModule, ProgrammeModule, NotificationModule],
  providers: [
    RiskService,
    OutcomeService,
    GoalService,
    LearnerMessageService,
    OutcomeAlertsService,
    FollowUpEmailsService,
    GoalFollowUpService,
    OutcomeResolver,
    GoalFollowUpResolver,
  ],
  exports: [RiskService, OutcomeService],
})
export class OutcomeModule {}
