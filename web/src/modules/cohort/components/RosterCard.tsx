import { useState } from 'react';
import type { EnrolmentFieldsFragment } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { EnrolmentStatusPill } from '../../../ui/StatusPill';
import { useEnrolments, useWithdrawEnrolment, type CohortView } from '../hooks/useCohorts';

/** The cohort's learners with status, progress, attendance and goal; withdraw with confirmation. */
export function RosterCard({ cohort }: { cohort: CohortView }) {
  const { data, loading, error, refetch } = useEnrolments(cohort.id);
  const [notice, setNotice] = useState<string | null>(null);
  const enrolments = data?.enrolments ?? [];
  const current = enrolments.filter((e) => e.status !== 'WITHDRAWN').length;
  return (
    <Card
      title={<>Roster{data && <span className="count">{current}</span>}</>}
      description={`Attendance below ${cohort.programme.minAttendancePercent} % (the programme’s minimum) is marked.`}
    >
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {loading && !data ? (
        <Loading label="Loading learners…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="The roster could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <DataTable
          name={{ caption: `Learners of ${cohort.name}` }}
          columns={['Learner', 'Status', 'Progress', 'Attendance', 'Goal', { header: 'Actions', hidden: true }]}
          rows={enrolments}
          rowKey={(e) => e.id}
          renderRow={(e) => <RosterRow enrolment={e} minAttendance={cohort.programme.minAttendancePercent} onWithdrawn={() => setNotice(`${e.learner.name} was withdrawn from the cohort.`)} />}
          empty={<EmptyState title="No learners yet">Enrol learners one by one or upload a CSV file.</EmptyState>}
        />
      )}
    </Card>
  );
}

function RosterRow({ enrolment: e, minAttendance, onWithdrawn }: { enrolment: EnrolmentFieldsFragment; minAttendance: number; onWithdrawn: () => void }) {
  const [withdraw, { loading }] = useWithdrawEnrolment();
  const [error, setError] = useState<unknown>(null);
  const pct = e.attendance.percent;
  const atRisk = pct != null && pct < minAttendance && e.status !== 'WITHDRAWN';
  return (
    <tr className={e.status === 'WITHDRAWN' ? 'row-muted' : atRisk ? 'row-risk' : undefined}>
      <th scope="row">
        <span className="cell-strong">{e.learner.name}</span>
        <span className="cell-sub">{e.learner.email}</span>
        {error != null && <ErrorNotice error={error} title="The learner was not withdrawn" />}
      </th>
      <td>
        <EnrolmentStatusPill status={e.status} />
      </td>
      <td>{e.progressPercent} %</td>
      <td>
        <AttendanceCell percent={pct} atRisk={atRisk} attended={e.attendance.attended} held={e.attendance.counted} />
      </td>
      <td className="cell-goal">{e.outcomeGoal ? <span title={e.outcomeGoal}>{e.outcomeGoal}</span> : <span className="muted">Not stated</span>}</td>
      <td className="cell-actions">
        {(e.status === 'ACTIVE' || e.status === 'INVITED') && (
          <ConfirmButton
            label="Withdraw"
            accessibleLabel={`Withdraw ${e.learner.name}`}
            question={`Withdraw ${e.learner.name}?`}
            confirmLabel="Withdraw"
            keepLabel="Keep"
            busy={loading}
            onConfirm={async () => {
              setError(null);
              try {
                await withdraw({ variables: { id: e.id } });
                onWithdrawn();
              } catch (err) {
                setError(err);
              }
            }}
          />
        )}
      </td>
    </tr>
  );
}

/** "80 %" with the sessions behind it (`held`: the sessions that count, excused ones left out); below the minimum it says so in words as well as colour. */
export function AttendanceCell({ percent, atRisk, attended, held }: { percent: number | null; atRisk: boolean; attended: number; held: number }) {
  if (percent == null) return <span className="muted">No sessions yet</span>;
  return (
    <span className={atRisk ? 'risk' : undefined}>
      <span className="cell-strong">
        {percent} %{atRisk && <span className="pill pill-risk">At risk</span>}
      </span>
      <span className="cell-sub cell-nowrap">
        {attended} of {held} sessions
      </span>
    </span>
  );
}
