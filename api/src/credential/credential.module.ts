import { Module } from '@nestjs/common';
import { CohortModule } from '../cohort/cohort.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { CredentialController } from './credential.controller.js';
import { CredentialResolver } from './credential.resolver.js';
import { IssuerKeyResolver } from './issuer-key.resolver.js';
import { EligibilityFactResolver } from './eligibility-fact.resolver.js';
import { CredentialService } from './credential.service.js';
import { EligibilityService } from './eligibility.service.js';
import { IssuanceService } from './issuance.service.js';
import { IssuerKeyService } from './issuer-key.service.js';
import { BadgeService } from './badge.service.js';
import { CredentialActivityService } from './credential-activity.service.js';
import { ExpiryReminderService } from './jobs/expiry-reminder.service.js';

@Module({
  imports: [CohortModule, ProgrammeModule],
  providers: [
    IssuerKeyService,
    BadgeService,
    CredentialActivityService,
    ExpiryReminderService,
    EligibilityService,
    CredentialService,
    IssuanceService,
    CredentialResolver,
    IssuerKeyResolver,
    EligibilityFactResolver,
  ],
  controllers: [CredentialController],
  exports: [CredentialService, EligibilityService],
})
export class CredentialModule {}
