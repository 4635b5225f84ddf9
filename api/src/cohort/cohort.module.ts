import { Module } from '@nestjs/common';
import { PartnerModule } from '../partner/partner.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { CohortAccessService } from './cohort-access.service.js';
import { CohortService } from './cohort.service.js';
import { EnrolmentService } from './enrolment.service.js';
import { LiveSessionService } from './live-session.service.js';
import { LearnerHomeService } from './learner-home.service.js';
import { CohortResolver } from './cohort.resolver.js';
import { EnrolmentResolver, RosterPageResolver } from './enrolment.resolver.js';
import { LiveSessionResolver } from './live-session.resolver.js';
import { ScheduleService } from './jobs/schedule.service.js';

@Module({
  imports: [PartnerModule, ProgrammeModule],
  providers: [
    CohortAccessService,
    CohortService,
    EnrolmentService,
    LiveSessionService,
    LearnerHomeService,
    ScheduleService,
    CohortResolver,
    EnrolmentResolver,
    RosterPageResolver,
    LiveSessionResolver,
  ],
  exports: [CohortAccessService, CohortService, EnrolmentService, LiveSessionService, ScheduleService],
})
export class CohortModule {}
