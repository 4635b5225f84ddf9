import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import { describeAttendance, summariseAttendance, type ProgrammeDefinition } from '@beacon/domain';
import { conflict, notFound } from '../common/errors.js';
import { Role } from '../common/role.js';
import type { Viewer } from '../auth/viewer.js';
import { UserEntity } from '../auth/entities/user.entity.js';
import { PartnerEntity } from '../partner/entities/partner.entity.js';
import { PartnerService } from '../partner/partner.service.js';
import { NotificationService } from '../notification/notification.service.js';
import { toLocale, translate } from '../i18n/i18n.js';
import { formatWeekday } from '../i18n/format.util.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { CohortEntity, CohortStatus } from './entities/cohort.entity.js';
import { EnrolmentEntity, EnrolmentStatus } from './entities/enrolment.entity.js';
import { CohortAccessService } from './cohort-access.service.js';
import { parseGoalText, type GoalFields } from '../outcome/goal-fields.util.js';
import {
  RosterOrder,
  type AttendanceRateModel,
  type EnrolmentImportResultModel,
  type EnrolmentModel,
  type RosterPageModel,
} from './dto/cohort.model.js';
import { containsPattern, type PageArgs } from '../common/pagination.js';
import { BELOW_MINIMUM_ATTENDANCE, ROSTER, ROSTER_PAGE, ROSTER_PAGE_BY_ATTENDANCE, type RosterRowData } from './roster.query.js';
import { SessionService } from '../auth/session.service.js';
import { standingEnrolment } from './cohort.queries.js';
import { cohortErrors as msg } from './cohort.errors.js';

export const MAX_IMPORT_ROWS = 2000;

interface NewLearner {
  email: string;
  name: string;
  goal?: GoalFields | null;
}

/** A CSV header as a key: case, spaces and punctuation ignored ("Goal by when" → goalbywhen). */
const headerKey = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');
/** the columns an import reads, by their accepted headers; any other column is ignored */
const IMPORT_COLUMNS: Record<string, string> = {
  email: 'email',
  emailaddress: 'email',
  name: 'name',
  goal: 'goal',
  goalstatement: 'goal',
  measure: 'measure',
  goalmeasure: 'measure',
  baseline: 'baseline',
  goalbaseline: 'baseline',
  target: 'target',
  goaltarget: 'target',
  bywhen: 'byWhen',
  goalbywhen: 'byWhen',
  bydate: 'byWhen',
  goalbydate: 'byWhen',
  goaldate: 'byWhen',
};

/** Content items completed, in percent of all the items of the programme `definition`. */
export function progressPercent(definition: ProgrammeDefinition): (done: number) => number {
  const totalItems = definition.modules.reduce((n, m) => n + m.contentItems.length, 0);
  return (done) => (totalItems ? Math.round((100 * done) / totalItems) : 0);
}

/** Turns roster rows of a cohort following `definition` into the GraphQL shape (progress and attendance worked out). */
function rosterRow(definition: ProgrammeDefinition) {
  const progress = progressPercent(definition);
  return (e: RosterRowData) => ({
    id: e.id,
    cohortId: e.cohort_id,
    learner: { id: e.user_id, name: e.name, email: e.email },
    status: e.status,
    outcomeGoal: e.outcome_goal,
    progressPercent: progress(e.done),
    attendance: attendanceRate(e.held, e.present, e.excused),
    enrolledAt: e.created_at,
  });
}

/** How a roster page is drawn: which learners, in which order. */
export interface RosterOptions {
  status?: EnrolmentStatus;
  /** false leaves withdrawn learners out (a status, when given, decides alone) */
  includeWithdrawn?: boolean;
  order?: RosterOrder;
}

