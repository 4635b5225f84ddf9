import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NetworkOutcomesDocument, OutcomeProgrammesDocument } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { ScrollBox } from './ScrollBox';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField, TextField } from '../../../ui/Field';
import { downloadCsv, useOutcomeFormat } from '../hooks/format';
import { networkOutcomesCsv } from '../hooks/outcomeCsv';
import '../outcome.css';

type Rate = number | null;

/** A value against the network median: "above"/"below" in words, so colour is never the only cue. */
function Versus({
  value,
  median,
  format,
  higherIsBetter = true,
}: {
  value: Rate;
  median: Rate;
  format: (v: Rate) => string;
  higherIsBetter?: boolean;
}) {
  if (value === null || median === null || value === median) return <>{format(value)}</>;
  const better = higherIsBetter ? value > median : value < median;
  return (
    <>
      {format(value)}{' '}
      <span className={better ? 'versus versus-better' : 'versus versus-worse'}>
        {value > median ? (
          <FormattedMessage id="outcome.network.aboveMedian" defaultMessage="▲ above median" />
        ) : (
          <FormattedMessage id="outcome.network.belowMedian" defaultMessage="▼ below median" />
        )}
      </span>
    </>
  );
}

/** Every partner side by side, each measure against the network median; by programme, version and period. */
export function NetworkOutcomes() {
  const intl = useIntl();
  const { percent, days, count } = useOutcomeFormat();
  const [programmeId, setProgrammeId] = useState('');
  const [version, setVersion] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const programmes = useQuery(OutcomeProgrammesDocument);
  const { data, loading, error, refetch } = useQuery(NetworkOutcomesDocument, {
    variables: {
      programmeId: programmeId || null,
      programmeVersion: programmeId && version ? Number(version) : null,
      from: from || null,
      to: to || null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const n = data?.networkOutcomes;
  const exportCsv = () => n && downloadCsv('network-outcomes.csv', networkOutcomesCsv(intl, n));
  return (
    <Card
      title={intl.formatMessage({ id: 'outcome.network.title', defaultMessage: 'Outcomes across the network' })}
      description={intl.formatMessage({
        id: 'outcome.network.description',
        defaultMessage:
          'Each partner against the network median. Cohorts pin a programme version, so a curriculum change can be judged by its outcomes.',
      })}
      actions={
        <button type="button" className="button button-secondary button-small" onClick={exportCsv} disabled={!n}>
          <FormattedMessage id="outcome.network.exportCsv" defaultMessage="Export CSV" />
        </button>
      }
    >
      <form
        className="outcome-filters"
        aria-label={intl.formatMessage({ id: 'outcome.network.filters', defaultMessage: 'Filter the network outcomes' })}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={intl.formatMessage({ id: 'outcome.network.programme', defaultMessage: 'Programme' })}
          value={programmeId}
          onChange={(e) => setProgrammeId(e.target.value)}
        >
          <option value="">{intl.formatMessage({ id: 'outcome.network.allProgrammes', defaultMessage: 'All programmes' })}</option>
          {(programmes.data?.programmes ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {intl.formatMessage(
                { id: 'outcome.network.programmeOption', defaultMessage: '{code} — {title}' },
                { code: p.code, title: p.title },
              )}
            </option>
          ))}
        </SelectField>
        <TextField
          label={intl.formatMessage({ id: 'outcome.network.version', defaultMessage: 'Version' })}
          type="number"
          min={1}
          value={version}
          onChange={(e) => setVersion(e.target.value)}
          disabled={!programmeId}
          hint={intl.formatMessage({ id: 'outcome.network.versionHint', defaultMessage: 'with a programme' })}
        />
        <TextField
          label={intl.formatMessage({ id: 'outcome.network.from', defaultMessage: 'Cohorts starting from' })}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={intl.formatMessage({ id: 'outcome.network.to', defaultMessage: 'to' })}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </form>
      {loading && !data && (
        <Loading label={intl.formatMessage({ id: 'outcome.network.loading', defaultMessage: 'Loading network outcomes…' })} />
      )}
      {error && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'outcome.network.loadFailed', defaultMessage: 'Network outcomes could not be loaded' })}
          onRetry={() => void refetch()}
        />
      )}
      {n && (
        <ScrollBox
          label={intl.formatMessage({ id: 'outcome.network.scrollBox', defaultMessage: 'Outcomes per partner, scrolls sideways' })}
        >
          <DataTable
            name={{
              caption: intl.formatMessage({
                id: 'outcome.network.caption',
                defaultMessage: 'Outcomes per partner, with the network median',
              }),
            }}
            columns={[
              intl.formatMessage({ id: 'outcome.network.partner', defaultMessage: 'Partner' }),
              intl.formatMessage({ id: 'outcome.network.cohorts', defaultMessage: 'Cohorts' }),
              intl.formatMessage({ id: 'outcome.column.enrolled', defaultMessage: 'Enrolled' }),
              intl.formatMessage({ id: 'outcome.column.certified', defaultMessage: 'Certified' }),
              intl.formatMessage({ id: 'outcome.column.onTime', defaultMessage: 'On time' }),
              intl.formatMessage({ id: 'outcome.column.daysToCredential', defaultMessage: 'Days to credential' }),
              intl.formatMessage({ id: 'outcome.column.goalReached', defaultMessage: 'Goal reached' }),
              intl.formatMessage({ id: 'outcome.column.attendance', defaultMessage: 'Attendance' }),
              intl.formatMessage({ id: 'outcome.column.atRisk', defaultMessage: 'At risk' }),
            ]}
            rows={[...n.partners, null]}
            rowKey={(p) => p?.partnerId ?? 'median'}
            className="table-compact outcomes-table"
            wrap={false}
            renderRow={(p) =>
              p ? (
                <tr>
                  <th scope="row">{p.partnerName}</th>
                  <td>{count(p.cohorts)}</td>
                  <td>{count(p.enrolled)}</td>
                  <td>
                    <Versus value={p.certifiedRate} median={n.median.certifiedRate} format={percent} />
                  </td>
                  <td>
                    <Versus value={p.onTimeRate} median={n.median.onTimeRate} format={percent} />
                  </td>
                  <td>
                    <Versus
                      value={p.medianDaysToCredential}
                      median={n.median.medianDaysToCredential}
                      format={days}
                      higherIsBetter={false}
                    />
                  </td>
                  <td>
                    <Versus value={p.goalReachedRate} median={n.median.goalReachedRate} format={percent} />
                  </td>
                  <td>{percent(p.attendanceRate)}</td>
                  <td>{count(p.atRisk)}</td>
                </tr>
              ) : (
                <tr className="median-row">
                  <th scope="row">
                    <FormattedMessage id="outcome.network.median" defaultMessage="Network median" />
                  </th>
                  <td />
                  <td>{count(n.median.enrolled)}</td>
                  <td>{percent(n.median.certifiedRate)}</td>
                  <td>{percent(n.median.onTimeRate)}</td>
                  <td>{days(n.median.medianDaysToCredential)}</td>
                  <td>{percent(n.median.goalReachedRate)}</td>
                  <td>{percent(n.median.attendanceRate)}</td>
                  <td>{count(n.median.atRisk)}</td>
                </tr>
              )
            }
          />
        </ScrollBox>
      )}
    </Card>
  );
}
