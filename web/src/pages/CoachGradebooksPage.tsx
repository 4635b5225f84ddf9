import { Link } from 'react-router';
import { formatLocalDate } from '../lib/time';
import { cohortWeekLine, useCohorts } from '../modules/cohort/hooks/useCohorts';
import { Card } from '../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { CohortStatusPill } from '../ui/StatusPill';

/** The gradebooks of the coach's cohorts, running ones first. */
export function CoachGradebooksPage() {
  const { data, loading, error, refetch } = useCohorts();
  const order = { RUNNING: 0, OPEN: 1, COMPLETED: 2, DRAFT: 3, ARCHIVED: 4 } as const;
  const cohorts = [...(data?.cohorts ?? [])].sort((a, b) => order[a.status] - order[b.status] || b.startDate.localeCompare(a.startDate));
  return (
    <>
      <PageHeader title="Gradebooks" eyebrow="Coach">
        <p>Every learner’s results week by week, one gradebook per cohort you coach.</p>
      </PageHeader>
      <Card title="Your cohorts">
        {loading && !data ? (
          <Loading label="Loading your cohorts…" />
        ) : error && !data ? (
          <ErrorNotice error={error} title="Your cohorts could not be loaded" onRetry={() => void refetch()} />
        ) : cohorts.length === 0 ? (
          <EmptyState title="No cohorts yet">When a partner assigns you to a cohort, its gradebook appears here.</EmptyState>
        ) : (
          <ul className="link-list">
            {cohorts.map((c) => (
              <li key={c.id}>
                <Link className="cell-link" to={`/coach/cohorts/${c.id}/gradebook`}>
                  Gradebook of {c.name}
                </Link>{' '}
                <CohortStatusPill status={c.status} />
                <span className="cell-sub">
                  {c.programme.code} · {cohortWeekLine(c, formatLocalDate(c.startDate))} · {c.seatsTaken} learners · {c.partnerName}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
