import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from '../../../lib/router';
import type { GradingQueueFilter } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField } from '../../../ui/Field';
import { useCohorts } from '../../cohort/hooks/useCohorts';
import { GRADING_STATE_LABEL, VERDICT_LABEL } from '../hooks/labels';
import { QUEUE_PAGE, useGradingQueue, type QueueItem } from '../hooks/useGrading';
import { LatePill } from './GradingPills';
import { gradingMessages, SEPARATOR, weekMessage } from '../hooks/messages';
import { QUEUE_STATES as STATES, queueFilterOf, queueSearch } from '../hooks/queueFilter';
import '../../../styles/grading.css';
import '../grading-flow.css';
import { SPACE } from '../../../lib/jsx';

/**
 * The coach's queue: the latest version per learner and week, oldest first, filtered by cohort,
 * week and state (kept in the address, so Back returns to the same page of the same view).
 */
export function GradingQueue() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const filter: GradingQueueFilter = queueFilterOf(params);
  const cohortId = filter.cohortId ?? '';
  const { week = null, state = null } = filter;
  const page = Math.max(0, (Number(params.get('page')) || 1) - 1);
  const { data, loading, error, refetch } = useGradingQueue(filter, page);
  const cohorts = useCohorts();
  const myCohorts = (cohorts.data?.cohorts ?? []).filter((c) => c.status !== 'DRAFT');
  const weeks = Math.max(0, ...myCohorts.filter((c) => !cohortId || c.id === cohortId).map((c) => c.programme.weeks));

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const queue = data?.gradingQueue;
  const items = queue?.items ?? [];
  const first = page * QUEUE_PAGE + 1;
  const pages = queue ? Math.max(1, Math.ceil(queue.total / QUEUE_PAGE)) : 1;
  const chosen = myCohorts.find((c) => c.id === cohortId);

  const stateWord = intl.formatMessage({ id: 'grading.queue.state', defaultMessage: 'State' });
  const allStates = intl.formatMessage({ id: 'grading.queue.allStates', defaultMessage: 'All states' });

  const gradebooks = myCohorts.filter((c) => c.status === 'RUNNING' || c.status === 'COMPLETED');
  return (
    <div className="stack page-stack">
      {gradebooks.length > 0 && (
        <p className="gradebook-links">
          <FormattedMessage id="grading.queue.gradebooks" defaultMessage="Gradebooks:" />
          {SPACE}
          {gradebooks.map((c) => (
            <Link key={c.id} to={`/coach/cohorts/${c.id}/gradebook`}>
              {c.name}
            </Link>
          ))}
        </p>
      )}
      <form
        className="queue-filters"
        aria-label={intl.formatMessage({ id: 'grading.queue.filterLabel', defaultMessage: 'Filter the queue' })}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={intl.formatMessage({ id: 'grading.queue.cohort', defaultMessage: 'Cohort' })}
          value={cohortId}
          onChange={(e) => update({ cohort: e.target.value || null, week: null })}
        >
          <option value="">
            <FormattedMessage id="grading.queue.allCohorts" defaultMessage="All your cohorts" />
          </option>
          {myCohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={intl.formatMessage({ id: 'grading.queue.week', defaultMessage: 'Week' })}
          value={week ? String(week) : ''}
          onChange={(e) => update({ week: e.target.value || null })}
        >
          <option value="">
            <FormattedMessage id="grading.queue.allWeeks" defaultMessage="All weeks" />
          </option>
          {Array.from({ length: Math.max(weeks, week ?? 0) }, (_, i) => i + 1).map((w) => (
            <option key={w} value={w}>
              {intl.formatMessage(weekMessage, { week: w })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={stateWord}
          value={state ?? 'ALL'}
          onChange={(e) => update({ state: e.target.value === 'SUBMITTED' ? null : e.target.value })}
        >
          {STATES.map((s) => (
            <option key={s} value={s}>
              {intl.formatMessage(GRADING_STATE_LABEL[s])}
            </option>
          ))}
          <option value="ALL">{allStates}</option>
        </SelectField>
      </form>
      <Card
        title={
          <>
            <FormattedMessage id="grading.queue.title" defaultMessage="Submissions" />
            {queue && <span className="count">{intl.formatNumber(queue.total)}</span>}
          </>
        }
        description={intl.formatMessage(
          {
            id: 'grading.queue.description',
            defaultMessage:
              '{state}{hasWeek, select, yes {, week {week, number}} other {}}{hasCohort, select, yes {, {cohort}} other {}}: the latest version per learner and week, oldest first.',
          },
          {
            state: state ? intl.formatMessage(GRADING_STATE_LABEL[state]) : allStates,
            hasWeek: week ? 'yes' : 'no',
            week: week ?? 0,
            hasCohort: chosen ? 'yes' : 'no',
            cohort: chosen?.name ?? '',
          },
        )}
      >
        {loading && !data ? (
          <Loading label={intl.formatMessage({ id: 'grading.queue.loading', defaultMessage: 'Loading the queue…' })} />
        ) : error && !data ? (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'grading.queue.loadFailed', defaultMessage: 'The queue could not be loaded' })}
            onRetry={() => void refetch()}
          />
        ) : (
          <DataTable
            name={{ caption: intl.formatMessage({ id: 'grading.queue.caption', defaultMessage: 'Submissions to grade, oldest first' }) }}
            className="table-compact queue-table"
            columns={[
              intl.formatMessage(gradingMessages.learner),
              intl.formatMessage({ id: 'grading.queue.assignmentColumn', defaultMessage: 'Assignment' }),
              intl.formatMessage({ id: 'grading.queue.submittedColumn', defaultMessage: 'Submitted' }),
              stateWord,
              { header: intl.formatMessage(gradingMessages.actions), hidden: true },
            ]}
            rows={items}
            rowKey={(s) => s.id}
            renderRow={(s) => <QueueRow item={s} search={queueSearch(params)} />}
            empty={
              <EmptyState
                title={
                  page > 0
                    ? intl.formatMessage({ id: 'grading.queue.noMore', defaultMessage: 'No more submissions' })
                    : state === 'SUBMITTED'
                      ? intl.formatMessage({ id: 'grading.queue.nothingAwaiting', defaultMessage: 'Nothing awaiting review' })
                      : intl.formatMessage({ id: 'grading.queue.noSubmissions', defaultMessage: 'No submissions' })
                }
              >
                {page > 0 ? (
                  <Link to={`?${new URLSearchParams([...params].filter(([k]) => k !== 'page'))}`}>
                    <FormattedMessage id="grading.queue.firstPage" defaultMessage="Back to the first page" />
                  </Link>
                ) : (
                  <FormattedMessage
                    id="grading.queue.emptyText"
                    defaultMessage="Submissions that match these filters appear here as learners send them."
                  />
                )}
              </EmptyState>
            }
            pager={
              queue && (queue.total > QUEUE_PAGE || page > 0)
                ? {
                    label: intl.formatMessage({ id: 'grading.queue.pagerLabel', defaultMessage: 'Pages of the queue' }),
                    summary: intl.formatMessage(
                      {
                        id: 'grading.queue.pagerSummary',
                        defaultMessage: '{first, number}–{last, number} of {total, number} · page {page, number} of {pages, number}',
                      },
                      { first, last: first + items.length - 1, total: queue.total, page: page + 1, pages },
                    ),
                    onPrevious: page > 0 ? () => update({ page: page > 1 ? String(page) : null }) : undefined,
                    onNext: queue.hasMore ? () => update({ page: String(page + 2) }) : undefined,
                  }
                : undefined
            }
          />
        )}
      </Card>
    </div>
  );
}

function QueueRow({ item: s, search }: { item: QueueItem; search: string }) {
  const intl = useIntl();
  const action = s.state === 'SUBMITTED' ? 'grade' : s.state === 'DRAFT' ? 'continue' : 'view';
  return (
    <tr>
      <th scope="row">
        <span className="cell-strong">{s.learner.name}</span>
        <span className="cell-sub">{s.cohortName}</span>
      </th>
      <td>
        <span className="cell-strong">{intl.formatMessage(weekMessage, { week: s.week })}</span>
        <span className="cell-sub">
          {s.assignment.title}
          {s.version > 1 && (
            <>
              {SEPARATOR}
              <FormattedMessage id="grading.queue.version" defaultMessage="version {version, number}" values={{ version: s.version }} />
            </>
          )}
        </span>
      </td>
      <td className="cell-nowrap">
        <DateTime value={s.submittedAt} />
        {s.late && (
          <>
            {SPACE}
            <LatePill />
          </>
        )}
      </td>
      <td className="cell-nowrap">
        <span className={`pill pill-state-${s.state.toLowerCase()}`}>{intl.formatMessage(GRADING_STATE_LABEL[s.state])}</span>
        {s.review && (
          <span className="cell-sub">
            <FormattedMessage
              id="grading.queue.review"
              defaultMessage="{verdict} · {total, number} / {max, number}"
              values={{ verdict: intl.formatMessage(VERDICT_LABEL[s.review.verdict]), total: s.review.total, max: s.assignment.maxPoints }}
            />
          </span>
        )}
      </td>
      <td className="cell-actions">
        <Link
          className={`button button-small ${s.state === 'RELEASED' ? 'button-secondary' : 'button-primary'}`}
          to={`/coach/submissions/${s.id}${search}`}
          aria-label={intl.formatMessage(
            {
              id: 'grading.queue.actionLabel',
              defaultMessage:
                '{action, select, grade {Grade} continue {Continue} other {View}} {name}, week {week, number}{later, select, yes {, version {version, number}} other {}}',
            },
            { action, name: s.learner.name, week: s.week, later: s.version > 1 ? 'yes' : 'no', version: s.version },
          )}
        >
          <FormattedMessage
            id="grading.queue.action"
            defaultMessage="{action, select, grade {Grade} continue {Continue} other {View}}"
            values={{ action }}
          />
        </Link>
      </td>
    </tr>
  );
}
