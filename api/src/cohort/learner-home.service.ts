import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict } from '../common/errors.js';
import { PreparedQuery } from '../common/prepared-query.js';
import type { Viewer } from '../auth/viewer.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { EnrolmentStatus } from './entities/enrolment.entity.js';
import { CohortEntity } from './entities/cohort.entity.js';
import { CohortService, cohortModel } from './cohort.service.js';
import { attendanceRate, EnrolmentService } from './enrolment.service.js';
import { upcomingSessionModel } from './live-session.service.js';
import { applicableDueAt } from './week-calendar.util.js';
import {
  cohortColumns,
  cohortFacts,
  cohortFromRow,
  standingEnrolment,
  upcomingSession,
  type CohortColumns,
  type CohortFacts,
  type UpcomingSessionRow,
} from './cohort.queries.js';
import type { DueItemModel, LearnerEnrolmentModel } from './dto/learner.model.js';
import { AssignmentProgressEnum } from '../grading/dto/grading-enums.js';
import { cohortErrors as msg } from './cohort.errors.js';

/** One enrolment of the learner with everything its home shows, from one query. */
interface EnrolmentRow extends CohortFacts, CohortColumns {
  id: string;
  status: EnrolmentStatus;
  outcome_goal: string | null;
  done: string[];
  overrides: { week: number; dueAt: string }[];
  extensions: { week: number; dueAt: string }[];
  held: number;
  present: number;
  excused: number;
  upcoming: UpcomingSessionRow[];
  /** the latest version of each week the learner submitted, with its released verdict */
  submitted: { week: number; verdict: 'PASS' | 'REVISE' | 'FAIL' | null }[];
}

const UPCOMING = 5;

/** $1 the learner, $2 now: each enrolment with its cohort, the cohort's facts, the learner's progress, due points, attendance and next sessions. */
const LEARNER_HOME = new PreparedQuery<EnrolmentRow>(
  'learner_home',
  `SELECT e.id, e.status, e.outcome_goal, ${cohortColumns('c')},
          p.id AS partner_id, p.name AS partner_name, ${cohortFacts('c')},
          coalesce((SELECT array_agg(cp.content_item_id) FROM content_progress cp WHERE cp.enrolment_id = e.id), '{}') AS done,
          coalesce((SELECT json_agg(json_build_object('week', d.week, 'dueAt', d.due_at)) FROM cohort_due_date d WHERE d.cohort_id = e.cohort_id), '[]') AS overrides,
          coalesce((SELECT json_agg(json_build_object('week', x.week, 'dueAt', x.due_at)) FROM due_extension x WHERE x.enrolment_id = e.id), '[]') AS extensions,
          (SELECT count(*)::int FROM live_session s WHERE s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS held,
          att.present, att.excused,
          coalesce((SELECT json_agg(json_build_object('week', sb.week, 'verdict', r.verdict))
                      FROM submission sb LEFT JOIN review r ON r.submission_id = sb.id AND r.state = 'RELEASED'
                     WHERE sb.enrolment_id = e.id AND sb.latest), '[]') AS submitted,
          coalesce((SELECT json_agg(n ORDER BY n.starts_at) FROM (
             SELECT s.id, s.cohort_id, s.week, s.title, s.starts_at, s.duration_minutes, s.join_url, s.recording_url,
                    u.id AS host_id, u.name AS host_name, u.email AS host_email
               FROM live_session s LEFT JOIN "user" u ON u.id = s.host_id
              WHERE s.cohort_id = c.id AND ${upcomingSession('s', '$2')}
              ORDER BY s.starts_at LIMIT ${UPCOMING}) n), '[]') AS upcoming
     FROM enrolment e
     JOIN cohort c ON c.id = e.cohort_id
     JOIN partner p ON p.id = c.partner_id
     CROSS JOIN LATERAL (
       SELECT count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present, count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused
         FROM attendance a JOIN live_session s ON s.id = a.live_session_id
        WHERE a.enrolment_id = e.id AND s.cancelled_at IS NULL AND s.starts_at <= $2) att
    WHERE e.user_id = $1 AND ${standingEnrolment('e')}`,
);

