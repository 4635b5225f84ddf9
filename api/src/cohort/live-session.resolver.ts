import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { LiveSessionService } from './live-session.service.js';
import { AttendanceRecordModel, LiveSessionModel } from './dto/cohort.model.js';
import { AttendanceInput, UpdateLiveSessionInput } from './dto/cohort.input.js';
import { LearnerScheduleModel } from './dto/learner-schedule.model.js';

@Resolver(() => LiveSessionModel)
@UseGuards(AuthGuard)
export class LiveSessionResolver {
  constructor(private readonly sessions: LiveSessionService) {}

  @Query(() => [LiveSessionModel], { description: 'A cohort’s live sessions, for everyone taking part in it.' })
  liveSessions(@CurrentViewer() viewer: Viewer, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<LiveSessionModel[]> {
    return this.sessions.list(viewer, cohortId);
  }

  @Allow(Role.LEARNER)
  @Query(() => LearnerScheduleModel, { description: 'All live sessions of one of your enrolments with your attendance, and the cohort’s community links.' })
  mySchedule(@CurrentViewer() viewer: Viewer, @Args('enrolmentId', { type: () => ID }) enrolmentId: string): Promise<LearnerScheduleModel> {
    return this.sessions.mySchedule(viewer, enrolmentId);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => LiveSessionModel, { description: 'Changes a session: time, duration, host coach, join or recording link. Reminders move with it.' })
  updateLiveSession(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateLiveSessionInput,
  ): Promise<LiveSessionModel> {
    return this.sessions.update(viewer, id, input);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => LiveSessionModel)
  cancelLiveSession(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<LiveSessionModel> {
    return this.sessions.cancel(viewer, id);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [AttendanceRecordModel], { description: 'A session’s learners with their recorded attendance.' })
  sessionAttendance(@CurrentViewer() viewer: Viewer, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<AttendanceRecordModel[]> {
    return this.sessions.attendance(viewer, sessionId);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => [AttendanceRecordModel], { description: 'Records present, absent or excused for learners of a session.' })
  recordAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('entries', { type: () => [AttendanceInput] }) entries: AttendanceInput[],
  ): Promise<AttendanceRecordModel[]> {
    return this.sessions.record(viewer, sessionId, entries);
  }
}
