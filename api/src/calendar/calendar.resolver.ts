import { UseGuards } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { CalendarService } from './calendar.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Mutation(() => String, {
    description: 'Replaces your calendar feed URL with a new secret one (the old URL stops working) and returns it.',
  })
  resetCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.calendar.resetToken(viewer.userId);
  }
}
