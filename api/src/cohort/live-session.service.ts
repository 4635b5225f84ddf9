import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { badInput, commonErrors, conflict, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { UserEntity } from '../auth/entities/user.entity.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { AttendanceStatus } from './entities/attendance.entity.js';
import { CohortAccessService } from './cohort-access.service.js';
import { ScheduleService } from './jobs/schedule.service.js';
import type { AttendanceRecordModel, AttendanceSheetPageModel, LiveSessionModel } from './dto/cohort.model.js';
import type { AttendanceInput, UpdateLiveSessionInput } from './dto/cohort.input.js';
import { ScheduledSessionWhen, type LearnerScheduleModel } from './dto/learner-schedule.model.js';
import { CohortEntity } from './entities/cohort.entity.js';
import { EnrolmentEntity } from './entities/enrolment.entity.js';
import { takingPartEnrolment, type UpcomingSessionRow } from './cohort.queries.js';
import { cohortErrors as msg } from './cohort.errors.js';
import { attendanceRate, progressPercent } from './enrolment.service.js';
import { ATTENDANCE_SHEET_PAGE } from './roster.query.js';
import { containsPattern, type PageArgs } from '../common/pagination.js';
import { ProgrammeService } from '../programme/programme.service.js';

/** Attendance can be taken from shortly before a session starts. */
const ATTENDANCE_OPENS_MINUTES_BEFORE = 30;

@Injectable()
export class LiveSessionService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly schedule: ScheduleService,
    private readonly programmes: ProgrammeService,
  ) {}

  /** A cohort's sessions, for anyone taking part in it (learners see join links too). */
  async list(viewer: Viewer, cohortId: string): Promise<LiveSessionModel[]> {
    await this.access.require(viewer, cohortId, ['PARTNER_ADMIN', 'COACH', 'LEARNER']);
    const sessions = await this.db.getRepository(LiveSessionEntity).find({ where: { cohortId }, order: { startsAt: 'ASC' } });
    return this.toModels(sessions);
  }

  /**
   * The learner's whole schedule for one of their enrolments: every session (past ones with
   * their recording and the learner's attendance, upcoming ones with the join link), the
   * cohort's community links, and attendance by the one rule.
   */
  async mySchedule(viewer: Viewer, enrolmentId: string, now = new Date()): Promise<LearnerScheduleModel> {
    const e = await this.db.getRepository(EnrolmentEntity).findOne({ where: { id: enrolmentId, userId: viewer.userId } });
    if (!e) throw notFound('Enrolment');
    const [cohort, sessions, records] = await Promise.all([
      this.db.getRepository(CohortEntity).findOneOrFail({ where: { id: e.cohortId } }),
      this.db.getRepository(LiveSessionEntity).find({ where: { cohortId: e.cohortId }, order: { startsAt: 'ASC' } }),
      this.db.query(`SELECT live_session_id, status FROM attendance WHERE enrolment_id = $1`, [e.id]) as Promise<
        { live_session_id: string; status: AttendanceStatus }[]
      >,
    ]);
    const statusOf = new Map(records.map((r) => [r.live_session_id, r.status]));
    const models = await this.toModels(sessions);
    let held = 0;
    let attended = 0;
    let excused = 0;
    const scheduled = models.map((m) => {
      const attendance = statusOf.get(m.id) ?? null;
      const started = m.startsAt.getTime() <= now.getTime();
      // the same sessions count as everywhere else: started and not cancelled
      if (!m.cancelled && started) {
        held++;
        if (attendance === AttendanceStatus.PRESENT) attended++;
        if (attendance === AttendanceStatus.EXCUSED) excused++;
      }
      const when = m.cancelled
        ? ScheduledSessionWhen.CANCELLED
        : m.endsAt.getTime() <= now.getTime()
          ? ScheduledSessionWhen.PAST
          : started
            ? ScheduledSessionWhen.LIVE
            : ScheduledSessionWhen.UPCOMING;
      return { session: m, when, attendance: m.cancelled ? null : attendance };
    });
    return {
      enrolmentId: e.id,
      cohortId: cohort.id,
      cohortName: cohort.name,
      timeZone: cohort.timeZone,
      communityLinks: cohort.communityLinks.map((l) => ({ label: l.label, url: l.url })),
      attendance: attendanceRate(held, attended, excused),
      sessions: scheduled,
    };
  }

  async toModels(sessions: LiveSessionEntity[]): Promise<LiveSessionModel[]> {
    const hostIds = [...new Set(sessions.map((s) => s.hostId).filter((x): x is string => !!x))];
    const hosts = hostIds.length ? await this.db.getRepository(UserEntity).find({ where: { id: In(hostIds) } }) : [];
    const hostById = new Map(hosts.map((h) => [h.id, { id: h.id, name: h.name, email: h.email }]));
    return sessions.map((s) => ({
      id: s.id,
      cohortId: s.cohortId,
      week: s.week,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000),
      durationMinutes: s.durationMinutes,
      host: s.hostId ? (hostById.get(s.hostId) ?? null) : null,
      joinUrl: s.joinUrl,
      recordingUrl: s.recordingUrl,
      cancelled: s.cancelledAt !== null,
    }));
  }

  private async staffSession(viewer: Viewer, sessionId: string): Promise<LiveSessionEntity> {
    return (await this.staffSessionAndCohort(viewer, sessionId)).session;
  }

  /** A session the viewer is staff of, with its cohort; NOT_FOUND for any other (FORBIDDEN for a learner of it). */
  private async staffSessionAndCohort(viewer: Viewer, sessionId: string): Promise<{ session: LiveSessionEntity; cohort: CohortEntity }> {
    const session = await this.db.getRepository(LiveSessionEntity).findOne({ where: { id: sessionId } });
    if (!session) throw notFound('Live session');
    const cohort = await this.access.requireStaff(viewer, session.cohortId).catch((e: { code?: string }) => {
      throw e.code === 'FORBIDDEN' ? e : notFound('Live session');
    });
    return { session, cohort };
  }

  async update(viewer: Viewer, sessionId: string, input: UpdateLiveSessionInput): Promise<LiveSessionModel> {
    const s = await this.staffSession(viewer, sessionId);
    if (s.cancelledAt) throw conflict(msg.sessionCancelled);
    const patch: Partial<LiveSessionEntity> = {};
    if (input.title) patch.title = input.title.trim();
    if (input.durationMinutes) patch.durationMinutes = input.durationMinutes;
    if (input.startsAt) {
      if (Number.isNaN(new Date(input.startsAt).getTime())) throw badInput(msg.startsAtNotDate, { field: 'startsAt' });
      patch.startsAt = new Date(input.startsAt);
    }
    if (input.hostId !== undefined) {
      if (input.hostId) {
        const coach = await this.db.query(`SELECT 1 FROM cohort_coach WHERE cohort_id = $1 AND user_id = $2`, [s.cohortId, input.hostId]);
        if (!coach.length) throw badInput(msg.hostNotCoach, { field: 'hostId' });
      }
      patch.hostId = input.hostId ?? null;
    }
    if (input.joinUrl !== undefined) patch.joinUrl = input.joinUrl || null;
    if (input.recordingUrl !== undefined) patch.recordingUrl = input.recordingUrl || null;
    if (Object.keys(patch).length === 0) throw badInput(commonErrors.nothingToChange);
    await this.db.getRepository(LiveSessionEntity).update({ id: s.id }, patch);
    // reminders follow the session to its new time
    if (patch.startsAt && patch.startsAt.getTime() !== s.startsAt.getTime()) await this.schedule.scheduleSession(s.id);
    return (await this.toModels([{ ...s, ...patch }]))[0];
  }

  async cancel(viewer: Viewer, sessionId: string): Promise<LiveSessionModel> {
    const s = await this.staffSession(viewer, sessionId);
    if (!s.cancelledAt) {
      s.cancelledAt = new Date();
      await this.db.getRepository(LiveSessionEntity).update({ id: s.id }, { cancelledAt: s.cancelledAt });
      await this.schedule.dropSession(s.id);
    }
    return (await this.toModels([s]))[0];
  }

  /** The roster of a session with what was recorded (null where nothing was yet); `attendanceSheet` pages it. */
  async attendance(viewer: Viewer, sessionId: string): Promise<AttendanceRecordModel[]> {
    return this.recordsOf(await this.staffSession(viewer, sessionId));
  }

  /** A session's learners (active and completed; only `enrolmentIds` when given) with what was recorded, by name. */
  private async recordsOf(s: LiveSessionEntity, enrolmentIds?: string[]): Promise<AttendanceRecordModel[]> {
    const rows: { enrolment_id: string; user_id: string; name: string; email: string; status: AttendanceStatus | null }[] =
      await this.db.query(
        `SELECT e.id AS enrolment_id, u.id AS user_id, u.name, u.email, a.status
         FROM enrolment e JOIN "user" u ON u.id = e.user_id
         LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.live_session_id = $2
        WHERE e.cohort_id = $1 AND ${takingPartEnrolment('e')} AND ($3::uuid[] IS NULL OR e.id = ANY($3::uuid[]))
        ORDER BY u.name, e.id`,
        [s.cohortId, s.id, enrolmentIds ?? null],
      );
    return rows.map((r) => ({ enrolmentId: r.enrolment_id, learner: { id: r.user_id, name: r.name, email: r.email }, status: r.status }));
  }

  /**
   * One page of a session's attendance sheet, by name, searchable, with how many of the
   * session's learners there are and are marked: the access check and one query whatever the page size.
   */
  async attendanceSheet(viewer: Viewer, sessionId: string, page: PageArgs, now = new Date()): Promise<AttendanceSheetPageModel> {
    const { session: s, cohort } = await this.staffSessionAndCohort(viewer, sessionId);
    const [versions, rows] = await Promise.all([
      this.programmes.versionsById([cohort.programmeVersionId]),
      ATTENDANCE_SHEET_PAGE.run(this.db, [
        s.cohortId,
        now,
        s.id,
        page.search ? containsPattern(page.search) : null,
        page.first,
        page.offset,
      ]),
    ]);
    const progress = progressPercent(versions.get(cohort.programmeVersionId)!.definition);
    const head = rows[0] ?? { learners: 0, marked: 0, total: 0 };
    const items = rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        enrolmentId: r.id!,
        learner: { id: r.user_id, name: r.name, email: r.email },
        status: r.mark,
        progressPercent: progress(r.done),
        attendance: attendanceRate(r.held, r.present, r.excused),
      }));
    return { items, total: head.total, hasMore: page.offset + items.length < head.total, learners: head.learners, marked: head.marked };
  }

  async record(viewer: Viewer, sessionId: string, entries: AttendanceInput[]): Promise<AttendanceRecordModel[]> {
    const s = await this.staffSession(viewer, sessionId);
    if (s.cancelledAt) throw conflict(msg.sessionCancelledNoAttendance);
    if (s.startsAt.getTime() - ATTENDANCE_OPENS_MINUTES_BEFORE * 60_000 > Date.now()) {
      throw conflict(msg.attendanceNotYet);
    }
    if (entries.length === 0) throw badInput(msg.noAttendance);
    const ids = [...new Set(entries.map((e) => e.enrolmentId))];
    if (ids.length !== entries.length) throw badInput(msg.learnerTwice);
    const valid: { id: string }[] = await this.db.query(
      `SELECT id FROM enrolment WHERE cohort_id = $1 AND id = ANY($2) AND ${takingPartEnrolment('enrolment')}`,
      [s.cohortId, ids],
    );
    if (valid.length !== ids.length) throw badInput(msg.attendanceActiveOnly);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO attendance (live_session_id, enrolment_id, status, recorded_by_id, recorded_at)
         SELECT $1, e, s::attendance_status, $4, now() FROM unnest($2::uuid[], $3::text[]) AS t(e, s)
         ON CONFLICT (live_session_id, enrolment_id) DO UPDATE SET status = EXCLUDED.status, recorded_by_id = EXCLUDED.recorded_by_id, recorded_at = now()`,
        [s.id, entries.map((e) => e.enrolmentId), entries.map((e) => e.status), viewer.userId],
      );
    });
    // what was recorded, not the whole session (a cohort holds thousands): `attendanceSheet` pages the rest
    return this.recordsOf(s, ids);
  }
}

export function upcomingSessionModel(s: UpcomingSessionRow): LiveSessionModel {
  const startsAt = new Date(s.starts_at);
  return {
    id: s.id,
    cohortId: s.cohort_id,
    week: s.week,
    title: s.title,
    startsAt,
    endsAt: new Date(startsAt.getTime() + s.duration_minutes * 60_000),
    durationMinutes: s.duration_minutes,
    host: s.host_id ? { id: s.host_id, name: s.host_name!, email: s.host_email! } : null,
    joinUrl: s.join_url,
    recordingUrl: s.recording_url,
    cancelled: false,
  };
}
