import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorNotice } from '../../../ui/Feedback';
import { NEXT_STATUS, useSetCohortStatus, type CohortView } from '../hooks/useCohorts';

/** The status moves a cohort can make from where it is. */
export function StatusActions({ cohort }: { cohort: CohortView }) {
  const intl = useIntl();
  const [setStatus, { loading }] = useSetCohortStatus();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const moves = NEXT_STATUS[cohort.status];
  if (moves.length === 0 && !error) return null;
  return (
    <div className="status-actions">
      <div
        className="status-buttons"
        role="group"
        aria-label={intl.formatMessage({ id: 'cohort.statusActions.groupLabel', defaultMessage: 'Change status' })}
      >
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
                setDone(
                  intl.formatMessage(
                    {
                      id: 'cohort.statusActions.done',
                      defaultMessage:
                        'The cohort is now {status, select, DRAFT {draft} OPEN {open for enrolment} RUNNING {running} COMPLETED {completed} ARCHIVED {archived} other {changed}}.',
                    },
                    { status: m.status },
                  ),
                );
              } catch (e) {
                setError(e);
              }
            }}
          >
            {intl.formatMessage(m.label)}
          </button>
        ))}
      </div>
      <p className="copy-status" role="status">
        {done}
      </p>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'cohort.statusActions.failed', defaultMessage: 'The status was not changed' })}
        />
      )}
    </div>
  );
}
