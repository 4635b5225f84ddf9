import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedQuery } from '../common/prepared-query.js';
import { EnrolmentStatus, GradebookState, rubricMaxPoints, type ProgrammeDefinition, type Verdict } from '@beacon/domain';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { learnerNameSql, learnerOrderMatchesSql } from '../cohort/cohort.queries.js';
import type { CohortEntity } from '../cohort/entities/cohort.entity.js';
import { GRADEBOOK_LOCK_SQL } from '../database/migrations/1796220000000-gradebook-rollup.js';
import { GradingAccessService } from './grading-access.service.js';
import { CohortDues, DueDateService } from './due-date.service.js';
import type { GradebookCellModel, GradebookModel, GradebookRowModel, GradebookSummaryModel } from './dto/gradebook.model.js';
import { containsPattern, type PageArgs } from '../common/pagination.js';

interface GradebookLearner {
  id: string;
  status: EnrolmentStatus;
  user_id: string;
  name: string;
  email: string;
}

const LEARNER_NAME = learnerNameSql('e', 'u');

/** $1 a cohort: its learners, by name then email (enrolment.learner_order, see LearnerOrder1796240000000), then enrolment. */
const GRADEBOOK_LEARNERS = new PreparedQuery<GradebookLearner>(
  'gradebook_learners',
  // a learner who has not accepted yet is shown under the name the partner gave (issue 11, item 9)
  `SELECT e.id, e.status, u.id AS user_id, ${LEARNER_NAME} AS name, u.email FROM enrolment e JOIN "user" u ON u.id = e.user_id
    WHERE e.cohort_id = $1 ORDER BY e.learner_order, e.id`,
);

const MATCHES_SQL = learnerOrderMatchesSql('e', '$2');

interface LatestRow {
  id: string;
  enrolment_id: string;
  week: number;
  version: number;
  late: boolean;
  state: string | null;
  verdict: Verdict | null;
  total: number | null;
}

/** Submissions `s` with their review `r` (r.verdict, r.total by the review's key). */
const LATEST_FROM = `submission s
     -- the review looked up by its key (LIMIT 1 keeps it a lookup: as a join, the planner hashed every review there is)
     LEFT JOIN LATERAL (SELECT r.verdict, r.total FROM review r WHERE r.submission_id = s.id LIMIT 1) r ON s.review_state IS NOT NULL`;

/** The latest version of each learner's week, with its review's state, verdict and total. */
const LATEST_COLUMNS = `s.id, s.enrolment_id, s.week, s.version, s.late, s.review_state AS state, r.verdict, r.total FROM ${LATEST_FROM}`;

/** $1 a cohort: every learner's latest versions (from submission_queue_idx). */
const GRADEBOOK_LATEST_SQL = `SELECT ${LATEST_COLUMNS} WHERE s.cohort_id = $1 AND s.latest`;

const GRADEBOOK_LATEST = new PreparedQuery<LatestRow>('gradebook_latest', GRADEBOOK_LATEST_SQL);

/** A row of GRADEBOOK_LATEST as a JSON array (GRADEBOOK_PAGE), in LatestRow's order. */
const LATEST_ARRAY = `json_build_array(s.id, s.enrolment_id, s.week, s.version, s.late, s.review_state, r.verdict, r.total)`;
type LatestArray = [string, string, number, number, boolean, string | null, Verdict | null, number | null];

/**
 * One page of a cohort's gradebook in one statement: $1 a cohort, $2 a lower-case LIKE pattern
 * or null, $3 page size, $4 offset, $5 now. How many learners match; the page's learners (in the
 * order of GRADEBOOK_LEARNERS, read from enrolment_learner_order_idx), their latest versions (from submission_one_latest) and due
 * extensions, the cohort's own due points (as JSON arrays); and the cohort's stored counts if
 * computed by $5 and still true then (the next due point not passed), else null. One round trip
 * instead of four: at 20 connections, each statement's write and wake-up cost more than its rows.
 */
