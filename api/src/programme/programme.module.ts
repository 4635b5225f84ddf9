import { Module } from '@nestjs/common';
import { ProgrammeService } from './programme.service.js';
import { ProgrammeResolver } from './programme.resolver.js';

@Module({ providers: [ProgrammeService, ProgrammeResolver], exports: [ProgrammeService] })
export class ProgrammeModule {}
