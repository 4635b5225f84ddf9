import { Module } from '@nestjs/common';
import { PartnerService } from './partner.service.js';
import { MembershipResolver, PartnerResolver } from './partner.resolver.js';

@Module({ providers: [PartnerService, PartnerResolver, MembershipResolver], exports: [PartnerService] })
export class PartnerModule {}