const GRADEBOOK_PAGE = new PreparedQuery<{
  total: number;
  learners: [string, EnrolmentStatus, string, string, string][];
  latest: LatestArray[];
  dues: [string | null, number, string][];
  counts: GradebookSummaryModel | null;
}>(
  'gradebook_page',
  `WITH p AS MATERIALIZED (SELECT e.id, e.status, e.user_id, e.invited_name, e.learner_order FROM enrolment e
                          WHERE e.cohort_id = $1 AND ${MATCHES_SQL} ORDER BY e.learner_order, e.id LIMIT $3 OFFSET $4)
   SELECT (SELECT count(*)::int FROM enrolment e WHERE e.cohort_id = $1 AND ${MATCHES_SQL}) AS total,
          (SELECT coalesce(json_agg(json_build_array(e.id, e.status, u.id, ${LEARNER_NAME}, u.email) ORDER BY e.learner_order, e.id), '[]')
             FROM p e JOIN "user" u ON u.id = e.user_id) AS learners,
          (SELECT coalesce(json_agg(${LATEST_ARRAY}), '[]') FROM ${LATEST_FROM}
            WHERE s.enrolment_id IN (SELECT p.id FROM p) AND s.latest) AS latest,
          (SELECT coalesce(json_agg(json_build_array(d.enrolment_id, d.week, d.due_at)), '[]')
             FROM (SELECT NULL::uuid AS enrolment_id, week, due_at FROM cohort_due_date WHERE cohort_id = $1
                   UNION ALL SELECT enrolment_id, week, due_at FROM due_extension WHERE enrolment_id IN (SELECT p.id FROM p)) d) AS dues,
          (SELECT json_build_object('learners', learners, 'awaiting', awaiting, 'drafts', drafts, 'missing', missing, 'late', late,
                                    'passed', passed, 'possible', possible)
             FROM cohort_gradebook WHERE cohort_id = $1 AND computed_at <= $5 AND (expires_at IS NULL OR $5 <= expires_at)) AS counts`,
);

export const gradebookCsvPath = (cohortId: string): string => `/cohorts/${cohortId}/gradebook.csv`;

