import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AttendanceSheetQuery, AttendanceStatus } from '../../../gql/graphql';
import { ErrorNotice, EmptyState, Loading, SuccessNotice } from '../../../ui/Feedback';
import { DataTable } from '../../../ui/DataTable';
import { ListSearch } from '../../../ui/ListSearch';
import { offsetPager } from '../../../ui/offsetPager';
import { common } from '../../../i18n/common';
import { AttendanceCell } from '../../cohort/components/RosterCard';
import { ATTENDANCE_LABEL, ATTENDANCE_ORDER, ATTENDANCE_PAGE, useAttendanceSheet, useRecordAttendance } from '../hooks/useAttendance';
import { useUnsavedChanges } from '../hooks/useUnsavedChanges';
import { Dialog } from '../../grading/components/Dialog';
import '../../../styles/grading.css';

type Row = AttendanceSheetQuery['attendanceSheet']['items'][number];
/** A mark made on this screen and not saved yet: what the learner had (`from`) and what they get. */
type Edit = { from: AttendanceStatus | null; to: AttendanceStatus };

/** Pure punctuation: between facts on one line. */
const SEPARATOR = ' · ';

/**
 * Present / absent / excused for each learner of a session, a page at a time, searchable by
 * name or email. Each learner's choice is a radio group (arrow keys move within it, Tab to the
 * next learner). Marks are kept while the coach moves between pages or searches; Save sends
 * all of them at once, and leaving with marks not saved asks first.
 */
