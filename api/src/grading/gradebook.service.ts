import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedQuery } from '../common/prepared-query.js';
import { GradebookState, rubricMaxPoints, type Verdict } from '@beacon/domain';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import type { EnrolmentStatus } from '../cohort/entities/enrolment.entity.js';
import { GradingAccessService } from './grading-access.service.js';
import { DueDateService } from './due-date.service.js';
import type { GradebookCellModel, GradebookModel, GradebookRowModel, GradebookSummaryModel } from './dto/gradebook.model.js';
import type { PageArgs } from '../common/pagination.js';

interface GradebookLearner {
  id: string;
  status: EnrolmentStatus;
  user_id: string;
  name: string;
  email: string;
}

/** $1 a cohort: its learners, by name (then email and enrolment, so that pages are stable). */
const GRADEBOOK_LEARNERS = new PreparedQuery<GradebookLearner>(
  'gradebook_learners',
  // a learner who has not accepted yet is shown under the name the partner gave (issue 11, item 9)
  `SELECT e.id, e.status, u.id AS user_id, CASE WHEN e.status = 'INVITED' AND e.invited_name IS NOT NULL THEN e.invited_name ELSE u.name END AS name, u.email FROM enrolment e JOIN "user" u ON u.id = e.user_id
    WHERE e.cohort_id = $1 ORDER BY lower(CASE WHEN e.status = 'INVITED' AND e.invited_name IS NOT NULL THEN e.invited_name ELSE u.name END), u.email, e.id`,
);

/** $1 a cohort: the latest version of each learner's week (from submission_queue_idx), with its review's state, verdict and total. */
const GRADEBOOK_LATEST = new PreparedQuery<{
  id: string;
  enrolment_id: string;
  week: number;
  version: number;
  late: boolean;
  state: string | null;
  verdict: Verdict | null;
  total: number | null;
}>(
  'gradebook_latest',
  `SELECT s.id, s.enrolment_id, s.week, s.version, s.late, s.review_state AS state, r.verdict, r.total
     FROM submission s
     -- the review looked up by its key (LIMIT 1 keeps it a lookup: as a join, the planner hashed every review there is)
     LEFT JOIN LATERAL (SELECT r.verdict, r.total FROM review r WHERE r.submission_id = s.id LIMIT 1) r ON s.review_state IS NOT NULL
    WHERE s.cohort_id = $1 AND s.latest`,
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
   * cohort's counts. The same four queries whatever the page size; the page only bounds what is
   * built and sent (the cells of 500 learners cost far more to serialise than to read).
   */
  async gradebook(viewer: Viewer, cohortId: string, page: PageArgs, now = new Date()): Promise<GradebookModel> {
    const book = await this.load(viewer, cohortId);
    const q = page.search?.toLowerCase();
    const matching = q ? book.learners.filter((e) => e.name.toLowerCase().includes(q) || e.email.toLowerCase().includes(q)) : book.learners;
    const rows = matching.slice(page.offset, page.offset + page.first).map((e) => book.row(e, now));
    return {
      ...book.head,
      rows,
      total: matching.length,
      hasMore: page.offset + rows.length < matching.length,
      summary: book.summary(now),
    };
  }

  /**
   * The gradebook as CSV: a header, then one line per learner (all of them, not a page). The
   * rows are read (and access checked) before the first line; the lines are then made one at a
   * time as the response is written, so a 5,000-learner export is never one string in memory.
   */
  async csv(viewer: Viewer, cohortId: string, now = new Date()): Promise<{ filename: string; lines: Iterable<string> }> {
    const book = await this.load(viewer, cohortId);
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
      for (const e of book.learners) {
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
    return { filename: `gradebook-${slug(book.head.cohortName)}-${date}.csv`, lines: lines() };
  }

  /** Everything a page or the export is made of: the cohort's learners by name, their latest versions and due points. */
  private async load(viewer: Viewer, cohortId: string) {
    const cohort = await this.cohorts.requireStaff(viewer, cohortId);
    const definition = (await this.grading.definitions([cohort])).get(cohort.programmeVersionId)!;
    const [learners, latest, dues] = await Promise.all([
      GRADEBOOK_LEARNERS.run(this.db, [cohort.id]),
      GRADEBOOK_LATEST.run(this.db, [cohort.id]),
      this.dues.load(cohort, definition),
    ]);
    const modules = definition.modules.filter((m) => m.assignment).sort((a, b) => a.week - b.week);
    const byCell = new Map(latest.map((l) => [`${l.enrolment_id}/${l.week}`, l]));
    const cellsOf = (e: GradebookLearner, now: Date): GradebookCellModel[] =>
      modules.map((m) => {
        const s = byCell.get(`${e.id}/${m.week}`);
        const dueAt = dues.forLearner(e.id, m.week).dueAt;
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
      learners,
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
        const cells = cellsOf(e, now);
        return {
          enrolmentId: e.id,
          learner: { id: e.user_id, name: e.name, email: e.email },
          enrolmentStatus: e.status,
          cells,
          passedWeeks: passed(cells),
        };
      },
      /** the counts the gradebook's header and the cohort page show, over every learner not withdrawn */
      summary: (now: Date): GradebookSummaryModel => {
        const current = learners.filter((e) => e.status !== 'WITHDRAWN');
        const sum: GradebookSummaryModel = {
          learners: current.length,
          awaiting: 0,
          drafts: 0,
          missing: 0,
          late: 0,
          passed: 0,
          possible: current.length * modules.length,
        };
        for (const e of current) {
          for (const c of cellsOf(e, now)) {
            if (c.state === GradebookState.SUBMITTED) sum.awaiting++;
            else if (c.state === GradebookState.DRAFT) sum.drafts++;
            else if (c.state === GradebookState.RELEASED && c.verdict === 'PASS') sum.passed++;
            if (c.overdue) sum.missing++;
            if (c.late) sum.late++;
          }
        }
        return sum;
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
