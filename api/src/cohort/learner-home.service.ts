import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { badInput, conflict } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import type { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { CohortEntity } from './entities/cohort.entity.js';
import { EnrolmentEntity, EnrolmentStatus } from './entities/enrolment.entity.js';
import { CohortService } from './cohort.service.js';
import { attendanceRate, EnrolmentService } from './enrolment.service.js';
import { LiveSessionService } from './live-session.service.js';
import { applicableDueAt } from './week-calendar.util.js';
import type { LearnerEnrolmentModel } from './dto/learner.model.js';
import type { CohortModel, LiveSessionModel } from './dto/cohort.model.js';

interface EnrolmentFacts {
  id: string;
  done: string[];
  overrides: { week: number; dueAt: string }[];
  extensions: { week: number; dueAt: string }[];
  held: number;
  present: number;
  excused: number;
}

const UPCOMING = 5;

/** The learner's home: for each enrolment, this week first, what is next and what is due. */
@Injectable()
export class LearnerHomeService {
  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortService,
    private readonly enrolments: EnrolmentService,
    private readonly sessions: LiveSessionService,
    private readonly programmes: ProgrammeService,
  ) {}

  /**
   * Five queries whatever the number of enrolments (with the session lookup): the enrolments with
   * their cohorts, the cohorts' facts, each enrolment's progress, due points and attendance, and
   * the upcoming sessions; the programme versions are remembered.
   */
  async myEnrolments(viewer: Viewer, now = new Date()): Promise<LearnerEnrolmentModel[]> {
    const enrolments = await this.db.getRepository(EnrolmentEntity).find({
      where: { userId: viewer.userId, status: In([EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED]) },
      relations: { cohort: true },
    });
    if (enrolments.length === 0) return [];
    const cohorts = enrolments.map((e) => e.cohort!);
    const cohortIds = cohorts.map((c) => c.id);
    const [cohortModels, versionById, facts, upcoming]: [CohortModel[], Map<string, ProgrammeVersionEntity>, EnrolmentFacts[], LiveSessionModel[]] = await Promise.all([
      this.cohorts.toModels(cohorts, now),
      this.programmes.versionsById(cohorts.map((c) => c.programmeVersionId)),
      this.db.query(
        `SELECT e.id,
                coalesce((SELECT array_agg(cp.content_item_id) FROM content_progress cp WHERE cp.enrolment_id = e.id), '{}') AS done,
                coalesce((SELECT json_agg(json_build_object('week', d.week, 'dueAt', d.due_at)) FROM cohort_due_date d WHERE d.cohort_id = e.cohort_id), '[]') AS overrides,
                coalesce((SELECT json_agg(json_build_object('week', x.week, 'dueAt', x.due_at)) FROM due_extension x WHERE x.enrolment_id = e.id), '[]') AS extensions,
                (SELECT count(*)::int FROM live_session s WHERE s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS held,
                (SELECT count(*)::int FROM attendance a JOIN live_session s ON s.id = a.live_session_id
                  WHERE a.enrolment_id = e.id AND a.status = 'PRESENT' AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS present,
                (SELECT count(*)::int FROM attendance a JOIN live_session s ON s.id = a.live_session_id
                  WHERE a.enrolment_id = e.id AND a.status = 'EXCUSED' AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS excused
           FROM enrolment e WHERE e.id = ANY($1)`,
        [enrolments.map((e) => e.id), now],
      ),
      this.sessions.upcoming(cohortIds, now),
    ]);
    const modelById = new Map(cohortModels.map((m) => [m.id, m]));
    const factsById = new Map(facts.map((f) => [f.id, f]));

    const result: LearnerEnrolmentModel[] = [];
    for (const e of enrolments) {
      const cohort = e.cohort!;
      const model = modelById.get(cohort.id)!;
      const d = versionById.get(cohort.programmeVersionId)!.definition;
      const f = factsById.get(e.id)!;
      const done = new Set(f.done);
      // what is due for this learner: their extension, else the cohort's date, else the programme's
      const overrideOf = new Map(f.overrides.map((o) => [o.week, new Date(o.dueAt)]));
      const extensionOf = new Map(f.extensions.map((x) => [x.week, new Date(x.dueAt)]));
      const attendance = attendanceRate(f.held, f.present, f.excused);
      const weeks = model.weeks.map((w) => {
        const m = d.modules.find((x) => x.week === w.week)!;
        const a = m.assignment;
        return {
          week: w.week,
          title: m.title,
          summary: m.summary,
          opensAt: w.opensAt,
          open: w.open,
          current: w.week === model.currentWeek,
          contentItems: m.contentItems.map((c) => ({
            id: c.id,
            kind: c.kind,
            title: c.title,
            body: w.open ? c.body : null,
            url: w.open ? c.url : null,
            minutes: c.minutes,
            completed: done.has(c.id),
          })),
          assignment: a && {
            id: a.id,
            title: a.title,
            instructions: w.open ? a.instructions : null,
            submissionKinds: a.submissionKinds,
            dueAt: applicableDueAt({ cohort, week: w.week, assignment: a, cohortOverride: overrideOf.get(w.week), extension: extensionOf.get(w.week) }).dueAt,
          },
        };
      });
      const totalItems = weeks.reduce((n, w) => n + w.contentItems.length, 0);
      const completedItems = weeks.reduce((n, w) => n + w.contentItems.filter((c) => c.completed).length, 0);
      const mine = upcoming.filter((s) => s.cohortId === cohort.id);
      result.push({
        id: e.id,
        status: e.status,
        outcomeGoal: e.outcomeGoal,
        cohort: model,
        weeks,
        nextSession: mine[0] ?? null,
        upcomingSessions: mine.slice(0, UPCOMING),
        due: weeks
          .filter((w) => w.open && w.assignment && w.assignment.dueAt.getTime() > now.getTime())
          .map((w) => ({ week: w.week, title: w.assignment!.title, dueAt: w.assignment!.dueAt })),
        progressPercent: totalItems ? Math.round((100 * completedItems) / totalItems) : 0,
        completedItems,
        totalItems,
        attendance,
      });
    }
    // the cohort running now first, then the next to start, then the rest
    const rank = (m: LearnerEnrolmentModel) => (m.cohort.status === 'RUNNING' ? 0 : m.cohort.status === 'OPEN' ? 1 : 2);
    return result.sort((a, b) => rank(a) - rank(b) || b.cohort.startDate.localeCompare(a.cohort.startDate));
  }

  async setContentItemCompleted(viewer: Viewer, enrolmentId: string, contentItemId: string, completed: boolean): Promise<void> {
    const e = await this.enrolments.own(viewer, enrolmentId);
    if (e.status === EnrolmentStatus.WITHDRAWN) throw conflict('You have withdrawn from this cohort');
    const cohort = await this.db.getRepository(CohortEntity).findOneOrFail({ where: { id: e.cohortId } });
    const version = (await this.programmes.versionsById([cohort.programmeVersionId])).get(cohort.programmeVersionId)!;
    const module = version.definition.modules.find((m) => m.contentItems.some((c) => c.id === contentItemId));
    if (!module) throw badInput('This content item is not part of your programme', { field: 'contentItemId' });
    const model = (await this.cohorts.toModels([cohort]))[0];
    if (!model.weeks.find((w) => w.week === module.week)?.open) throw conflict(`Week ${module.week} is not open yet`);
    if (completed) {
      await this.db.query(`INSERT INTO content_progress (enrolment_id, content_item_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [e.id, contentItemId]);
    } else {
      await this.db.query(`DELETE FROM content_progress WHERE enrolment_id = $1 AND content_item_id = $2`, [e.id, contentItemId]);
    }
  }
}