/** A cohort's learners × weeks, for its coaches and partner admins; also as CSV. */
@Injectable()
export class GradebookService {
  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortAccessService,
    private readonly grading: GradingAccessService,
    private readonly dues: DueDateService,
  ) {}

  /**
   * One page of the gradebook: the learners matching the search, by name, with the whole
   * cohort's counts. Only the page's learners' work is read; the counts come from the
   * cohort_gradebook roll-up, worked out from the whole cohort when it holds none (see
   * GradebookRollup1796220000000). The same queries whatever the page and cohort size.
   */
  async gradebook(viewer: Viewer, cohortId: string, page: PageArgs, now = new Date()): Promise<GradebookModel> {
    const { cohort, definition } = await this.cohortOf(viewer, cohortId);
    const pattern = page.search ? containsPattern(page.search) : null;
    const [found] = await GRADEBOOK_PAGE.run(this.db, [cohort.id, pattern, page.first, page.offset, now]);
    const learners: GradebookLearner[] = found.learners.map(([id, status, user_id, name, email]) => ({ id, status, user_id, name, email }));
    const latest: LatestRow[] = found.latest.map(([id, enrolment_id, week, version, late, state, verdict, total]) => ({
      id,
      enrolment_id,
      week,
      version,
      late,
      state,
      verdict,
      total,
    }));
    const dues = CohortDues.of(
      cohort,
      definition,
      found.dues.map(([enrolment_id, week, due_at]) => ({ enrolment_id, week, due_at })),
    );
    const book = this.book(cohort, definition, latest, dues);
    return {
      ...book.head,
      rows: learners.map((e) => book.row(e, now)),
      total: found.total,
      hasMore: page.offset + learners.length < found.total,
      summary: found.counts ?? (await this.counts(cohort, definition, now)),
    };
  }

  /** The cohort's counts when none are stored: worked out from every learner (and stored when no writer of the cohort is in flight). */
  private async counts(cohort: CohortEntity, definition: ProgrammeDefinition, now: Date): Promise<GradebookSummaryModel> {
    return this.db.transaction(async (tx) => {
      const [{ locked }]: { locked: boolean }[] = await tx.query(
        `SELECT pg_try_advisory_xact_lock(${GRADEBOOK_LOCK_SQL('$1::uuid')}) AS locked`,
        [cohort.id],
      );
      const [learners, latest, dues]: [{ id: string; status: EnrolmentStatus }[], LatestRow[], CohortDues] = await Promise.all([
        tx.query(`SELECT id, status FROM enrolment WHERE cohort_id = $1`, [cohort.id]),
        tx.query(GRADEBOOK_LATEST_SQL, [cohort.id]),
        this.dues.load(cohort, definition, tx),
      ]);
      const { summary, nextDue } = this.book(cohort, definition, latest, dues).summary(learners, now);
      if (locked) {
        await tx.query(
          `INSERT INTO cohort_gradebook (cohort_id, learners, awaiting, drafts, missing, late, passed, possible, computed_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (cohort_id) DO UPDATE SET learners = EXCLUDED.learners, awaiting = EXCLUDED.awaiting, drafts = EXCLUDED.drafts,
             missing = EXCLUDED.missing, late = EXCLUDED.late, passed = EXCLUDED.passed, possible = EXCLUDED.possible,
             computed_at = EXCLUDED.computed_at, expires_at = EXCLUDED.expires_at`,
          [
            cohort.id,
            summary.learners,
            summary.awaiting,
            summary.drafts,
            summary.missing,
            summary.late,
            summary.passed,
            summary.possible,
            now,
            nextDue,
          ],
        );
      }
      return summary;
    });
  }

  /**
   * The gradebook as CSV: a header, then one line per learner (all of them, not a page). The
   * rows are read (and access checked) before the first line; the lines are then made one at a
   * time as the response is written, so a 5,000-learner export is never one string in memory.
   */
  async csv(viewer: Viewer, cohortId: string, now = new Date()): Promise<{ filename: string; lines: Iterable<string> }> {
    const { cohort, definition } = await this.cohortOf(viewer, cohortId);
    const [learners, latest, dues] = await Promise.all([
      GRADEBOOK_LEARNERS.run(this.db, [cohort.id]),
      GRADEBOOK_LATEST.run(this.db, [cohort.id]),
      this.dues.load(cohort, definition),
    ]);
    const book = this.book(cohort, definition, latest, dues);
    const weeks = book.head.weeks;
    const header = [
      'name',
      'email',
      'enrolment_status',
      ...weeks.flatMap((w) => [`week_${w.week}_status`, `week_${w.week}_score`]),
      'weeks_passed',
      'late_submissions',
    ];
    const line = (cols: string[]) => cols.map(csvField).join(',') + '\r\n';
    function* lines(): Generator<string> {
      yield line(header);
      for (const e of learners) {
        const r = book.row(e, now);
        yield line([
          r.learner.name,
          r.learner.email,
          r.enrolmentStatus,
          ...r.cells.flatMap((c) => [cellStatus(c), c.total === null ? '' : String(c.total)]),
          String(r.passedWeeks),
          String(r.cells.filter((c) => c.late).length),
        ]);
      }
    }
    const date = now.toISOString().slice(0, 10);
    return { filename: `gradebook-${slug(cohort.name)}-${date}.csv`, lines: lines() };
  }

  /** The cohort (checked: its coaches and partner admins) and its programme version's definition. */
  private async cohortOf(viewer: Viewer, cohortId: string): Promise<{ cohort: CohortEntity; definition: ProgrammeDefinition }> {
    const cohort = await this.cohorts.requireStaff(viewer, cohortId);
    const definition = (await this.grading.definitions([cohort])).get(cohort.programmeVersionId)!;
    return { cohort, definition };
  }

  /** What pages, the export and the counts are made of, from learners' latest versions and due points (of those learners at least). */
  private book(cohort: CohortEntity, definition: ProgrammeDefinition, latest: LatestRow[], dues: CohortDues) {
    const modules = definition.modules.filter((m) => m.assignment).sort((a, b) => a.week - b.week);
    const byCell = new Map(latest.map((l) => [`${l.enrolment_id}/${l.week}`, l]));
    const cellsOf = (enrolmentId: string, now: Date): GradebookCellModel[] =>
      modules.map((m) => {
        const s = byCell.get(`${enrolmentId}/${m.week}`);
        const dueAt = dues.forLearner(enrolmentId, m.week).dueAt;
        return {
          week: m.week,
          state: !s
            ? GradebookState.NOT_SUBMITTED
            : !s.state
              ? GradebookState.SUBMITTED
              : s.state === 'RELEASED'
                ? GradebookState.RELEASED
                : GradebookState.DRAFT,
          submissionId: s?.id ?? null,
          version: s?.version ?? null,
          late: s?.late ?? false,
          overdue: !s && now.getTime() > dueAt.getTime(),
          verdict: s?.verdict ?? null,
          total: s?.total ?? null,
          dueAt,
        };
      });
    const passed = (cells: GradebookCellModel[]) => cells.filter((c) => c.state === GradebookState.RELEASED && c.verdict === 'PASS').length;
    return {
      head: {
        cohortId: cohort.id,
        cohortName: cohort.name,
        csvUrl: gradebookCsvPath(cohort.id),
        weeks: modules.map((m) => ({
          week: m.week,
          assignmentTitle: m.assignment!.title,
          dueAt: dues.forCohort(m.week).dueAt,
          maxPoints: rubricMaxPoints(m.assignment!.rubric),
          passMark: m.assignment!.passMark,
        })),
      },
      row: (e: GradebookLearner, now: Date): GradebookRowModel => {
        const cells = cellsOf(e.id, now);
        return {
          enrolmentId: e.id,
          learner: { id: e.user_id, name: e.name, email: e.email },
          enrolmentStatus: e.status,
          cells,
          passedWeeks: passed(cells),
          extendedWeeks: modules.filter((m) => dues.extended(e.id, m.week)).map((m) => m.week),
        };
      },
      /**
       * The counts the gradebook's header and the cohort page show, over every learner not
       * withdrawn (all of the cohort's learners given), and the first due point not passed at
       * `now` (after it, "missing" may change with the clock alone), or null.
       */
      summary: (
        learners: { id: string; status: EnrolmentStatus }[],
        now: Date,
      ): { summary: GradebookSummaryModel; nextDue: Date | null } => {
        const current = learners.filter((e) => e.status !== EnrolmentStatus.WITHDRAWN);
        const sum: GradebookSummaryModel = {
          learners: current.length,
          awaiting: 0,
          drafts: 0,
          missing: 0,
          late: 0,
          passed: 0,
          possible: current.length * modules.length,
        };
        let nextDue: Date | null = null;
        for (const e of current) {
          for (const c of cellsOf(e.id, now)) {
            if (c.state === GradebookState.SUBMITTED) sum.awaiting++;
            else if (c.state === GradebookState.DRAFT) sum.drafts++;
            else if (c.state === GradebookState.RELEASED && c.verdict === 'PASS') sum.passed++;
            if (c.overdue) sum.missing++;
            if (c.late) sum.late++;
            if (c.dueAt.getTime() >= now.getTime() && (!nextDue || c.dueAt < nextDue)) nextDue = c.dueAt;
          }
        }
        return { summary: sum, nextDue };
      },
    };
  }
}

