import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from '../../../lib/router';
import { formatLocalDate } from '../../../lib/time';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { CohortStatusPill } from '../../../ui/StatusPill';
import { cohortWeekLine, useCohorts } from '../hooks/useCohorts';
import { NewCohortForm } from './NewCohortForm';

/** A partner's cohorts, newest start first, with the way to create one. */
export function CohortList({ partnerId, partnerTimeZone }: { partnerId: string; partnerTimeZone: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useCohorts(partnerId);
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const cohorts = data?.cohorts ?? [];

  return (
    <section className="card" aria-labelledby="cohorts-heading">
      <div className="list-toolbar">
        <h2 className="card-title" id="cohorts-heading">
          <FormattedMessage id="cohort.list.heading" defaultMessage="Cohorts" />
          {data && <span className="count">{cohorts.length}</span>}
        </h2>
        {!creating && (
          <button ref={newButton} type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <FormattedMessage id="cohort.list.new" defaultMessage="New cohort" />
          </button>
        )}
      </div>
      {creating && (
        <div className="inset">
          <h3 className="inset-title">
            <FormattedMessage id="cohort.list.new" defaultMessage="New cohort" />
          </h3>
          <NewCohortForm
            partnerId={partnerId}
            defaultTimeZone={partnerTimeZone}
            onCancel={() => {
              setCreating(false);
              setTimeout(() => newButton.current?.focus());
            }}
            onCreated={(id) => navigate(`/partner/cohorts/${id}`)}
          />
        </div>
      )}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'cohort.list.loading', defaultMessage: 'Loading cohorts…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'cohort.list.loadFailed', defaultMessage: 'Cohorts could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: intl.formatMessage({
              id: 'cohort.list.caption',
              defaultMessage: 'Cohorts with their programme, start date, status, seats and current week',
            }),
          }}
          columns={[
            intl.formatMessage({ id: 'cohort.list.colCohort', defaultMessage: 'Cohort' }),
            intl.formatMessage({ id: 'cohort.list.colProgramme', defaultMessage: 'Programme' }),
            intl.formatMessage({ id: 'cohort.list.colStarts', defaultMessage: 'Starts' }),
            intl.formatMessage({ id: 'cohort.list.colStatus', defaultMessage: 'Status' }),
            intl.formatMessage({ id: 'cohort.list.colSeats', defaultMessage: 'Seats' }),
            intl.formatMessage({ id: 'cohort.list.colNow', defaultMessage: 'Now' }),
          ]}
          rows={cohorts}
          rowKey={(c) => c.id}
          renderRow={(c) => (
            <tr>
              <th scope="row">
                <Link className="cell-link" to={`/partner/cohorts/${c.id}`}>
                  {c.name}
                </Link>
                <span className="cell-sub">{c.timeZone.replaceAll('_', ' ')}</span>
              </th>
              <td>
                <span className="code">{c.programme.code}</span>
                <span className="cell-sub">
                  <FormattedMessage id="cohort.list.version" defaultMessage="version {version}" values={{ version: c.programme.version }} />
                </span>
              </td>
              <td>{formatLocalDate(c.startDate)}</td>
              <td>
                <CohortStatusPill status={c.status} />
              </td>
              <td>
                <FormattedMessage
                  id="cohort.list.seats"
                  defaultMessage="{taken, number}/{capacity, number}"
                  values={{ taken: c.seatsTaken, capacity: c.capacity }}
                />
              </td>
              <td>{cohortWeekLine(c, formatLocalDate(c.startDate), intl)}</td>
            </tr>
          )}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'cohort.list.emptyTitle', defaultMessage: 'No cohorts yet' })}>
              <FormattedMessage
                id="cohort.list.emptyText"
                defaultMessage="Create a cohort from a published programme: its live sessions are dated from the start date in the cohort’s time zone."
              />
            </EmptyState>
          }
        />
      )}
    </section>
  );
}
