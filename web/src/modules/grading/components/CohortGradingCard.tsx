import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { useGradingSummary } from '../hooks/useGradebook';
import '../../../styles/grading.css';

/** The partner admin's cohort page: grading in one line, and the way to the gradebook. */
export function CohortGradingCard({ cohortId }: { cohortId: string }) {
  const intl = useIntl();
  const { data, loading, error } = useGradingSummary(cohortId);
  const link = (
    <Link className="button button-secondary button-small" to={`/partner/cohorts/${cohortId}/gradebook`}>
      <FormattedMessage id="grading.cohortCard.openGradebook" defaultMessage="Open the gradebook" />
    </Link>
  );
  const g = data?.gradebook;
  const c = g?.summary ?? null;
  return (
    <Card
      title={intl.formatMessage({ id: 'grading.cohortCard.title', defaultMessage: 'Grading' })}
      description={intl.formatMessage({
        id: 'grading.cohortCard.description',
        defaultMessage: 'Submissions, reviews and due dates of this cohort’s weekly assignments.',
      })}
      actions={link}
    >
      {loading && !g ? (
        <Loading label={intl.formatMessage({ id: 'grading.cohortCard.loading', defaultMessage: 'Counting submissions…' })} />
      ) : error && !g ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'grading.cohortCard.loadFailed', defaultMessage: 'Grading could not be summarised' })}
        />
      ) : c ? (
        <p className="grading-line">
          <FormattedMessage
            id="grading.cohortCard.summary"
            defaultMessage="{learners, plural, one {# learner} other {# learners}}: {passed, number} of {possible, plural, one {# weekly assignment} other {# weekly assignments}} passed · {awaiting, number} awaiting review · {drafts, number} in draft · {missing, number} missing · {late, number} late"
            values={{
              learners: c.learners,
              passed: c.passed,
              possible: c.possible,
              awaiting: c.awaiting,
              drafts: c.drafts,
              missing: c.missing,
              late: c.late,
            }}
          />
        </p>
      ) : null}
    </Card>
  );
}
