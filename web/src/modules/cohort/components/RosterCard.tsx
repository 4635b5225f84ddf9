import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { EnrolmentFieldsFragment } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { EnrolmentStatusPill } from '../../../ui/StatusPill';
import { ListSearch } from '../../../ui/ListSearch';
import { ROSTER_PAGE, useRoster, useWithdrawEnrolment, type CohortView } from '../hooks/useCohorts';

/** The cohort's learners with status, progress, attendance and goal, a page at a time, searchable; withdraw with confirmation. */
export function RosterCard({ cohort }: { cohort: CohortView }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch, enrolments, total } = useRoster(cohort.id, search, page);
  const [notice, setNotice] = useState<string | null>(null);
  const pages = Math.max(1, Math.ceil(total / ROSTER_PAGE));
  // a withdrawal or a shorter list can leave the page past the end: back to the first
  useEffect(() => {
    if (data && enrolments.length === 0 && page > 0) setPage(0);
  }, [data, enrolments.length, page]);
  const searchLabel = intl.formatMessage({ id: 'cohort.roster.searchLabel', defaultMessage: 'Search learners by name or email' });
  const first = page * ROSTER_PAGE + 1;
  return (
    <Card
      title={
        <>
          <FormattedMessage id="cohort.roster.title" defaultMessage="Roster" />
          {data && <span className="count">{cohort.seatsTaken}</span>}
        </>
      }
      description={intl.formatMessage(
        { id: 'cohort.roster.description', defaultMessage: 'Attendance below {percent, number} % (the programme’s minimum) is marked.' },
        { percent: cohort.programme.minAttendancePercent },
      )}
    >
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {(total > ROSTER_PAGE || search) && (
        <ListSearch
          id={`roster-search-${cohort.id}`}
          label={searchLabel}
          region={intl.formatMessage({ id: 'cohort.roster.searchRegion', defaultMessage: 'Search the roster' })}
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(0);
          }}
        />
      )}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'cohort.roster.loading', defaultMessage: 'Loading learners…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'cohort.roster.loadFailed', defaultMessage: 'The roster could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: intl.formatMessage({ id: 'cohort.roster.caption', defaultMessage: 'Learners of {cohort}' }, { cohort: cohort.name }),
          }}
          columns={[
            intl.formatMessage({ id: 'cohort.roster.colLearner', defaultMessage: 'Learner' }),
            intl.formatMessage({ id: 'cohort.roster.colStatus', defaultMessage: 'Status' }),
            intl.formatMessage({ id: 'cohort.roster.colProgress', defaultMessage: 'Progress' }),
            intl.formatMessage({ id: 'cohort.roster.colAttendance', defaultMessage: 'Attendance' }),
            intl.formatMessage({ id: 'cohort.roster.colGoal', defaultMessage: 'Goal' }),
            { header: intl.formatMessage({ id: 'cohort.roster.colActions', defaultMessage: 'Actions' }), hidden: true },
          ]}
          rows={enrolments}
          rowKey={(e) => e.id}
          renderRow={(e) => (
            <RosterRow
              enrolment={e}
              minAttendance={cohort.programme.minAttendancePercent}
              onWithdrawn={() =>
                setNotice(
                  intl.formatMessage(
                    { id: 'cohort.roster.withdrawn', defaultMessage: '{name} was withdrawn from the cohort.' },
                    { name: e.learner.name },
                  ),
                )
              }
            />
          )}
          empty={
            search.trim() ? (
              <EmptyState
                title={intl.formatMessage(
                  { id: 'cohort.roster.noMatch', defaultMessage: 'No learners match “{search}”' },
                  { search: search.trim() },
                )}
              />
            ) : (
              <EmptyState title={intl.formatMessage({ id: 'cohort.roster.emptyTitle', defaultMessage: 'No learners yet' })}>
                <FormattedMessage id="cohort.roster.emptyText" defaultMessage="Enrol learners one by one or upload a CSV file." />
              </EmptyState>
            )
          }
          pager={
            total > ROSTER_PAGE || page > 0
              ? {
                  label: intl.formatMessage({ id: 'cohort.roster.pagerLabel', defaultMessage: 'Pages of the roster' }),
                  summary: intl.formatMessage(
                    {
                      id: 'cohort.roster.pagerSummary',
                      defaultMessage: '{first, number}–{last, number} of {total, number} · page {page, number} of {pages, number}',
                    },
                    { first, last: first + enrolments.length - 1, total, page: page + 1, pages },
                  ),
                  onPrevious: page > 0 ? () => setPage(page - 1) : undefined,
                  onNext: page + 1 < pages ? () => setPage(page + 1) : undefined,
                }
              : undefined
          }
        />
      )}
    </Card>
  );
}

