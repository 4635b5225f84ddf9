import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AttendanceStatus, EnrolmentFieldsFragment, SessionAttendanceQuery } from '../../../gql/graphql';
import { ErrorNotice, EmptyState, SuccessNotice } from '../../../ui/Feedback';
import { DataTable } from '../../../ui/DataTable';
import { common } from '../../../i18n/common';
import { AttendanceCell } from '../../cohort/components/RosterCard';
import { ATTENDANCE_LABEL, ATTENDANCE_ORDER, useRecordAttendance } from '../hooks/useAttendance';
import { useUnsavedChanges } from '../hooks/useUnsavedChanges';
import { Dialog } from '../../grading/components/Dialog';
import '../../../styles/grading.css';

type Row = SessionAttendanceQuery['sessionAttendance'][number];

/** Pure punctuation: between facts on one line, and in a cell with nothing to show. */
const SEPARATOR = ' · ';
const NOTHING = '—';

/**
 * Present / absent / excused for each learner of a session. Each learner's choice is a radio
 * group (arrow keys move within it, Tab to the next learner); nothing is saved until Save.
 */
export function AttendanceSheet({ sessionId, records, enrolments, minAttendance }: { sessionId: string; records: Row[]; enrolments: EnrolmentFieldsFragment[]; minAttendance: number }) {
  const intl = useIntl();
  const initial = useMemo(() => Object.fromEntries(records.map((r) => [r.enrolmentId, r.status ?? null])) as Record<string, AttendanceStatus | null>, [records]);
  const [marks, setMarks] = useState(initial);
  const [record, { loading }] = useRecordAttendance();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const byEnrolment = new Map(enrolments.map((e) => [e.id, e]));
  const marked = records.filter((r) => marks[r.enrolmentId]);
  const changed = records.filter((r) => marks[r.enrolmentId] !== (r.status ?? null)).length;
  const blocker = useUnsavedChanges(changed > 0 && !loading);

  if (records.length === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: 'attendance.sheet.emptyTitle', defaultMessage: 'No learners to mark' })}>
        <FormattedMessage id="attendance.sheet.emptyText" defaultMessage="Only active learners of the cohort are listed here." />
      </EmptyState>
    );
  }

  const save = async () => {
    setError(null);
    setSaved(null);
    try {
      await record({ variables: { sessionId, entries: marked.map((r) => ({ enrolmentId: r.enrolmentId, status: marks[r.enrolmentId]! })) } });
      setSaved(intl.formatMessage({ id: 'attendance.sheet.saved', defaultMessage: 'Attendance saved for {count, plural, one {# learner} other {# learners}}.' }, { count: marked.length }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stack">
      <div className="list-toolbar">
        <p className="muted">
          <FormattedMessage id="attendance.sheet.marked" defaultMessage="{marked, number} of {total, number} marked" values={{ marked: marked.length, total: records.length }} />
          {changed > 0 && (
            <>
              {SEPARATOR}
              <FormattedMessage id="attendance.sheet.unsaved" defaultMessage="{changed, number} not saved yet" values={{ changed }} />
            </>
          )}
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => setMarks(Object.fromEntries(records.map((r) => [r.enrolmentId, 'PRESENT'])))}>
          <FormattedMessage id="attendance.sheet.markAllPresent" defaultMessage="Mark all present" />
        </button>
      </div>
      <DataTable
        name={{ caption: intl.formatMessage({ id: 'attendance.sheet.caption', defaultMessage: 'Attendance of each learner' }) }}
        columns={[
          intl.formatMessage({ id: 'attendance.sheet.learnerColumn', defaultMessage: 'Learner' }),
          intl.formatMessage({ id: 'attendance.sheet.sessionColumn', defaultMessage: 'This session' }),
          intl.formatMessage({ id: 'attendance.sheet.soFarColumn', defaultMessage: 'Attendance so far' }),
          intl.formatMessage({ id: 'attendance.sheet.progressColumn', defaultMessage: 'Progress' }),
        ]}
        rows={records}
        rowKey={(r) => r.enrolmentId}
        renderRow={(r) => {
          const e = byEnrolment.get(r.enrolmentId);
          const pct = e?.attendance.percent ?? null;
          const atRisk = pct != null && pct < minAttendance;
          return (
            <tr className={atRisk ? 'row-risk' : undefined}>
              <th scope="row">
                <span className="cell-strong">{r.learner.name}</span>
                <span className="cell-sub">{r.learner.email}</span>
              </th>
              <td>
                <div className="segmented" role="radiogroup" aria-label={intl.formatMessage({ id: 'attendance.sheet.groupLabel', defaultMessage: 'Attendance of {name}' }, { name: r.learner.name })}>
                  {ATTENDANCE_ORDER.map((status) => (
                    <label key={status} className={`segment segment-${status.toLowerCase()}`}>
                      <input
                        type="radio"
                        name={`attendance-${r.enrolmentId}`}
                        value={status}
                        checked={marks[r.enrolmentId] === status}
                        onChange={() => setMarks((m) => ({ ...m, [r.enrolmentId]: status }))}
                      />
                      <span>{intl.formatMessage(ATTENDANCE_LABEL[status])}</span>
                    </label>
                  ))}
                </div>
              </td>
              <td>{e ? <AttendanceCell percent={pct} atRisk={atRisk} attended={e.attendance.attended} held={e.attendance.counted} /> : <span className="muted">{NOTHING}</span>}</td>
              <td>{e ? intl.formatMessage({ id: 'attendance.sheet.progress', defaultMessage: '{percent, number} %' }, { percent: e.progressPercent }) : NOTHING}</td>
            </tr>
          );
        }}
      />
      {error != null && <ErrorNotice error={error} title={intl.formatMessage({ id: 'attendance.sheet.saveFailed', defaultMessage: 'Attendance was not saved' })} />}
      {saved && <SuccessNotice>{saved}</SuccessNotice>}
      {blocker.state === 'blocked' && (
        <Dialog
          title={intl.formatMessage({ id: 'attendance.sheet.leaveTitle', defaultMessage: 'Leave without saving?' })}
          description={intl.formatMessage(
            {
              id: 'attendance.sheet.leaveDescription',
              defaultMessage: '{changed, plural, one {# change to this session’s attendance is not saved yet.} other {# changes to this session’s attendance are not saved yet.}}',
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
        <button type="button" className="button button-primary" disabled={loading || marked.length === 0} onClick={() => void save()}>
          {loading ? intl.formatMessage(common.saving) : intl.formatMessage({ id: 'attendance.sheet.save', defaultMessage: 'Save attendance' })}
        </button>
      </div>
    </div>
  );
}
