import { FormattedMessage, defineMessages, useIntl, type IntlShape, type NoMessageValues } from 'react-intl';
import { Link } from '../../../lib/router';
import { dateTimeFormat } from '../../../lib/time';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { VERDICT_OUTCOME } from '../hooks/labels';
import { gradingMessages, weekMessage } from '../hooks/messages';
import type { GradebookCell, GradebookRow, GradebookView } from '../hooks/useGradebook';
import { SPACE } from '../../../lib/jsx';

/** "14 Nov": a column heading's day in the viewer's zone and language; the year and time are in the due dates below. */
function dayMonth(iso: string, timeZone: string): string {
  return dateTimeFormat(timeZone, { day: 'numeric', month: 'short' }).format(new Date(iso));
}

const cellMessages = defineMessages<{
  missing: NoMessageValues;
  notSubmitted: NoMessageValues;
  notOpen: NoMessageValues;
  draft: { verdict: string };
  reviewed: NoMessageValues;
}>({
  missing: { id: 'grading.gradebookGrid.missing', defaultMessage: 'Missing' },
  notSubmitted: { id: 'grading.gradebookGrid.notSubmitted', defaultMessage: 'Not submitted' },
  notOpen: { id: 'grading.gradebookGrid.notOpen', defaultMessage: 'Not open' },
  draft: {
    id: 'grading.gradebookGrid.draft',
    defaultMessage: '{verdict, select, PASS {Draft: passed} REVISE {Draft: needs revision} FAIL {Draft: not passed} other {Draft: review}}',
  },
  reviewed: { id: 'grading.gradebookGrid.reviewed', defaultMessage: 'Reviewed' },
});

/** A cell in words and a tone: the words carry the meaning, the colour only repeats it. */
function describe(intl: IntlShape, cell: GradebookCell, open: boolean): { label: string; tone: string } {
  switch (cell.state) {
    case 'NOT_SUBMITTED':
      return cell.overdue
        ? { label: intl.formatMessage(cellMessages.missing), tone: 'missing' }
        : { label: intl.formatMessage(open ? cellMessages.notSubmitted : cellMessages.notOpen), tone: 'quiet' };
    case 'SUBMITTED':
      return { label: intl.formatMessage(gradingMessages.awaitingReview), tone: 'waiting' };
    case 'DRAFT':
      return { label: intl.formatMessage(cellMessages.draft, { verdict: cell.verdict ?? 'none' }), tone: 'draft' };
    case 'RELEASED':
      return {
        label: cell.verdict ? intl.formatMessage(VERDICT_OUTCOME[cell.verdict]) : intl.formatMessage(cellMessages.reviewed),
        tone: cell.verdict === 'PASS' ? 'pass' : cell.verdict === 'REVISE' ? 'revise' : 'fail',
      };
  }
}

/**
 * Learners × weeks: each cell the latest version's state and score, with late, overdue and
 * extended marked in words. For coaches a cell with a submission opens it for grading.
 */
