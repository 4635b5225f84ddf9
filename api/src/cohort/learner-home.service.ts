import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { applicableDue } from '@beacon/domain';
import { badInput, conflict } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { ProgrammeVersionEntity } from '../programme/entities/programme-version.entity.js';
import { CohortEntity } from './entities/cohort.entity.js';
import { EnrolmentEntity, EnrolmentStatus } from './entities/enrolment.entity.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { CohortService } from './cohort.service.js';
import { EnrolmentService } from './enrolment.service.js';
import { LiveSessionService } from './live-session.service.js';
import type { LearnerEnrolmentModel } from './dto/learner.model.js';

const UPCOMING = 5;

/** The learner's home: for each enrolment, this week first, what is next and what is due. */
@Injectable()
export class LearnerHomeService {
  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortService,
    private readonly enrolments: EnrolmentService,
    private readonly sessions: LiveSessionService,
  ) {}

  async myEnrolments(viewer: Viewer, now = new Date()): Promise<LearnerEnrolmentModel[]> {
    const enrolments = await this.db.getRepository(EnrolmentEntity).find({
      where: { userId: viewer.userId, status: In([EnrolmentStatus.INVITED, EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED]) },
      relations: { cohort: true },
    });
    if (enrolments.length === 0) return [];
    const cohorts = enrolments.map((e) => e.cohort!);
    const cohortIds = cohorts.map((c) => c.id);
    const [cohortModels, versions, progressRows, upcoming, overrides, extensions] = await Promise.all([
      this.cohorts.toModels(cohorts, now),
      this.db.getRepository(ProgrammeVersionEntity).find({ where: { id: In(cohorts.map((c) => c.programmeVersionId)) } }),
      this.db.query(`SELECT enrolment_id, content_item_id FROM content_progress WHERE enrolment_id = ANY($1)`, [enrolments.map((e) => e.id)]),
      this.db.getRepository(LiveSessionEntity).find({
        where: { cohortId: In(cohortIds), startsAt: MoreThan(new Date(now.getTime() - 3 * 3600_000)) },
        order: { startsAt: 'ASC' },
      }),
      this.db.query(`SELECT cohort_id, week, due_at FROM cohort_due_date WHERE cohort_id = ANY($1)`, [cohortIds]),
      this.db.query(`SELECT enrolment_id, week, due_at FROM due_extension WHERE enrolment_id = ANY($1)`, [enrolments.map((e) => e.id)]),
    ]);
    // what is due for this learner: their extension, else the cohort's date, else the programme's
    const overrideOf = new Map<string, Date>(overrides.map((o: { cohort_id: string; week: number; due_at: Date }) => [`${o.cohort_id}/${o.week}`, o.due_at]));
    const extensionOf = new Map<string, Date>(extensions.map((x: { enrolment_id: string; week: number; due_at: Date }) => [`${x.enrolment_id}/${x.week}`, x.due_at]));
    const modelById = new Map(cohortModels.map((m) => [m.id, m]));
    const versionById = new Map(versions.map((v) => [v.id, v]));
    const done = new Set<string>(progressRows.map((r: { enrolment_id: string; content_item_id: string }) => `${r.enrolment_id}/${r.content_item_id}`));
    const upcomingModels = await this.sessions.toModels(upcoming.filter((s) => !s.cancelledAt && s.startsAt.getTime() + s.durationMinutes * 60_000 > now.getTime()));

    const result: LearnerEnrolmentModel[] = [];
    for (const e of enrolments) {
      const cohort = e.cohort!;
      const model = modelById.get(cohort.id)!;
      const d = versionById.get(cohort.programmeVersionId)!.definition;
      const attendance = (await this.enrolments.attendanceRates(cohort.id, [e.id], now)).get(e.id)!;
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
            completed: done.has(`${e.id}/${c.id}`),
          })),
          assignment: a && {
            id: a.id,
            title: a.title,
            instructions: w.open ? a.instructions : null,
            submissionKinds: a.submissionKinds,
            dueAt: applicableDue({
              cohort,
              week: w.week,
              assignment: a,
              cohortOverride: overrideOf.get(`${cohort.id}/${w.week}`),
              extension: extensionOf.get(`${e.id}/${w.week}`),
            }).dueAt,
          },
        };
      });
      const totalItems = weeks.reduce((n, w) => n + w.contentItems.length, 0);
      const completedItems = weeks.reduce((n, w) => n + w.contentItems.filter((c) => c.completed).length, 0);
      const mine = upcomingModels.filter((s) => s.cohortId === cohort.id);
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
    const version = await this.db.getRepository(ProgrammeVersionEntity).findOneOrFail({ where: { id: cohort.programmeVersionId } });
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
