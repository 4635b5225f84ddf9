import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { PartnerOutcomesDocument } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { ScrollBox } from './ScrollBox';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { CohortStatusPill } from '../../../ui/StatusPill';
import { downloadCsv, useOutcomeFormat } from '../hooks/format';
import { partnerOutcomesCsv } from '../hooks/outcomeCsv';
import { OutcomeSummary } from './OutcomeSummary';
import { TrendChart } from './TrendChart';
import '../outcome.css';

/** The partner's outcomes first: totals, each cohort's measures (CSV export), and the trend across cohorts. */
export function PartnerOutcomesPanel({
  partnerId,
  cohortPath = (id) => `/partner/cohorts/${id}`,
}: {
  partnerId: string;
  cohortPath?: (cohortId: string) => string;
}) {
  const intl = useIntl();
  const { percent, days, count } = useOutcomeFormat();
  const { data, loading, error, refetch } = useQuery(PartnerOutcomesDocument, {
    variables: { partnerId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'outcome.partner.loading', defaultMessage: 'Loading outcomes…' })} />;
  if (error && !data)
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'outcome.partner.loadFailed', defaultMessage: 'Outcomes could not be loaded' })}
        onRetry={() => void refetch()}
      />
    );
  const o = data!.partnerOutcomes;
  const exportCsv = () =>
    downloadCsv(`outcomes-${o.partnerName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv`, partnerOutcomesCsv(intl, o));
  return (
    <Card
      title={intl.formatMessage({ id: 'outcome.partner.title', defaultMessage: 'Outcomes' })}
      description={intl.formatMessage({
        id: 'outcome.partner.description',
        defaultMessage:
          'Who got certified, on time, and reached their own goal. Rates appear once a cohort has ended; “—” means no data yet.',
      })}
      actions={
        <button type="button" className="button button-secondary button-small" onClick={exportCsv}>
          <FormattedMessage id="outcome.partner.exportCsv" defaultMessage="Export CSV" />
        </button>
      }
      className="outcomes-panel"
    >
      <OutcomeSummary
        m={o.totals}
        label={intl.formatMessage(
          { id: 'outcome.partner.summaryLabel', defaultMessage: '{partner}: outcomes of all cohorts' },
          { partner: o.partnerName },
        )}
      />
      <ScrollBox label={intl.formatMessage({ id: 'outcome.partner.scrollBox', defaultMessage: 'Outcomes per cohort, scrolls sideways' })}>
        <DataTable
          name={{
            caption: intl.formatMessage(
              { id: 'outcome.partner.caption', defaultMessage: 'Outcomes per cohort of {partner}' },
              { partner: o.partnerName },
            ),
          }}
          columns={[
            intl.formatMessage({ id: 'outcome.column.cohort', defaultMessage: 'Cohort' }),
            intl.formatMessage({ id: 'outcome.partner.status', defaultMessage: 'Status' }),
            intl.formatMessage({ id: 'outcome.column.enrolled', defaultMessage: 'Enrolled' }),
            intl.formatMessage({ id: 'outcome.partner.active', defaultMessage: 'Active' }),
            intl.formatMessage({ id: 'outcome.partner.withdrawn', defaultMessage: 'Withdrawn' }),
            intl.formatMessage({ id: 'outcome.column.certified', defaultMessage: 'Certified' }),
            intl.formatMessage({ id: 'outcome.column.onTime', defaultMessage: 'On time' }),
            intl.formatMessage({ id: 'outcome.column.daysToCredential', defaultMessage: 'Days to credential' }),
            intl.formatMessage({ id: 'outcome.column.goalReached', defaultMessage: 'Goal reached' }),
            intl.formatMessage({ id: 'outcome.column.attendance', defaultMessage: 'Attendance' }),
            intl.formatMessage({ id: 'outcome.column.atRisk', defaultMessage: 'At risk' }),
          ]}
          rows={[...o.cohorts].reverse()}
          rowKey={(c) => c.cohortId}
          className="table-compact outcomes-table"
          wrap={false}
          empty={
            <p className="muted">
              <FormattedMessage id="outcome.partner.empty" defaultMessage="No cohort has learners yet." />
            </p>
          }
          renderRow={(c) => (
            <tr>
              <th scope="row">
                <Link to={cohortPath(c.cohortId)}>{c.cohortName}</Link>
              </th>
              <td>
                <CohortStatusPill status={c.status} />
              </td>
              <td>{count(c.enrolled)}</td>
              <td>{count(c.active)}</td>
              <td>{count(c.withdrawn)}</td>
              <td>{percent(c.certifiedRate)}</td>
              <td>{percent(c.onTimeRate)}</td>
              <td>{days(c.medianDaysToCredential)}</td>
              <td>{percent(c.goalReachedRate)}</td>
              <td>{percent(c.attendanceRate)}</td>
              <td>{count(c.atRisk)}</td>
            </tr>
          )}
        />
      </ScrollBox>
      {o.cohorts.length > 0 && (
        <TrendChart
          title={intl.formatMessage({ id: 'outcome.partner.trend', defaultMessage: 'Trend across cohorts, oldest first' })}
          points={o.cohorts.map((c) => ({
            label: c.startDate.slice(0, 7),
            certifiedRate: c.certifiedRate,
            onTimeRate: c.onTimeRate,
            goalReachedRate: c.goalReachedRate,
          }))}
        />
      )}
    </Card>
  );
}
