import { useMemo, useState } from 'react';
import type { AttendanceStatus, EnrolmentFieldsFragment, SessionAttendanceQuery } from '../../../gql/graphql';
import { ErrorNotice, EmptyState, SuccessNotice } from '../../../ui/Feedback';
import { DataTable } from '../../../ui/DataTable';
import { AttendanceCell } from '../../cohort/components/RosterCard';
import { ATTENDANCE_LABEL, ATTENDANCE_ORDER, useRecordAttendance } from '../hooks/useAttendance';
import { useUnsavedChanges } from '../hooks/useUnsavedChanges';
import { Dialog } from '../../grading/components/Dialog';
import '../../../styles/grading.css';

type Row = SessionAttendanceQuery['sessionAttendance'][number];

/**
 * Present / absent / excused for each learner of a session. Each learner's choice is a radio
 * group (arrow keys move within it, Tab to the next learner); nothing is saved until Save.
 */
export function AttendanceSheet({ sessionId, records, enrolments, minAttendance }: { sessionId: string; records: Row[]; enrolments: EnrolmentFieldsFragment[]; minAttendance: number }) {
  const initial = useMemo(() => Object.fromEntries(records.map((r) => [r.enrolmentId, r.status ?? null])) as Record<string, AttendanceStatus | null>, [records]);
  const [marks, setMarks] = useState(initial);
  const [record, { loading }] = useRecordAttendance();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const byEnrolment = new Map(enrolments.map((e) => [e.id, e]));
  const marked = records.filter((r) => marks[r.enrolmentId]);
  const changed = records.filter((r) => marks[r.enrolmentId] !== (r.status ?? null)).length;
  const blocker = useUnsavedChanges(changed > 0 && !loading);

  if (records.length === 0) return <EmptyState title="No learners to mark">Only active learners of the cohort are listed here.</EmptyState>;

  const save = async () => {
    setError(null);
    setSaved(null);
    try {
      await record({ variables: { sessionId, entries: marked.map((r) => ({ enrolmentId: r.enrolmentId, status: marks[r.enrolmentId]! })) } });
      setSaved(`Attendance saved for ${marked.length} ${marked.length === 1 ? 'learner' : 'learners'}.`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stack">
      <div className="list-toolbar">
        <p className="muted">
          {marked.length} of {records.length} marked{changed > 0 && <> · {changed} not saved yet</>}
        </p>
        <button type="button" className="button button-secondary button-small" onClick={() => setMarks(Object.fromEntries(records.map((r) => [r.enrolmentId, 'PRESENT'])))}>
          Mark all present
        </button>
      </div>
      <DataTable
        name={{ caption: 'Attendance of each learner' }}
        columns={['Learner', 'This session', 'Attendance so far', 'Progress']}
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
                <div className="segmented" role="radiogroup" aria-label={`Attendance of ${r.learner.name}`}>
                  {ATTENDANCE_ORDER.map((status) => (
                    <label key={status} className={`segment segment-${status.toLowerCase()}`}>
                      <input
                        type="radio"
                        name={`attendance-${r.enrolmentId}`}
                        value={status}
                        checked={marks[r.enrolmentId] === status}
                        onChange={() => setMarks((m) => ({ ...m, [r.enrolmentId]: status }))}
                      />
                      <span>{ATTENDANCE_LABEL[status]}</span>
                    </label>
                  ))}
                </div>
              </td>
              <td>{e ? <AttendanceCell percent={pct} atRisk={atRisk} attended={e.attendance.attended} held={e.attendance.counted} /> : <span className="muted">—</span>}</td>
              <td>{e ? `${e.progressPercent} %` : '—'}</td>
            </tr>
          );
        }}
      />
      {error != null && <ErrorNotice error={error} title="Attendance was not saved" />}
      {saved && <SuccessNotice>{saved}</SuccessNotice>}
      {blocker.state === 'blocked' && (
        <Dialog title="Leave without saving?" description={`${changed} ${changed === 1 ? 'change' : 'changes'} to this session’s attendance ${changed === 1 ? 'is' : 'are'} not saved yet.`} onClose={() => blocker.reset()}>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => blocker.reset()}>
              Stay and save
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => blocker.proceed()}>
              Leave without saving
            </button>
          </div>
        </Dialog>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={loading || marked.length === 0} onClick={() => void save()}>
          {loading ? 'Saving…' : 'Save attendance'}
        </button>
      </div>
    </div>
  );
}
