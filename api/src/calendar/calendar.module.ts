import { Module } from '@nestjs/common';

@Module({ providers: [], controllers: [], exports: [] })
export class CalendarModule {}
