import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PartnerOutcomesDocument } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { CohortStatusPill } from '../../../ui/StatusPill';
import { count, csvRate, days, downloadCsv, percent } from '../hooks/format';
import { OutcomeSummary } from './OutcomeSummary';
import { TrendChart } from './TrendChart';
import '../outcome.css';

/** The partner's outcomes first: totals, each cohort's measures (CSV export), and the trend across cohorts. */
export function PartnerOutcomesPanel({ partnerId, cohortPath = (id) => `/partner/cohorts/${id}` }: { partnerId: string; cohortPath?: (cohortId: string) => string }) {
  const { data, loading, error, refetch } = useQuery(PartnerOutcomesDocument, { variables: { partnerId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Loading outcomes…" />;
  if (error && !data) return <ErrorNotice error={error} title="Outcomes could not be loaded" onRetry={() => void refetch()} />;
  const o = data!.partnerOutcomes;
  const exportCsv = () =>
    downloadCsv(
      `outcomes-${o.partnerName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`,
      ['cohort', 'start', 'status', 'enrolled', 'active', 'withdrawn', 'certified', 'certified_rate', 'on_time_rate', 'median_days_to_credential', 'goal_reached_rate', 'attendance_rate', 'at_risk'],
      o.cohorts.map((c) => [c.cohortName, c.startDate, c.status, c.enrolled, c.active, c.withdrawn, c.certified, csvRate(c.certifiedRate), csvRate(c.onTimeRate), c.medianDaysToCredential, csvRate(c.goalReachedRate), csvRate(c.attendanceRate), c.atRisk]),
    );
  return (
    <Card
      title="Outcomes"
      description="Who got certified, on time, and reached their own goal. Rates appear once a cohort has ended; “—” means no data yet."
      actions={
        <button type="button" className="button button-secondary button-small" onClick={exportCsv}>
          Export CSV
        </button>
      }
      className="outcomes-panel"
    >
      <OutcomeSummary m={o.totals} label={`${o.partnerName}: outcomes of all cohorts`} />
      <DataTable
        name={{ caption: `Outcomes per cohort of ${o.partnerName}` }}
        columns={['Cohort', 'Status', 'Enrolled', 'Active', 'Withdrawn', 'Certified', 'On time', 'Days to credential', 'Goal reached', 'Attendance', 'At risk']}
        rows={[...o.cohorts].reverse()}
        rowKey={(c) => c.cohortId}
        className="table-compact outcomes-table"
        empty={<p className="muted">No cohort has learners yet.</p>}
        renderRow={(c) => (
          <tr>
            <th scope="row">
              <Link to={cohortPath(c.cohortId)}>{c.cohortName}</Link>
            </th>
            <td>
              <CohortStatusPill status={c.status} />
            </td>
            <td>{c.enrolled}</td>
            <td>{c.active}</td>
            <td>{c.withdrawn}</td>
            <td>{percent(c.certifiedRate)}</td>
            <td>{percent(c.onTimeRate)}</td>
            <td>{days(c.medianDaysToCredential)}</td>
            <td>{percent(c.goalReachedRate)}</td>
            <td>{percent(c.attendanceRate)}</td>
            <td>{count(c.atRisk)}</td>
          </tr>
        )}
      />
      {o.cohorts.length > 0 && (
        <TrendChart
          title="Trend across cohorts, oldest first"
          points={o.cohorts.map((c) => ({ label: c.startDate.slice(0, 7), certifiedRate: c.certifiedRate, onTimeRate: c.onTimeRate, goalReachedRate: c.goalReachedRate }))}
        />
      )}
    </Card>
  );
}
