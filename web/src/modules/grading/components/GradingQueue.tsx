import { Link, useSearchParams } from 'react-router';
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
import { QUEUE_STATES as STATES, queueFilterOf, queueSearch } from '../hooks/queueFilter';
import '../../../styles/grading.css';
import '../grading-flow.css';


/**
 * The coach's queue: the latest version per learner and week, oldest first, filtered by cohort,
 * week and state (kept in the address, so Back returns to the same page of the same view).
 */
export function GradingQueue() {
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

  const gradebooks = myCohorts.filter((c) => c.status === 'RUNNING' || c.status === 'COMPLETED');
  return (
    <div className="stack page-stack">
      {gradebooks.length > 0 && (
        <p className="gradebook-links">
          Gradebooks:{' '}
          {gradebooks.map((c) => (
            <Link key={c.id} to={`/coach/cohorts/${c.id}/gradebook`}>
              {c.name}
            </Link>
          ))}
        </p>
      )}
      <form className="queue-filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Cohort" value={cohortId} onChange={(e) => update({ cohort: e.target.value || null, week: null })}>
          <option value="">All your cohorts</option>
          {myCohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Week" value={week ? String(week) : ''} onChange={(e) => update({ week: e.target.value || null })}>
          <option value="">All weeks</option>
          {Array.from({ length: Math.max(weeks, week ?? 0) }, (_, i) => i + 1).map((w) => (
            <option key={w} value={w}>
              Week {w}
            </option>
          ))}
        </SelectField>
        <SelectField label="State" value={state ?? 'ALL'} onChange={(e) => update({ state: e.target.value === 'SUBMITTED' ? null : e.target.value })}>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {GRADING_STATE_LABEL[s]}
            </option>
          ))}
          <option value="ALL">All states</option>
        </SelectField>
      </form>
      <Card
        title={<>Submissions{queue && <span className="count">{queue.total}</span>}</>}
        description={`${state ? GRADING_STATE_LABEL[state] : 'All states'}${week ? `, week ${week}` : ''}${chosen ? `, ${chosen.name}` : ''}: the latest version per learner and week, oldest first.`}
      >
        {loading && !data ? (
          <Loading label="Loading the queue…" />
        ) : error && !data ? (
          <ErrorNotice error={error} title="The queue could not be loaded" onRetry={() => void refetch()} />
        ) : (
          <DataTable
            name={{ caption: 'Submissions to grade, oldest first' }}
            className="table-compact queue-table"
            columns={['Learner', 'Assignment', 'Submitted', 'State', { header: 'Actions', hidden: true }]}
            rows={items}
            rowKey={(s) => s.id}
            renderRow={(s) => <QueueRow item={s} search={queueSearch(params)} />}
            empty={
              <EmptyState title={page > 0 ? 'No more submissions' : state === 'SUBMITTED' ? 'Nothing awaiting review' : 'No submissions'}>
                {page > 0 ? (
                  <Link to={`?${new URLSearchParams([...params].filter(([k]) => k !== 'page'))}`}>Back to the first page</Link>
                ) : (
                  'Submissions that match these filters appear here as learners send them.'
                )}
              </EmptyState>
            }
            pager={
              queue && (queue.total > QUEUE_PAGE || page > 0)
                ? {
                    label: 'Pages of the queue',
                    summary: `${first}–${first + items.length - 1} of ${queue.total} · page ${page + 1} of ${pages}`,
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
  const action = s.state === 'SUBMITTED' ? 'Grade' : s.state === 'DRAFT' ? 'Continue' : 'View';
  return (
    <tr>
      <th scope="row">
        <span className="cell-strong">{s.learner.name}</span>
        <span className="cell-sub">{s.cohortName}</span>
      </th>
      <td>
        <span className="cell-strong">Week {s.week}</span>
        <span className="cell-sub">
          {s.assignment.title}
          {s.version > 1 && ` · version ${s.version}`}
        </span>
      </td>
      <td className="cell-nowrap">
        <DateTime value={s.submittedAt} />
        {s.late && (
          <>
            {' '}
            <LatePill />
          </>
        )}
      </td>
      <td className="cell-nowrap">
        <span className={`pill pill-state-${s.state.toLowerCase()}`}>{GRADING_STATE_LABEL[s.state]}</span>
        {s.review && (
          <span className="cell-sub">
            {VERDICT_LABEL[s.review.verdict]} · {s.review.total} / {s.assignment.maxPoints}
          </span>
        )}
      </td>
      <td className="cell-actions">
        <Link className={`button button-small ${s.state === 'RELEASED' ? 'button-secondary' : 'button-primary'}`} to={`/coach/submissions/${s.id}${search}`} aria-label={`${action} ${s.learner.name}, week ${s.week}${s.version > 1 ? `, version ${s.version}` : ''}`}>
          {action}
        </Link>
      </td>
    </tr>
  );
}
