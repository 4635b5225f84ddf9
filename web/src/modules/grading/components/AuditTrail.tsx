import { FormattedMessage, useIntl } from 'react-intl';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { AUDIT_ACTION_LABEL, VERDICT_LABEL } from '../hooks/labels';
import { SEPARATOR } from '../hooks/messages';
import { useReviewAudit } from '../hooks/useGrading';

/** Who changed the review and when, oldest first, with the review as it then was. */
export function AuditTrail({ submissionId, maxPoints }: { submissionId: string; maxPoints: number }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useReviewAudit(submissionId);
  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'grading.auditTrail.loading', defaultMessage: 'Loading the history…' })} />;
  if (error && !data)
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'grading.auditTrail.loadFailed', defaultMessage: 'The history could not be loaded' })}
        onRetry={() => void refetch()}
      />
    );
  const entries = data?.reviewAudit ?? [];
  if (entries.length === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: 'grading.auditTrail.emptyTitle', defaultMessage: 'No review yet' })}>
        <FormattedMessage id="grading.auditTrail.emptyText" defaultMessage="Each save and the release are recorded here." />
      </EmptyState>
    );
  }
  return (
    <ol className="audit-list">
      {entries.map((e) => (
        <li key={e.id} className={`audit-entry audit-${e.action.toLowerCase()}`}>
          <p className="audit-head">
            <span className="cell-strong">{intl.formatMessage(AUDIT_ACTION_LABEL[e.action])}</span>
            <span className="muted">
              {e.actor && (
                <>
                  {' '}
                  <FormattedMessage id="grading.auditTrail.by" defaultMessage="by {name}" values={{ name: e.actor.name }} />
                </>
              )}
              {SEPARATOR}
              <DateTime value={e.at} />
            </span>
          </p>
          <p className="audit-meta">
            <FormattedMessage
              id="grading.auditTrail.meta"
              defaultMessage="Version {version, number} · {verdict} · {total, number} / {max, plural, one {# point} other {# points}}"
              values={{ version: e.reviewVersion, verdict: intl.formatMessage(VERDICT_LABEL[e.verdict]), total: e.total, max: maxPoints }}
            />
          </p>
          {e.feedback && (
            <p className="audit-feedback" title={e.feedback}>
              <FormattedMessage id="grading.auditTrail.quotedFeedback" defaultMessage="“{feedback}”" values={{ feedback: e.feedback }} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
