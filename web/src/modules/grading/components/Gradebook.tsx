import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorCode } from '../../../lib/errors';
import { Breadcrumb } from '../../../ui/Breadcrumb';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { TablePager } from '../../../ui/DataTable';
import { ListSearch } from '../../../ui/ListSearch';
import { PageHeader } from '../../../ui/PageHeader';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useCohort } from '../../cohort/hooks/useCohorts';
import { GRADEBOOK_PAGE, useGradebook } from '../hooks/useGradebook';
import { gradingMessages } from '../hooks/messages';
import { DueDatesCard } from './DueDatesCard';
import { GradebookGrid } from './GradebookGrid';
import '../../../styles/grading.css';

/** A cohort's gradebook for its coaches and partner admins: the grid, the CSV export and the due dates. */
export function Gradebook({ cohortId, home }: { cohortId: string; home: 'coach' | 'partner' }) {
  const intl = useIntl();
  const viewerZone = useTimeZone();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const { data, loading, error, refetch } = useGradebook(cohortId, search, page, home === 'coach');
  const cohort = useCohort(cohortId).data?.cohort;
  const g = data?.gradebook;
  // a shorter list (a learner gone, a due date moved) can leave the page past the end: back to the first
  useEffect(() => {
    if (g && g.rows.length === 0 && page > 0) setPage(0);
  }, [g, page]);
  const eyebrow =
    home === 'coach'
      ? intl.formatMessage({ id: 'grading.gradebook.coachEyebrow', defaultMessage: 'Coach · gradebook' })
      : intl.formatMessage({ id: 'grading.gradebook.partnerEyebrow', defaultMessage: 'Partner admin · gradebook' });
  const gradebookWord = intl.formatMessage(gradingMessages.gradebook);
  const breadcrumb = (
    <Breadcrumb
      trail={
        home === 'coach'
          ? [
              { to: '/coach', label: intl.formatMessage({ id: 'grading.gradebook.yourCohorts', defaultMessage: 'Your cohorts' }) },
              { to: `/coach/grading?cohort=${cohortId}`, label: intl.formatMessage(gradingMessages.gradingQueue) },
            ]
          : [
              { to: '/partner/cohorts', label: intl.formatMessage({ id: 'grading.gradebook.cohorts', defaultMessage: 'Cohorts' }) },
              {
                to: `/partner/cohorts/${cohortId}`,
                label: g?.cohortName ?? cohort?.name ?? intl.formatMessage({ id: 'grading.gradebook.cohort', defaultMessage: 'Cohort' }),
              },
            ]
      }
      current={gradebookWord}
    />
  );

  if (loading && !g)
    return <Loading label={intl.formatMessage({ id: 'grading.gradebook.loading', defaultMessage: 'Loading the gradebook…' })} />;
  if (!g) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader
          title={
            missing ? intl.formatMessage({ id: 'grading.gradebook.cohortNotFound', defaultMessage: 'Cohort not found' }) : gradebookWord
          }
          eyebrow={eyebrow}
        />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  const counts = g.summary;
  const pages = Math.max(1, Math.ceil(g.total / GRADEBOOK_PAGE));
  const first = page * GRADEBOOK_PAGE + 1;
  const searchLabel = intl.formatMessage({ id: 'grading.gradebook.searchLabel', defaultMessage: 'Search learners by name or email' });
  const openWeeks = cohort ? new Set(cohort.weeks.filter((w) => w.open).map((w) => w.week)) : null;
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={intl.formatMessage({ id: 'grading.gradebook.title', defaultMessage: 'Gradebook: {cohort}' }, { cohort: g.cohortName })}
        eyebrow={eyebrow}
        actions={
          <a className="button button-secondary" href={g.csvUrl} download>
            <FormattedMessage id="grading.gradebook.downloadCsv" defaultMessage="Download CSV" />
          </a>
        }
      >
        <p className="cohort-facts">
          <span>
            <FormattedMessage
              id="grading.gradebook.learners"
              defaultMessage="{count, plural, one {# learner} other {# learners}}"
              values={{ count: counts.learners }}
            />
          </span>
          <span>
            <FormattedMessage
              id="grading.gradebook.awaiting"
              defaultMessage="{count, number} awaiting review"
              values={{ count: counts.awaiting }}
            />
          </span>
          <span>
            <FormattedMessage
              id="grading.gradebook.drafts"
              defaultMessage="{count, plural, one {# draft review} other {# draft reviews}}"
              values={{ count: counts.drafts }}
            />
          </span>
          <span>
            <FormattedMessage id="grading.gradebook.missing" defaultMessage="{count, number} missing" values={{ count: counts.missing }} />
          </span>
          <span>
            <FormattedMessage id="grading.gradebook.late" defaultMessage="{count, number} late" values={{ count: counts.late }} />
          </span>
          <span>
            <FormattedMessage
              id="grading.gradebook.passed"
              defaultMessage="{passed, number} of {possible, plural, one {# weekly assignment} other {# weekly assignments}} passed"
              values={{ passed: counts.passed, possible: counts.possible }}
            />
          </span>
        </p>
      </PageHeader>
      <div className="stack page-stack">
        <Card
          title={intl.formatMessage({ id: 'grading.gradebook.gridTitle', defaultMessage: 'Learners by week' })}
          description={
            home === 'coach'
              ? intl.formatMessage({
                  id: 'grading.gradebook.gridDescriptionCoach',
                  defaultMessage: 'The latest version of each learner’s work. Open a cell to grade it.',
                })
              : intl.formatMessage({
                  id: 'grading.gradebook.gridDescriptionPartner',
                  defaultMessage: 'The latest version of each learner’s work and its review.',
                })
          }
        >
          {(g.total > GRADEBOOK_PAGE || search) && (
            <ListSearch
              id={`gradebook-search-${cohortId}`}
              label={searchLabel}
              region={intl.formatMessage({ id: 'grading.gradebook.searchRegion', defaultMessage: 'Search the gradebook' })}
              value={search}
              onChange={(value) => {
                setSearch(value);
                setPage(0);
              }}
            />
          )}
          {g.rows.length === 0 && search.trim() ? (
            <EmptyState
              title={intl.formatMessage(
                { id: 'grading.gradebook.noMatch', defaultMessage: 'No learners match “{search}”' },
                { search: search.trim() },
              )}
            />
          ) : g.rows.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'grading.gradebook.emptyTitle', defaultMessage: 'No learners yet' })}>
              <FormattedMessage id="grading.gradebook.emptyText" defaultMessage="Learners appear here once they are enrolled." />
            </EmptyState>
          ) : (
            <>
              <GradebookGrid gradebook={g} openWeeks={openWeeks} linkSubmissions={home === 'coach'} />
              {(g.total > GRADEBOOK_PAGE || page > 0) && (
                <TablePager
                  pager={{
                    label: intl.formatMessage({ id: 'grading.gradebook.pagerLabel', defaultMessage: 'Pages of the gradebook' }),
                    summary: intl.formatMessage(
                      {
                        id: 'grading.gradebook.pagerSummary',
                        defaultMessage: '{first, number}–{last, number} of {total, number} · page {page, number} of {pages, number}',
                      },
                      { first, last: first + g.rows.length - 1, total: g.total, page: page + 1, pages },
                    ),
                    onPrevious: page > 0 ? () => setPage(page - 1) : undefined,
                    onNext: page + 1 < pages ? () => setPage(page + 1) : undefined,
                  }}
                />
              )}
              <p className="gradebook-legend field-hint">
                <FormattedMessage
                  id="grading.gradebook.legend"
                  defaultMessage="<b>Late</b>: submitted after the learner’s due point. <b>Overdue</b>: nothing submitted and the due point has passed. <b>Extended</b>: the learner has their own due point. <b>v2</b>: the version shown. Scores are out of the rubric’s maximum."
                  values={{ b: (chunks) => <strong>{chunks}</strong> }}
                />
              </p>
            </>
          )}
        </Card>
        <DueDatesCard cohortId={cohortId} timeZone={cohort?.timeZone ?? viewerZone} rows={g.rows} />
      </div>
    </>
  );
}
