import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../lib/router';
import { formatLocalDate } from '../lib/time';
import { cohortWeekLine, useCohorts } from '../modules/cohort/hooks/useCohorts';
import { Card } from '../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';
import { CohortStatusPill } from '../ui/StatusPill';
import { SPACE } from '../lib/jsx';

/** The gradebooks of the coach's cohorts, running ones first. */
export function CoachGradebooksPage() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useCohorts();
  const order = { RUNNING: 0, OPEN: 1, COMPLETED: 2, DRAFT: 3, ARCHIVED: 4 } as const;
  const cohorts = [...(data?.cohorts ?? [])].sort((a, b) => order[a.status] - order[b.status] || b.startDate.localeCompare(a.startDate));
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.coachGradebooks.title', defaultMessage: 'Gradebooks' })}
        eyebrow={intl.formatMessage({ id: 'pages.coachGradebooks.eyebrow', defaultMessage: 'Coach' })}
      >
        <p>
          <FormattedMessage
            id="pages.coachGradebooks.intro"
            defaultMessage="Every learner’s results week by week, one gradebook per cohort you coach."
          />
        </p>
      </PageHeader>
      <Card title={intl.formatMessage({ id: 'pages.coachGradebooks.cohortsTitle', defaultMessage: 'Your cohorts' })}>
        {loading && !data ? (
          <Loading label={intl.formatMessage({ id: 'pages.coachGradebooks.loading', defaultMessage: 'Loading your cohorts…' })} />
        ) : error && !data ? (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'pages.coachGradebooks.loadFailed', defaultMessage: 'Your cohorts could not be loaded' })}
            onRetry={() => void refetch()}
          />
        ) : cohorts.length === 0 ? (
          <EmptyState title={intl.formatMessage({ id: 'pages.coachGradebooks.emptyTitle', defaultMessage: 'No cohorts yet' })}>
            <FormattedMessage
              id="pages.coachGradebooks.emptyText"
              defaultMessage="When a partner assigns you to a cohort, its gradebook appears here."
            />
          </EmptyState>
        ) : (
          <ul className="link-list">
            {cohorts.map((c) => (
              <li key={c.id}>
                <Link className="cell-link" to={`/coach/cohorts/${c.id}/gradebook`}>
                  <FormattedMessage
                    id="pages.coachGradebooks.gradebookOf"
                    defaultMessage="Gradebook of {cohort}"
                    values={{ cohort: c.name }}
                  />
                </Link>
                {SPACE}
                <CohortStatusPill status={c.status} />
                <span className="cell-sub">
                  <FormattedMessage
                    id="pages.coachGradebooks.cohortFacts"
                    defaultMessage="{code} · {weekLine} · {learners, plural, one {# learner} other {# learners}} · {partner}"
                    values={{
                      code: c.programme.code,
                      weekLine: cohortWeekLine(c, formatLocalDate(c.startDate), intl),
                      learners: c.seatsTaken,
                      partner: c.partnerName,
                    }}
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