/** What a person reads in a spreadsheet cell: a released verdict, or where the work stands. */
function cellStatus(c: GradebookCellModel): string {
  const late = c.late ? ' (late)' : '';
  switch (c.state) {
    case GradebookState.NOT_SUBMITTED:
      return c.overdue ? 'missing' : 'not submitted';
    case GradebookState.SUBMITTED:
      return `submitted v${c.version}${late}`;
    case GradebookState.DRAFT:
      return `in review v${c.version}${late}`;
    case GradebookState.RELEASED:
      return `${c.verdict} v${c.version}${late}`;
  }
}

/**
 * RFC 4180 quoting; a leading = + - @ (or tab, CR, LF) is defused with a `'` so spreadsheets do
 * not run it as a formula. A spreadsheet in a locale whose list separator is `;` splits every
 * line at `;` and knows nothing of our quotes in mid-line, so `Bob;=HYPERLINK(…)` would start a
 * cell with a formula there: the same `'` goes after every `;` or tab that a formula character
 * follows, and such fields are quoted too. NUL characters are dropped.
 */
export function csvField(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/\u0000/g, '');
  const safe = (/^[=+\-@\t\r\n]/.test(clean) ? `'${clean}` : clean).replace(/([;\t]\s*)(?=[=+\-@])/g, "$1'");
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'cohort';
