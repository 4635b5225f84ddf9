import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { LiveSessionService } from './live-session.service.js';
import { AttendanceRecordModel, AttendanceSheetPageModel, LiveSessionModel } from './dto/cohort.model.js';
import { LEARNER_PAGE_DEFAULT, LEARNER_PAGE_MAX, learnerPage } from '../common/pagination.js';
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
  @Query(() => LearnerScheduleModel, {
    description: 'All live sessions of one of your enrolments with your attendance, and the cohort’s community links.',
  })
  mySchedule(@CurrentViewer() viewer: Viewer, @Args('enrolmentId', { type: () => ID }) enrolmentId: string): Promise<LearnerScheduleModel> {
    return this.sessions.mySchedule(viewer, enrolmentId);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => LiveSessionModel, {
    description: 'Changes a session: time, duration, host coach, join or recording link. Reminders move with it.',
  })
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
  @Query(() => [AttendanceRecordModel], {
    description: 'A session’s learners with their recorded attendance, all of them; `attendanceSheet` pages them.',
  })
  sessionAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<AttendanceRecordModel[]> {
    return this.sessions.attendance(viewer, sessionId);
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => AttendanceSheetPageModel, {
    description: `One page of a session’s learners by name, with the session’s mark and attendance and progress so far (its partner admins and coaches). search: a part of a name or email; first: at most ${LEARNER_PAGE_MAX}.`,
  })
  attendanceSheet(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('search', { type: () => String, nullable: true }) search: string | undefined,
    @Args('first', { type: () => Int, defaultValue: LEARNER_PAGE_DEFAULT }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AttendanceSheetPageModel> {
    return this.sessions.attendanceSheet(viewer, sessionId, learnerPage(first, offset, search));
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Mutation(() => [AttendanceRecordModel], {
    description: 'Records present, absent or excused for learners of a session; answers with those learners’ records.',
  })
  recordAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('entries', { type: () => [AttendanceInput] }) entries: AttendanceInput[],
  ): Promise<AttendanceRecordModel[]> {
    return this.sessions.record(viewer, sessionId, entries);
  }
}
