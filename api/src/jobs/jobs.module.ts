import { Global, Module } from '@nestjs/common';
import { QueueService } from './queue.service.js';
import { JobsRunner } from './jobs.runner.js';
import { WorkerHeartbeatService } from '../health/heartbeat.js';

@Global()
@Module({ providers: [QueueService, JobsRunner, WorkerHeartbeatService], exports: [QueueService] })
export class JobsModule {}