function RosterRow({
  enrolment: e,
  minAttendance,
  onWithdrawn,
}: {
  enrolment: EnrolmentFieldsFragment;
  minAttendance: number;
  onWithdrawn: () => void;
}) {
  const intl = useIntl();
  const [withdraw, { loading }] = useWithdrawEnrolment();
  const [error, setError] = useState<unknown>(null);
  const pct = e.attendance.percent;
  const atRisk = pct != null && pct < minAttendance && e.status !== 'WITHDRAWN';
  return (
    <tr className={e.status === 'WITHDRAWN' ? 'row-muted' : atRisk ? 'row-risk' : undefined}>
      <th scope="row">
        <span className="cell-strong">{e.learner.name}</span>
        <span className="cell-sub">{e.learner.email}</span>
        {error != null && (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'cohort.roster.withdrawFailed', defaultMessage: 'The learner was not withdrawn' })}
          />
        )}
      </th>
      <td>
        <EnrolmentStatusPill status={e.status} />
      </td>
      <td>
        <FormattedMessage id="cohort.roster.percent" defaultMessage="{percent, number} %" values={{ percent: e.progressPercent }} />
      </td>
      <td>
        <AttendanceCell percent={pct} atRisk={atRisk} attended={e.attendance.attended} held={e.attendance.counted} />
      </td>
      <td className="cell-goal">
        {e.outcomeGoal ? (
          <span title={e.outcomeGoal}>{e.outcomeGoal}</span>
        ) : (
          <span className="muted">
            <FormattedMessage id="cohort.roster.noGoal" defaultMessage="Not stated" />
          </span>
        )}
      </td>
      <td className="cell-actions">
        {(e.status === 'ACTIVE' || e.status === 'INVITED') && (
          <ConfirmButton
            label={intl.formatMessage({ id: 'cohort.roster.withdraw', defaultMessage: 'Withdraw' })}
            accessibleLabel={intl.formatMessage(
              { id: 'cohort.roster.withdrawNamed', defaultMessage: 'Withdraw {name}' },
              { name: e.learner.name },
            )}
            question={intl.formatMessage(
              { id: 'cohort.roster.withdrawQuestion', defaultMessage: 'Withdraw {name}?' },
              { name: e.learner.name },
            )}
            confirmLabel={intl.formatMessage({ id: 'cohort.roster.withdraw', defaultMessage: 'Withdraw' })}
            keepLabel={intl.formatMessage({ id: 'cohort.roster.keep', defaultMessage: 'Keep' })}
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
export function AttendanceCell({
  percent,
  atRisk,
  attended,
  held,
}: {
  percent: number | null;
  atRisk: boolean;
  attended: number;
  held: number;
}) {
  if (percent == null) {
    return (
      <span className="muted">
        <FormattedMessage id="cohort.attendance.noSessions" defaultMessage="No sessions yet" />
      </span>
    );
  }
  return (
    <span className={atRisk ? 'risk' : undefined}>
      <span className="cell-strong">
        <FormattedMessage id="cohort.roster.percent" defaultMessage="{percent, number} %" values={{ percent }} />
        {atRisk && (
          <span className="pill pill-risk">
            <FormattedMessage id="cohort.attendance.atRisk" defaultMessage="At risk" />
          </span>
        )}
      </span>
      <span className="cell-sub cell-nowrap">
        <FormattedMessage
          id="cohort.attendance.sessions"
          defaultMessage="{attended, number} of {held, plural, one {# session} other {# sessions}}"
          values={{ attended, held }}
        />
      </span>
    </span>
  );
}
