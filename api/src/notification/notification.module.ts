import { Global, Module } from '@nestjs/common';
import { NotificationService } from './notification.service.js';
import { NotificationResolver } from './notification.resolver.js';

@Global()
@Module({ providers: [NotificationService, NotificationResolver], exports: [NotificationService] })
export class NotificationModule {}
