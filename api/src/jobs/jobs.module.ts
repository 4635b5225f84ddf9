import { Global, Module } from '@nestjs/common';
import { QueueService } from './queue.service.js';
import { WorkerHeartbeatService } from '../health/heartbeat.js';

@Global()
@Module({ providers: [QueueService, WorkerHeartbeatService], exports: [QueueService] })
export class JobsModule {}
