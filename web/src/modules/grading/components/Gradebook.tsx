import { errorCode } from '../../../lib/errors';
import { Breadcrumb } from '../../../ui/Breadcrumb';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { PageHeader } from '../../../ui/PageHeader';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useCohort } from '../../cohort/hooks/useCohorts';
import { useGradebook } from '../hooks/useGradebook';
import { DueDatesCard } from './DueDatesCard';
import { GradebookGrid, gradebookCounts } from './GradebookGrid';
import '../../../styles/grading.css';

/** A cohort's gradebook for its coaches and partner admins: the grid, the CSV export and the due dates. */
export function Gradebook({ cohortId, home }: { cohortId: string; home: 'coach' | 'partner' }) {
  const viewerZone = useTimeZone();
  const { data, loading, error, refetch } = useGradebook(cohortId);
  const cohort = useCohort(cohortId).data?.cohort;
  const g = data?.gradebook;
  const eyebrow = home === 'coach' ? 'Coach · gradebook' : 'Partner admin · gradebook';
  const breadcrumb = (
    <Breadcrumb
      trail={
        home === 'coach'
          ? [
              { to: '/coach', label: 'Your cohorts' },
              { to: `/coach/grading?cohort=${cohortId}`, label: 'Grading queue' },
            ]
          : [
              { to: '/partner/cohorts', label: 'Cohorts' },
              { to: `/partner/cohorts/${cohortId}`, label: g?.cohortName ?? cohort?.name ?? 'Cohort' },
            ]
      }
      current="Gradebook"
    />
  );

  if (loading && !g) return <Loading label="Loading the gradebook…" />;
  if (!g) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {breadcrumb}
        <PageHeader title={missing ? 'Cohort not found' : 'Gradebook'} eyebrow={eyebrow} />
        <ErrorNotice error={error} onRetry={missing ? undefined : () => void refetch()} />
      </>
    );
  }
  const counts = gradebookCounts(g);
  const openWeeks = cohort ? new Set(cohort.weeks.filter((w) => w.open).map((w) => w.week)) : null;
  return (
    <>
      {breadcrumb}
      <PageHeader
        title={`Gradebook: ${g.cohortName}`}
        eyebrow={eyebrow}
        actions={
          <a className="button button-secondary" href={g.csvUrl} download>
            Download CSV
          </a>
        }
      >
        <p className="cohort-facts">
          <span>{counts.learners} learners</span>
          <span>{counts.awaiting} awaiting review</span>
          <span>
            {counts.drafts} draft {counts.drafts === 1 ? 'review' : 'reviews'}
          </span>
          <span>{counts.missing} missing</span>
          <span>{counts.late} late</span>
          <span>
            {counts.passed} of {counts.possible} weekly assignments passed
          </span>
        </p>
      </PageHeader>
      <div className="stack page-stack">
        <Card title="Learners by week" description={home === 'coach' ? 'The latest version of each learner’s work. Open a cell to grade it.' : 'The latest version of each learner’s work and its review.'}>
          {g.rows.length === 0 ? (
            <EmptyState title="No learners yet">Learners appear here once they are enrolled.</EmptyState>
          ) : (
            <>
              <GradebookGrid gradebook={g} openWeeks={openWeeks} linkSubmissions={home === 'coach'} />
              <p className="gradebook-legend field-hint">
                <strong>Late</strong>: submitted after the learner’s due point. <strong>Overdue</strong>: nothing submitted and the due point has passed. <strong>Extended</strong>: the learner has their own due point.{' '}
                <strong>v2</strong>: the version shown. Scores are out of the rubric’s maximum.
              </p>
            </>
          )}
        </Card>
        <DueDatesCard cohortId={cohortId} timeZone={cohort?.timeZone ?? viewerZone} rows={g.rows} />
      </div>
    </>
  );
}
