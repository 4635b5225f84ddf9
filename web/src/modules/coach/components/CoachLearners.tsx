import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { ListSearch } from '../../../ui/ListSearch';
import { offsetPager } from '../../../ui/offsetPager';
import { AttendanceCell } from '../../cohort/components/RosterCard';
import type { CohortView } from '../../cohort/hooks/useCohorts';
import { COACH_ROSTER_PAGE, useCoachRoster } from '../hooks/useCoachRoster';

/**
 * A cohort's learners by attendance, lowest first, so those at risk of missing the credential
 * stand out: a page at a time, searchable by name or email. The count of learners below the
 * minimum is the whole cohort's, whatever the page.
 */
export function CoachLearners({ cohort }: { cohort: CohortView }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch, learners, total, belowMinimum } = useCoachRoster(cohort.id, search, page);
  const min = cohort.programme.minAttendancePercent;
  // a shorter list (a learner withdrawn meanwhile) can leave the page past the end: back to the first
  useEffect(() => {
    if (data && learners.length === 0 && page > 0) setPage(0);
  }, [data, learners.length, page]);
  const headingId = `learners-${cohort.id}`;
  return (
    <section className="people-section" aria-labelledby={headingId} aria-busy={loading && !!data}>
      <h3 id={headingId} className="section-title">
        <FormattedMessage id="coach.learners.heading" defaultMessage="Learners" />
        {data && <span className="count">{cohort.seatsTaken}</span>}
        {belowMinimum > 0 && (
          <span className="pill pill-risk">
            <FormattedMessage
              id="coach.learners.atRisk"
              defaultMessage="{count, plural, one {# at risk} other {# at risk}}"
              values={{ count: belowMinimum }}
            />
          </span>
        )}
      </h3>
      {(total > COACH_ROSTER_PAGE || page > 0 || search) && (
        <ListSearch
          id={`coach-learners-search-${cohort.id}`}
          label={intl.formatMessage({ id: 'coach.learners.searchLabel', defaultMessage: 'Search learners by name or email' })}
          region={intl.formatMessage(
            { id: 'coach.learners.searchRegion', defaultMessage: 'Search the learners of {cohort}' },
            { cohort: cohort.name },
          )}
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(0);
          }}
        />
      )}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'coach.learners.loading', defaultMessage: 'Loading learners…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'coach.learners.loadFailed', defaultMessage: 'Learners could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: (
              <FormattedMessage
                id="coach.learners.caption"
                defaultMessage="Learners of {cohort}, lowest attendance first; the programme asks for {min, number} %"
                values={{ cohort: cohort.name, min }}
              />
            ),
          }}
          className="table-compact"
          wrap={false}
          columns={[
            intl.formatMessage({ id: 'coach.learners.learnerColumn', defaultMessage: 'Learner' }),
            intl.formatMessage({ id: 'coach.learners.attendanceColumn', defaultMessage: 'Attendance' }),
            intl.formatMessage({ id: 'coach.learners.progressColumn', defaultMessage: 'Progress' }),
          ]}
          rows={learners}
          rowKey={(e) => e.id}
          renderRow={(e) => {
            const risk = e.attendance.percent != null && e.attendance.percent < min;
            return (
              <tr className={risk ? 'row-risk' : undefined}>
                <th scope="row">
                  <span className="cell-strong">{e.learner.name}</span>
                  {e.outcomeGoal && (
                    <span className="cell-sub cell-goal-line" title={e.outcomeGoal}>
                      <FormattedMessage id="coach.learners.goal" defaultMessage="Goal: {goal}" values={{ goal: e.outcomeGoal }} />
                    </span>
                  )}
                </th>
                <td>
                  <AttendanceCell
                    percent={e.attendance.percent}
                    atRisk={risk}
                    attended={e.attendance.attended}
                    held={e.attendance.counted}
                  />
                </td>
                <td>
                  <FormattedMessage
                    id="coach.learners.progressPercent"
                    defaultMessage="{percent, number} %"
                    values={{ percent: e.progressPercent }}
                  />
                </td>
              </tr>
            );
          }}
          empty={
            search.trim() ? (
              <EmptyState
                title={intl.formatMessage(
                  { id: 'coach.learners.noMatch', defaultMessage: 'No learners match “{search}”' },
                  { search: search.trim() },
                )}
              />
            ) : (
              <EmptyState title={intl.formatMessage({ id: 'coach.learners.emptyTitle', defaultMessage: 'No learners yet' })} />
            )
          }
          pager={offsetPager(intl, {
            label: intl.formatMessage(
              { id: 'coach.learners.pagerLabel', defaultMessage: 'Pages of the learners of {cohort}' },
              { cohort: cohort.name },
            ),
            page,
            size: COACH_ROSTER_PAGE,
            total,
            shown: learners.length,
            setPage,
          })}
        />
      )}
    </section>
  );
}