/** Where the learner's latest version of a week stands, as the learner sees it (a draft review is not out yet). */
export function assignmentProgress(latest: { verdict: 'PASS' | 'REVISE' | 'FAIL' | null } | undefined): AssignmentProgressEnum {
  if (!latest) return AssignmentProgressEnum.NOT_SUBMITTED;
  if (latest.verdict === 'PASS') return AssignmentProgressEnum.PASSED;
  if (latest.verdict === 'REVISE') return AssignmentProgressEnum.REVISION_REQUESTED;
  if (latest.verdict === 'FAIL') return AssignmentProgressEnum.FAILED;
  return AssignmentProgressEnum.AWAITING_REVIEW;
}

/**
 * "What's due": the assignments of open weeks still asking something of the learner or their
 * coach — not submitted (also once overdue), awaiting review, revision requested — soonest first.
 * A passed or failed week has nothing left to do and leaves the list.
 */
function dueItems(
  weeks: { week: number; open: boolean; assignment: { title: string; dueAt: Date } | null }[],
  submitted: EnrolmentRow['submitted'],
  now: Date,
): DueItemModel[] {
  const latestOf = new Map(submitted.map((x) => [x.week, x]));
  return weeks
    .filter((w) => w.open && w.assignment)
    .map((w) => {
      const state = assignmentProgress(latestOf.get(w.week));
      const overdue =
        w.assignment!.dueAt.getTime() <= now.getTime() &&
        (state === AssignmentProgressEnum.NOT_SUBMITTED || state === AssignmentProgressEnum.REVISION_REQUESTED);
      return { week: w.week, title: w.assignment!.title, dueAt: w.assignment!.dueAt, state, overdue };
    })
    .filter((d) => d.state !== AssignmentProgressEnum.PASSED && d.state !== AssignmentProgressEnum.FAILED)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** The learner's home: for each enrolment, this week first, what is next and what is due. */
@Injectable()
export class LearnerHomeService {
  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortService,
    private readonly enrolments: EnrolmentService,
    private readonly programmes: ProgrammeService,
  ) {}

  /**
   * One query whatever the number of enrolments (the session comes from memory, the programme
   * versions too): each enrolment with its cohort, the cohort's facts, the learner's progress,
   * due points, attendance and the next sessions.
   */
  async myEnrolments(viewer: Viewer, now = new Date()): Promise<LearnerEnrolmentModel[]> {
    const rows = await LEARNER_HOME.run(this.db, [viewer.userId, now]);
    if (rows.length === 0) return [];
    const versionById = await this.programmes.versionsById(rows.map((r) => r.programme_version_id));

    const result: LearnerEnrolmentModel[] = [];
    for (const f of rows) {
      const cohort = cohortFromRow(f);
      const version = versionById.get(cohort.programmeVersionId)!;
      const model = cohortModel(cohort, version, f, now);
      const d = version.definition;
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
            dueAt: applicableDueAt({
              cohort,
              week: w.week,
              assignment: a,
              cohortOverride: overrideOf.get(w.week),
              extension: extensionOf.get(w.week),
            }).dueAt,
          },
        };
      });
      const totalItems = weeks.reduce((n, w) => n + w.contentItems.length, 0);
      const completedItems = weeks.reduce((n, w) => n + w.contentItems.filter((c) => c.completed).length, 0);
      const mine = f.upcoming.map(upcomingSessionModel);
      result.push({
        id: f.id,
        status: f.status,
        outcomeGoal: f.outcome_goal,
        cohort: model,
        weeks,
        nextSession: mine[0] ?? null,
        upcomingSessions: mine,
        due: dueItems(weeks, f.submitted, now),
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
    if (e.status === EnrolmentStatus.WITHDRAWN) throw conflict(msg.withdrawn);
    const cohort = await this.db.getRepository(CohortEntity).findOneOrFail({ where: { id: e.cohortId } });
    const version = (await this.programmes.versionsById([cohort.programmeVersionId])).get(cohort.programmeVersionId)!;
    const module = version.definition.modules.find((m) => m.contentItems.some((c) => c.id === contentItemId));
    if (!module) throw badInput(msg.contentItemNotInProgramme, { field: 'contentItemId' });
    const model = (await this.cohorts.toModels([cohort]))[0];
    if (!model.weeks.find((w) => w.week === module.week)?.open) throw conflict(msg.weekNotOpen.with({ week: module.week }));
    if (completed) {
      await this.db.query(`INSERT INTO content_progress (enrolment_id, content_item_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        e.id,
        contentItemId,
      ]);
    } else {
      await this.db.query(`DELETE FROM content_progress WHERE enrolment_id = $1 AND content_item_id = $2`, [e.id, contentItemId]);
    }
  }
}
