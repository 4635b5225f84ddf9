import { Link } from 'react-router';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { VERDICT_OUTCOME } from '../hooks/labels';
import type { GradebookCell, GradebookRow, GradebookView } from '../hooks/useGradebook';

/** "14 Nov": a column heading's day in the viewer's zone; the year and time are in the due dates below. */
function dayMonth(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
}

/** A cell in words and a tone: the words carry the meaning, the colour only repeats it. */
function describe(cell: GradebookCell, open: boolean): { label: string; tone: string } {
  switch (cell.state) {
    case 'NOT_SUBMITTED':
      return cell.overdue ? { label: 'Missing', tone: 'missing' } : { label: open ? 'Not submitted' : 'Not open', tone: 'quiet' };
    case 'SUBMITTED':
      return { label: 'Awaiting review', tone: 'waiting' };
    case 'DRAFT':
      return { label: `Draft: ${cell.verdict ? VERDICT_OUTCOME[cell.verdict].toLowerCase() : 'review'}`, tone: 'draft' };
    case 'RELEASED':
      return { label: cell.verdict ? VERDICT_OUTCOME[cell.verdict] : 'Reviewed', tone: cell.verdict === 'PASS' ? 'pass' : cell.verdict === 'REVISE' ? 'revise' : 'fail' };
  }
}

/**
 * Learners × weeks: each cell the latest version's state and score, with late, overdue and
 * extended marked in words. For coaches a cell with a submission opens it for grading.
 */
export function GradebookGrid({ gradebook: g, openWeeks, linkSubmissions }: { gradebook: GradebookView; openWeeks: Set<number> | null; linkSubmissions: boolean }) {
  const timeZone = useTimeZone();
  return (
    // focusable, so keyboard users can scroll the weeks sideways even where the cells hold no links
    <div className="table-wrap gradebook-wrap" tabIndex={0} role="region" aria-label={`Gradebook of ${g.cohortName}, scrolls sideways`}>
      <table className="table gradebook">
        <caption className="visually-hidden">Gradebook of {g.cohortName}: learners by week, with state and score</caption>
        <thead>
          <tr>
            <th scope="col" className="gradebook-learner">
              Learner
            </th>
            {g.weeks.map((w) => (
              <th key={w.week} scope="col" className="gradebook-week" title={w.assignmentTitle}>
                <span className="gradebook-week-name">Week {w.week}</span>
                <span className="gradebook-week-due">
                  due <time dateTime={w.dueAt}>{dayMonth(w.dueAt, timeZone)}</time>
                </span>
              </th>
            ))}
            <th scope="col" className="gradebook-passed">
              Passed
            </th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r) => (
            <Row key={r.enrolmentId} row={r} gradebook={g} openWeeks={openWeeks} linkSubmissions={linkSubmissions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ row: r, gradebook: g, openWeeks, linkSubmissions }: { row: GradebookRow; gradebook: GradebookView; openWeeks: Set<number> | null; linkSubmissions: boolean }) {
  const withdrawn = r.enrolmentStatus === 'WITHDRAWN';
  return (
    <tr className={withdrawn ? 'row-muted' : undefined}>
      <th scope="row" className="gradebook-learner">
        <span className="cell-strong">{r.learner.name}</span>
        <span className="cell-sub">{withdrawn ? 'Withdrawn' : r.learner.email}</span>
      </th>
      {r.cells.map((c) => {
        const week = g.weeks.find((w) => w.week === c.week);
        const { label, tone } = describe(c, openWeeks ? openWeeks.has(c.week) : true);
        const extended = week ? c.dueAt !== week.dueAt : false;
        const body = (
          <>
            <span className="gb-state">{label}</span>
            {c.total != null && (
              <span className="gb-score">
                {c.total}/{week?.maxPoints ?? '?'}
              </span>
            )}
            <span className="gb-marks">
              {c.version != null && c.version > 1 && <span className="gb-mark">v{c.version}</span>}
              {c.late && <span className="gb-mark gb-mark-late">Late</span>}
              {c.overdue && <span className="gb-mark gb-mark-overdue">Overdue</span>}
              {extended && <span className="gb-mark gb-mark-extended">Extended</span>}
            </span>
          </>
        );
        return (
          <td key={c.week} className={`gb-cell gb-${tone}`}>
            {linkSubmissions && c.submissionId ? (
              <Link className="gb-link" to={`/coach/submissions/${c.submissionId}`}>
                <span className="visually-hidden">
                  {r.learner.name}, week {c.week}:{' '}
                </span>
                {body}
              </Link>
            ) : (
              body
            )}
          </td>
        );
      })}
      <td className="gradebook-passed">
        <span className="cell-strong">
          {r.passedWeeks} of {g.weeks.length}
        </span>
      </td>
    </tr>
  );
}

/** Counts for a one-line summary: awaiting review, missing, late and weeks passed. */
export function gradebookCounts(g: GradebookView) {
  const rows = g.rows.filter((r) => r.enrolmentStatus !== 'WITHDRAWN');
  const cells = rows.flatMap((r) => r.cells);
  return {
    learners: rows.length,
    awaiting: cells.filter((c) => c.state === 'SUBMITTED').length,
    drafts: cells.filter((c) => c.state === 'DRAFT').length,
    missing: cells.filter((c) => c.overdue).length,
    late: cells.filter((c) => c.late).length,
    passed: rows.reduce((n, r) => n + r.passedWeeks, 0),
    possible: rows.length * g.weeks.length,
  };
}
