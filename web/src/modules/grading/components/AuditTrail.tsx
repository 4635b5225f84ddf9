import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { AUDIT_ACTION_LABEL, VERDICT_LABEL } from '../hooks/labels';
import { useReviewAudit } from '../hooks/useGrading';

/** Who changed the review and when, oldest first, with the review as it then was. */
export function AuditTrail({ submissionId, maxPoints }: { submissionId: string; maxPoints: number }) {
  const { data, loading, error, refetch } = useReviewAudit(submissionId);
  if (loading && !data) return <Loading label="Loading the history…" />;
  if (error && !data) return <ErrorNotice error={error} title="The history could not be loaded" onRetry={() => void refetch()} />;
  const entries = data?.reviewAudit ?? [];
  if (entries.length === 0) return <EmptyState title="No review yet">Each save and the release are recorded here.</EmptyState>;
  return (
    <ol className="audit-list">
      {entries.map((e) => (
        <li key={e.id} className={`audit-entry audit-${e.action.toLowerCase()}`}>
          <p className="audit-head">
            <span className="cell-strong">{AUDIT_ACTION_LABEL[e.action]}</span>
            <span className="muted">
              {e.actor ? ` by ${e.actor.name}` : ''} · <DateTime value={e.at} />
            </span>
          </p>
          <p className="audit-meta">
            Version {e.reviewVersion} · {VERDICT_LABEL[e.verdict]} · {e.total} / {maxPoints} points
          </p>
          {e.feedback && (
            <p className="audit-feedback" title={e.feedback}>
              “{e.feedback}”
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