@Injectable()
export class EnrolmentService {
  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly partners: PartnerService,
    private readonly notifications: NotificationService,
    private readonly programmes: ProgrammeService,
    private readonly sessions: SessionService,
  ) {}

  async enrol(viewer: Viewer, cohortId: string, learner: NewLearner): Promise<EnrolmentEntity> {
    const cohort = await this.enrollable(viewer, cohortId);
    const email = learner.email.trim().toLowerCase();
    const { enrolments, messageIds } = await this.db.transaction((tx) => this.enrolAll(tx, viewer, cohort, [{ ...learner, email }]));
    this.forgetLearners(enrolments);
    await this.notifications.dispatch(messageIds);
    return enrolments[0];
  }

  /**
   * Enrols everyone in a CSV file (columns: email, name, and optionally the learner's goal:
   * goal, measure, baseline, target, by when) or no one: when any row has a problem, each
   * problem is reported with its line and nothing is imported.
   */
  async importCsv(viewer: Viewer, cohortId: string, csv: string): Promise<EnrolmentImportResultModel> {
    const cohort = await this.enrollable(viewer, cohortId);
    let records: Record<string, string>[];
    const headers: string[] = [];
    try {
      const columns = (h: string[]) => {
        headers.push(...h.map((c) => IMPORT_COLUMNS[headerKey(c)] ?? ''));
        // an unknown column is read under a name no known column has, and ignored
        return h.map((c, i) => IMPORT_COLUMNS[headerKey(c)] ?? `ignored ${i}`);
      };
      records = parse(csv, { columns, skip_empty_lines: true, trim: true, bom: true });
    } catch (e) {
      return { enrolled: 0, errors: [{ line: 1, message: `The file is not valid CSV: ${(e as Error).message}` }] };
    }
    const twice = headers.filter((c, i) => c && headers.indexOf(c) !== i);
    if (twice.length)
      return {
        enrolled: 0,
        errors: [{ line: 1, message: `The header names the ${twice[0] === 'byWhen' ? 'by when' : twice[0]} column twice` }],
      };
    if (records.length === 0)
      return {
        enrolled: 0,
        errors: [{ line: 1, message: 'The file has no learners: expected a header line "email,name" and one line per learner' }],
      };
    if (!headers.includes('email') || !headers.includes('name')) {
      return {
        enrolled: 0,
        errors: [
          {
            line: 1,
            message: 'The header must name the columns email and name (goal, measure, baseline, target and by when are optional)',
          },
        ],
      };
    }
    if (records.length > MAX_IMPORT_ROWS)
      return { enrolled: 0, errors: [{ line: 1, message: `At most ${MAX_IMPORT_ROWS} learners per file` }] };

    const errors: { line: number; message: string }[] = [];
    const seen = new Map<string, number>();
    const rows: NewLearner[] = [];
    records.forEach((r, i) => {
      const line = i + 2;
      const email = (r.email ?? '').toLowerCase();
      if (!isEmail(email)) errors.push({ line, message: `"${r.email ?? ''}" is not an email address` });
      else if (seen.has(email)) errors.push({ line, message: `${email} is already on line ${seen.get(email)}` });
      if (!r.name) errors.push({ line, message: 'the name is missing' });
      else if (r.name.length > 120) errors.push({ line, message: 'the name is longer than 120 characters' });
      const { goal, problems } = parseGoalText({
        statement: r.goal,
        measure: r.measure,
        baseline: r.baseline,
        target: r.target,
        byDate: r.byWhen,
      });
      for (const message of problems) errors.push({ line, message });
      seen.set(email, line);
      rows.push({ email, name: r.name, goal });
    });
    const already: { email: string }[] = await this.db.query(
      `SELECT u.email FROM enrolment e JOIN "user" u ON u.id = e.user_id WHERE e.cohort_id = $1 AND ${standingEnrolment('e')} AND u.email = ANY($2)`,
      [cohortId, rows.map((r) => r.email)],
    );
    const enrolledEmails = new Set(already.map((a) => a.email));
    rows.forEach(
      (r, i) => enrolledEmails.has(r.email) && errors.push({ line: i + 2, message: `${r.email} is already enrolled in this cohort` }),
    );
    const [{ taken }] = await this.db.query(
      `SELECT count(*)::int AS taken FROM enrolment WHERE cohort_id = $1 AND ${standingEnrolment('enrolment')}`,
      [cohortId],
    );
    // seats only matter once the rows themselves are right
    if (errors.length === 0 && taken + rows.length > cohort.capacity) {
      errors.push({
        line: 1,
        message: `The file has ${rows.length} learners but only ${Math.max(0, cohort.capacity - taken)} seats are left (capacity ${cohort.capacity})`,
      });
    }
    if (errors.length) return { enrolled: 0, errors: errors.sort((a, b) => a.line - b.line) };

    const { enrolments, messageIds } = await this.db.transaction((tx) => this.enrolAll(tx, viewer, cohort, rows));
    this.forgetLearners(enrolments);
    await this.notifications.dispatch(messageIds);
    return { enrolled: enrolments.length, errors: [] };
  }

  async withdraw(viewer: Viewer, enrolmentId: string): Promise<EnrolmentEntity> {
    const e = await this.db.getRepository(EnrolmentEntity).findOne({ where: { id: enrolmentId } });
    if (!e) throw notFound('Enrolment');
    await this.access.requirePartnerAdmin(viewer, e.cohortId).catch(() => {
      throw notFound('Enrolment');
    });
    if (e.status === EnrolmentStatus.WITHDRAWN) return e;
    if (e.status === EnrolmentStatus.COMPLETED) throw conflict(msg.completedCannotWithdraw);
    const withdrawnAt = new Date();
    await this.db.getRepository(EnrolmentEntity).update({ id: e.id }, { status: EnrolmentStatus.WITHDRAWN, withdrawnAt });
    return { ...e, status: EnrolmentStatus.WITHDRAWN, withdrawnAt };
  }

  /** The learner's own enrolment, or NOT_FOUND. */
  async own(viewer: Viewer, enrolmentId: string): Promise<EnrolmentEntity> {
    const e = await this.db.getRepository(EnrolmentEntity).findOne({ where: { id: enrolmentId, userId: viewer.userId } });
    if (!e) throw notFound('Enrolment');
    return e;
  }

  async setOutcomeGoal(viewer: Viewer, enrolmentId: string, goal: string): Promise<EnrolmentEntity> {
    const e = await this.own(viewer, enrolmentId);
    const outcomeGoal = goal.trim() || null;
    await this.db.getRepository(EnrolmentEntity).update({ id: e.id }, { outcomeGoal });
    return { ...e, outcomeGoal };
  }

  /**
   * Roster of a cohort with each learner's progress and attendance: one query (the programme
   * version is remembered). Attendance is read by the cohort's sessions held so far (the
   * attendance key leads with the session), as it is only ever recorded for a session's own learners.
   */
  async roster(viewer: Viewer, cohortId: string, status?: EnrolmentStatus, now = new Date()): Promise<EnrolmentModel[]> {
    const cohort = await this.access.requireStaff(viewer, cohortId);
    const [versions, rows] = await Promise.all([
      this.programmes.versionsById([cohort.programmeVersionId]),
      ROSTER.run(this.db, [cohort.id, now, status ?? null]),
    ]);
    const toRow = rosterRow(versions.get(cohort.programmeVersionId)!.definition);
    return rows.map(toRow);
  }

  /**
   * One page of a cohort's roster (see `roster`), with how many learners match: one query
   * whatever the page size. In enrolment order the expensive columns are worked out for the
   * page's learners only; lowest attendance first, for every matching learner (the order needs them).
   */
  async rosterPage(
    viewer: Viewer,
    cohortId: string,
    page: PageArgs,
    options: RosterOptions = {},
    now = new Date(),
  ): Promise<RosterPageModel> {
    const cohort = await this.access.requireStaff(viewer, cohortId);
    const query = options.order === RosterOrder.ATTENDANCE ? ROSTER_PAGE_BY_ATTENDANCE : ROSTER_PAGE;
    const [versions, rows] = await Promise.all([
      this.programmes.versionsById([cohort.programmeVersionId]),
      query.run(this.db, [
        cohort.id,
        now,
        options.status ?? null,
        page.search ? containsPattern(page.search) : null,
        page.first,
        page.offset,
        options.includeWithdrawn ?? true,
      ]),
    ]);
    const definition = versions.get(cohort.programmeVersionId)!.definition;
    const toRow = rosterRow(definition);
    const total = rows[0]?.total ?? 0;
    const items = rows.filter((e) => e.id !== null).map((e) => toRow({ ...e, id: e.id! }));
    return {
      items,
      total,
      hasMore: page.offset + items.length < total,
      attendanceScope: { cohortId: cohort.id, now, minAttendancePercent: definition.completion.minAttendancePercent },
    };
  }

  /** The cohort's learners (not withdrawn) below the programme's minimum attendance: one query, whatever the cohort's size. */
  async belowMinimumAttendance(scope: NonNullable<RosterPageModel['attendanceScope']>): Promise<number> {
    const [row] = await BELOW_MINIMUM_ATTENDANCE.run(this.db, [scope.cohortId, scope.now, scope.minAttendancePercent]);
    return row?.n ?? 0;
  }

  private async enrollable(viewer: Viewer, cohortId: string): Promise<CohortEntity> {
    const cohort = await this.access.requirePartnerAdmin(viewer, cohortId);
    if (cohort.status === CohortStatus.COMPLETED || cohort.status === CohortStatus.ARCHIVED) {
      throw conflict(msg.closedToEnrolment.with({ status: cohort.status.toLowerCase() }));
    }
    return cohort;
  }

  /** An existing account may just have become a learner of the partner (see SessionService.forgetUser). */
  private forgetLearners(enrolments: EnrolmentEntity[]): void {
    for (const e of enrolments) this.sessions.forgetUser(e.userId);
  }

  /**
   * Enrols learners inside one transaction; the database refuses seats beyond capacity.
   *
   * People who already belong to the partner (any role) and have a password are enrolled at
   * once and told by email. Everyone else — a new address, or an account of another partner —
   * is enrolled INVITED under the name the partner gave and gets an invitation by email: they
   * join (and the enrolment starts) only by accepting it, an existing account from its own
   * session. The partner's answer is the same whether or not the address has an account.
   */
  private async enrolAll(tx: EntityManager, viewer: Viewer, cohort: CohortEntity, learners: NewLearner[]) {
    const partner = await tx.getRepository(PartnerEntity).findOneOrFail({ where: { id: cohort.partnerId } });
    const users = tx.getRepository(UserEntity);
    const existing = await users.find({ where: { email: In(learners.map((l) => l.email)) } });
    const byEmail = new Map(existing.map((u) => [u.email, u]));
    const members: { user_id: string }[] = existing.length
      ? await tx.query(`SELECT DISTINCT user_id FROM membership WHERE partner_id = $1 AND user_id = ANY($2)`, [
          partner.id,
          existing.map((u) => u.id),
        ])
      : [];
    const memberIds = new Set(members.map((m) => m.user_id));
    const enrolments: EnrolmentEntity[] = [];
    const messageIds: (string | null)[] = [];
    for (const l of learners) {
      let user = byEmail.get(l.email);
      const accountCreatedNow = !user;
      if (!user)
        user = await users.save(
          users.create({
            email: l.email,
            name: l.name.trim(),
            passwordHash: null,
            timeZone: partner.timeZone,
            locale: partner.locale ?? 'en',
          }),
        );
      const known = memberIds.has(user.id) && !!user.passwordHash;
      if (known)
        await tx.query(`INSERT INTO membership (user_id, role, partner_id) VALUES ($1, 'LEARNER', $2) ON CONFLICT DO NOTHING`, [
          user.id,
          partner.id,
        ]);
      const status = known ? EnrolmentStatus.ACTIVE : EnrolmentStatus.INVITED;
      const invitedName = known ? null : l.name.trim();
      const rows: EnrolmentEntity[] = await tx
        .query(
          `INSERT INTO enrolment (cohort_id, user_id, status, outcome_goal, goal_measure, goal_baseline, goal_target, goal_by_date, invited_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (cohort_id, user_id) DO UPDATE SET status = EXCLUDED.status, withdrawn_at = NULL, invited_name = EXCLUDED.invited_name,
           -- a new goal replaces the old one whole; without one, the old one stays
           outcome_goal = CASE WHEN EXCLUDED.outcome_goal IS NULL THEN enrolment.outcome_goal ELSE EXCLUDED.outcome_goal END,
           goal_measure = CASE WHEN EXCLUDED.outcome_goal IS NULL THEN enrolment.goal_measure ELSE EXCLUDED.goal_measure END,
           goal_baseline = CASE WHEN EXCLUDED.outcome_goal IS NULL THEN enrolment.goal_baseline ELSE EXCLUDED.goal_baseline END,
           goal_target = CASE WHEN EXCLUDED.outcome_goal IS NULL THEN enrolment.goal_target ELSE EXCLUDED.goal_target END,
           goal_by_date = CASE WHEN EXCLUDED.outcome_goal IS NULL THEN enrolment.goal_by_date ELSE EXCLUDED.goal_by_date END
           WHERE enrolment.status = 'WITHDRAWN'
         RETURNING id`,
          [
            cohort.id,
            user.id,
            status,
            l.goal?.statement ?? null,
            l.goal?.measure ?? null,
            l.goal?.baseline ?? null,
            l.goal?.target ?? null,
            l.goal?.byDate ?? null,
            invitedName,
          ],
        )
        .catch((e: { code?: string; constraint?: string }) => {
          if (e.code === '23514' && e.constraint === 'enrolment_capacity')
            throw conflict(msg.full.with({ cohort: cohort.name, capacity: cohort.capacity }));
          throw e;
        });
      if (rows.length === 0) throw conflict(msg.alreadyEnrolled.with({ email: l.email, cohort: cohort.name }));
      enrolments.push(await tx.getRepository(EnrolmentEntity).findOneOrFail({ where: { id: rows[0].id } }));
      const locale = toLocale(user.locale);
      const message = {
        partner: partner.name,
        cohort: cohort.name,
        starts: formatWeekday(new Date(`${cohort.startDate}T12:00:00Z`), locale, cohort.timeZone),
      };
      let body: string;
      if (status === EnrolmentStatus.INVITED) {
        const { acceptUrl, invitation } = await this.partners.createInvitation(tx, {
          partner,
          email: l.email,
          name: l.name,
          role: Role.LEARNER,
          invitedById: viewer.userId,
          accountCreatedNow,
        });
        body = translate(locale, 'email.enrolment.invitedBody', {
          ...message,
          name: invitation.name,
          setsPassword: invitation.setsPassword ? 'yes' : 'no',
          link: acceptUrl,
        });
      } else {
        body = translate(locale, 'email.enrolment.memberBody', { ...message, name: user.name });
      }
      messageIds.push(
        await this.notifications.write(tx, {
          kind: 'enrolment',
          to: l.email,
          locale,
          subject: translate(locale, 'email.enrolment.subject', { cohort: cohort.name }),
          body,
        }),
      );
    }
    return { enrolments, messageIds };
  }
}

/** The one attendance rule of `@beacon/domain` (excused sessions count on neither side), as the API shows it. */
export function attendanceRate(held: number, attended: number, excused: number): AttendanceRateModel {
  const s = summariseAttendance({ held, attended, excused });
  return { ...s, summary: describeAttendance(s) };
}
