import { useState } from 'react';
import { COHORT_STATUS_LABEL } from '../../../ui/StatusPill';
import { ErrorNotice } from '../../../ui/Feedback';
import { NEXT_STATUS, useSetCohortStatus, type CohortView } from '../hooks/useCohorts';

/** The status moves a cohort can make from where it is. */
export function StatusActions({ cohort }: { cohort: CohortView }) {
  const [setStatus, { loading }] = useSetCohortStatus();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const moves = NEXT_STATUS[cohort.status];
  if (moves.length === 0 && !error) return null;
  return (
    <div className="status-actions">
      <div className="status-buttons" role="group" aria-label="Change status">
        {moves.map((m, i) => (
          <button
            key={m.status}
            type="button"
            className={`button ${i === 0 ? 'button-primary' : 'button-secondary'}`}
            disabled={loading}
            onClick={async () => {
              setError(null);
              setDone(null);
              try {
                await setStatus({ variables: { id: cohort.id, status: m.status } });
                setDone(`The cohort is now ${COHORT_STATUS_LABEL[m.status].toLowerCase()}.`);
              } catch (e) {
                setError(e);
              }
            }}
          >
            {m.label}
          </button>
        ))}
      </div>
      <p className="copy-status" role="status">
        {done}
      </p>
      {error != null && <ErrorNotice error={error} title="The status was not changed" />}
    </div>
  );
}
