import { Link } from 'react-router';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { useGradebook } from '../hooks/useGradebook';
import { gradebookCounts } from './GradebookGrid';
import '../../../styles/grading.css';

/** The partner admin's cohort page: grading in one line, and the way to the gradebook. */
export function CohortGradingCard({ cohortId }: { cohortId: string }) {
  const { data, loading, error } = useGradebook(cohortId);
  const link = (
    <Link className="button button-secondary button-small" to={`/partner/cohorts/${cohortId}/gradebook`}>
      Open the gradebook
    </Link>
  );
  const g = data?.gradebook;
  const c = g ? gradebookCounts(g) : null;
  return (
    <Card title="Grading" description="Submissions, reviews and due dates of this cohort’s weekly assignments." actions={link}>
      {loading && !g ? (
        <Loading label="Counting submissions…" />
      ) : error && !g ? (
        <ErrorNotice error={error} title="Grading could not be summarised" />
      ) : c ? (
        <p className="grading-line">
          {c.learners} learners: {c.passed} of {c.possible} weekly assignments passed · {c.awaiting} awaiting review · {c.drafts} in draft · {c.missing} missing · {c.late} late
        </p>
      ) : null}
    </Card>
  );
}