export function AttendanceSheet({ sessionId, minAttendance }: { sessionId: string; minAttendance: number }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const { sheet, loading: reading, error: readError, refetch } = useAttendanceSheet(sessionId, search, page);
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [record, { loading }] = useRecordAttendance();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const rows = sheet?.items ?? [];
  const touched = Object.entries(edits);
  const changed = touched.filter(([, e]) => e.to !== e.from).length;
  // marks made here for learners who had none yet
  const marked = (sheet?.marked ?? 0) + touched.filter(([, e]) => e.from === null).length;
  const learners = sheet?.learners ?? 0;
  const blocker = useUnsavedChanges(changed > 0 && !loading);
  // a shorter list can leave the page past the end: back to the first
  useEffect(() => {
    if (sheet && rows.length === 0 && page > 0) setPage(0);
  }, [sheet, rows.length, page]);

  if (!sheet) {
    return readError ? (
      <ErrorNotice
        error={readError}
        title={intl.formatMessage({ id: 'attendance.sheet.loadFailed', defaultMessage: 'The learners could not be loaded' })}
        onRetry={() => void refetch()}
      />
    ) : (
      <Loading label={intl.formatMessage({ id: 'attendance.sheet.loading', defaultMessage: 'Loading learners…' })} />
    );
  }
  if (learners === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: 'attendance.sheet.emptyTitle', defaultMessage: 'No learners to mark' })}>
        <FormattedMessage id="attendance.sheet.emptyText" defaultMessage="Only active learners of the cohort are listed here." />
      </EmptyState>
    );
  }

  const statusOf = (r: Row) => edits[r.enrolmentId]?.to ?? r.status ?? null;
  const mark = (shown: Row[], status: AttendanceStatus) =>
    setEdits((m) => {
      const next = { ...m };
      for (const r of shown) next[r.enrolmentId] = { from: m[r.enrolmentId]?.from ?? r.status ?? null, to: status };
      return next;
    });
  const wholeSheetShown = rows.length === learners;

  const save = async () => {
    setError(null);
    setSaved(null);
    const entries = touched.map(([enrolmentId, e]) => ({ enrolmentId, status: e.to }));
    try {
      await record({ variables: { sessionId, entries } });
      setEdits({});
      setSaved(
        intl.formatMessage(
          { id: 'attendance.sheet.saved', defaultMessage: 'Attendance saved for {count, plural, one {# learner} other {# learners}}.' },
          { count: entries.length },
        ),
      );
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stack">
      <div className="list-toolbar">
        <p className="muted">
          <FormattedMessage
            id="attendance.sheet.marked"
            defaultMessage="{marked, number} of {total, number} marked"
            values={{ marked, total: learners }}
          />
          {changed > 0 && (
            <>
              {SEPARATOR}
              <FormattedMessage id="attendance.sheet.unsaved" defaultMessage="{changed, number} not saved yet" values={{ changed }} />
            </>
          )}
        </p>
        {rows.length > 0 && (
          <button type="button" className="button button-secondary button-small" onClick={() => mark(rows, 'PRESENT')}>
            {wholeSheetShown ? (
              <FormattedMessage id="attendance.sheet.markAllPresent" defaultMessage="Mark all present" />
            ) : (
              <FormattedMessage
                id="attendance.sheet.markShownPresent"
                defaultMessage="Mark the {count, plural, one {# learner} other {# learners}} shown present"
                values={{ count: rows.length }}
              />
            )}
          </button>
        )}
      </div>
      {learners > ATTENDANCE_PAGE && (
        <>
          <p className="muted">
            <FormattedMessage
              id="attendance.sheet.acrossPages"
              defaultMessage="Your marks are kept while you move between pages or search; “Save attendance” saves all of them at once."
            />
          </p>
          <ListSearch
            id={`attendance-search-${sessionId}`}
            label={intl.formatMessage({ id: 'attendance.sheet.searchLabel', defaultMessage: 'Search learners by name or email' })}
            region={intl.formatMessage({ id: 'attendance.sheet.searchRegion', defaultMessage: 'Search the session’s learners' })}
            value={search}
            onChange={(value) => {
              setSearch(value);
              setPage(0);
            }}
          />
        </>
      )}
      {readError && (
        <ErrorNotice
          error={readError}
          title={intl.formatMessage({ id: 'attendance.sheet.loadFailed', defaultMessage: 'The learners could not be loaded' })}
          onRetry={() => void refetch()}
        />
      )}
      <div aria-busy={reading}>
        <DataTable
          name={{ caption: intl.formatMessage({ id: 'attendance.sheet.caption', defaultMessage: 'Attendance of each learner' }) }}
          columns={[
            intl.formatMessage({ id: 'attendance.sheet.learnerColumn', defaultMessage: 'Learner' }),
            intl.formatMessage({ id: 'attendance.sheet.sessionColumn', defaultMessage: 'This session' }),
            intl.formatMessage({ id: 'attendance.sheet.soFarColumn', defaultMessage: 'Attendance so far' }),
            intl.formatMessage({ id: 'attendance.sheet.progressColumn', defaultMessage: 'Progress' }),
          ]}
          rows={rows}
          rowKey={(r) => r.enrolmentId}
          empty={
            <EmptyState
              title={intl.formatMessage(
                { id: 'attendance.sheet.noMatch', defaultMessage: 'No learners match “{search}”' },
                { search: search.trim() },
              )}
            />
          }
          renderRow={(r) => {
            const pct = r.attendance.percent;
            const atRisk = pct != null && pct < minAttendance;
            return (
              <tr className={atRisk ? 'row-risk' : undefined}>
                <th scope="row">
                  <span className="cell-strong">{r.learner.name}</span>
                  <span className="cell-sub">{r.learner.email}</span>
                </th>
                <td>
                  <div
                    className="segmented"
                    role="radiogroup"
                    aria-label={intl.formatMessage(
                      { id: 'attendance.sheet.groupLabel', defaultMessage: 'Attendance of {name}' },
                      { name: r.learner.name },
                    )}
                  >
                    {ATTENDANCE_ORDER.map((status) => (
                      <label key={status} className={`segment segment-${status.toLowerCase()}`}>
                        <input
                          type="radio"
                          name={`attendance-${r.enrolmentId}`}
                          value={status}
                          checked={statusOf(r) === status}
                          onChange={() => mark([r], status)}
                        />
                        <span>{intl.formatMessage(ATTENDANCE_LABEL[status])}</span>
                      </label>
                    ))}
                  </div>
                </td>
                <td>
                  <AttendanceCell percent={pct} atRisk={atRisk} attended={r.attendance.attended} held={r.attendance.counted} />
                </td>
                <td>
                  {intl.formatMessage(
                    { id: 'attendance.sheet.progress', defaultMessage: '{percent, number} %' },
                    { percent: r.progressPercent },
                  )}
                </td>
              </tr>
            );
          }}
          pager={offsetPager(intl, {
            label: intl.formatMessage({ id: 'attendance.sheet.pagerLabel', defaultMessage: 'Pages of the session’s learners' }),
            page,
            size: ATTENDANCE_PAGE,
            total: sheet.total,
            shown: rows.length,
            setPage,
          })}
        />
      </div>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'attendance.sheet.saveFailed', defaultMessage: 'Attendance was not saved' })}
        />
      )}
      {saved && <SuccessNotice>{saved}</SuccessNotice>}
      {blocker.state === 'blocked' && (
        <Dialog
          title={intl.formatMessage({ id: 'attendance.sheet.leaveTitle', defaultMessage: 'Leave without saving?' })}
          description={intl.formatMessage(
            {
              id: 'attendance.sheet.leaveDescription',
              defaultMessage:
                '{changed, plural, one {# change to this session’s attendance is not saved yet.} other {# changes to this session’s attendance are not saved yet.}}',
            },
            { changed },
          )}
          onClose={() => blocker.reset()}
        >
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => blocker.reset()}>
              <FormattedMessage id="attendance.sheet.stay" defaultMessage="Stay and save" />
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => blocker.proceed()}>
              <FormattedMessage id="attendance.sheet.leave" defaultMessage="Leave without saving" />
            </button>
          </div>
        </Dialog>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={loading || touched.length === 0} onClick={() => void save()}>
          {loading
            ? intl.formatMessage(common.saving)
            : intl.formatMessage({ id: 'attendance.sheet.save', defaultMessage: 'Save attendance' })}
        </button>
      </div>
    </div>
  );
}