export function GradebookGrid({
  gradebook: g,
  openWeeks,
  linkSubmissions,
}: {
  gradebook: GradebookView;
  openWeeks: Set<number> | null;
  linkSubmissions: boolean;
}) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  return (
    // focusable, so keyboard users can scroll the weeks sideways even where the cells hold no links
    <div
      className="table-wrap gradebook-wrap"
      tabIndex={0}
      role="region"
      aria-label={intl.formatMessage(
        { id: 'grading.gradebookGrid.region', defaultMessage: 'Gradebook of {cohort}, scrolls sideways' },
        { cohort: g.cohortName },
      )}
    >
      <table className="table gradebook">
        <caption className="visually-hidden">
          <FormattedMessage
            id="grading.gradebookGrid.caption"
            defaultMessage="Gradebook of {cohort}: learners by week, with state and score"
            values={{ cohort: g.cohortName }}
          />
        </caption>
        <thead>
          <tr>
            <th scope="col" className="gradebook-learner">
              <FormattedMessage {...gradingMessages.learner} />
            </th>
            {g.weeks.map((w) => (
              <th key={w.week} scope="col" className="gradebook-week" title={w.assignmentTitle}>
                <span className="gradebook-week-name">{intl.formatMessage(weekMessage, { week: w.week })}</span>
                <span className="gradebook-week-due">
                  <FormattedMessage
                    id="grading.gradebookGrid.due"
                    defaultMessage="due <time>{day}</time>"
                    values={{ day: dayMonth(w.dueAt, timeZone), time: (chunks) => <time dateTime={w.dueAt}>{chunks}</time> }}
                  />
                </span>
              </th>
            ))}
            <th scope="col" className="gradebook-passed">
              <FormattedMessage id="grading.gradebookGrid.passed" defaultMessage="Passed" />
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

function Row({
  row: r,
  gradebook: g,
  openWeeks,
  linkSubmissions,
}: {
  row: GradebookRow;
  gradebook: GradebookView;
  openWeeks: Set<number> | null;
  linkSubmissions: boolean;
}) {
  const intl = useIntl();
  const withdrawn = r.enrolmentStatus === 'WITHDRAWN';
  return (
    <tr className={withdrawn ? 'row-muted' : undefined}>
      <th scope="row" className="gradebook-learner">
        <span className="cell-strong">{r.learner.name}</span>
        <span className="cell-sub">
          {withdrawn ? intl.formatMessage({ id: 'grading.gradebookGrid.withdrawn', defaultMessage: 'Withdrawn' }) : r.learner.email}
        </span>
      </th>
      {r.cells.map((c) => {
        const week = g.weeks.find((w) => w.week === c.week);
        const { label, tone } = describe(intl, c, openWeeks ? openWeeks.has(c.week) : true);
        const extended = r.extendedWeeks.includes(c.week);
        const body = (
          <>
            <span className="gb-state">{label}</span>
            {c.total != null && (
              <span className="gb-score">
                {week
                  ? intl.formatMessage(
                      { id: 'grading.gradebookGrid.score', defaultMessage: '{total, number}/{max, number}' },
                      { total: c.total, max: week.maxPoints },
                    )
                  : intl.formatMessage({ id: 'grading.gradebookGrid.scoreNoMax', defaultMessage: '{total, number}/?' }, { total: c.total })}
              </span>
            )}
            <span className="gb-marks">
              {c.version != null && c.version > 1 && (
                <span className="gb-mark">
                  <FormattedMessage
                    id="grading.gradebookGrid.versionMark"
                    defaultMessage="v{version, number}"
                    values={{ version: c.version }}
                  />
                </span>
              )}
              {c.late && <span className="gb-mark gb-mark-late">{intl.formatMessage(gradingMessages.late)}</span>}
              {c.overdue && (
                <span className="gb-mark gb-mark-overdue">
                  <FormattedMessage id="grading.gradebookGrid.overdue" defaultMessage="Overdue" />
                </span>
              )}
              {extended && (
                <span className="gb-mark gb-mark-extended">
                  <FormattedMessage id="grading.gradebookGrid.extended" defaultMessage="Extended" />
                </span>
              )}
            </span>
          </>
        );
        return (
          <td key={c.week} className={`gb-cell gb-${tone}`}>
            {linkSubmissions && c.submissionId ? (
              <Link className="gb-link" to={`/coach/submissions/${c.submissionId}`}>
                <span className="visually-hidden">
                  <FormattedMessage
                    id="grading.gradebookGrid.cellLabel"
                    defaultMessage="{name}, week {week, number}:"
                    values={{ name: r.learner.name, week: c.week }}
                  />
                  {SPACE}
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
          <FormattedMessage
            id="grading.gradebookGrid.passedOf"
            defaultMessage="{passed, number} of {weeks, number}"
            values={{ passed: r.passedWeeks, weeks: g.weeks.length }}
          />
        </span>
      </td>
    </tr>
  );
}
