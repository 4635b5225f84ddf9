import { useEffect, useRef } from 'react';
import { ErrorNotice } from '../../../ui/Feedback';
import { Meter } from '../../../ui/Meter';
import { useIssuanceRun, type IssuanceRun } from '../hooks/useCredentials';

/** A bulk issuance as it runs: learners checked so far, and what happened to each, until it finishes. */
export function IssuanceProgress({ runId, onFinished }: { runId: string; onFinished: (run: IssuanceRun) => void }) {
  const { data, error, stopPolling } = useIssuanceRun(runId);
  const run = data?.issuanceRun;
  const reported = useRef(false);

  useEffect(() => {
    if (!run?.finished || reported.current) return;
    reported.current = true;
    stopPolling();
    onFinished(run);
  }, [run, stopPolling, onFinished]);

  if (!run) return error ? <ErrorNotice error={error} title="The issuance’s progress could not be read" /> : null;
  const percent = run.total ? (100 * run.done) / run.total : 100;
  return (
    <div className={`issuance-run${run.finished ? ' issuance-run-finished' : ''}`}>
      <div className="stat-head">
        <span className="stat-label">{run.finished ? 'Issuance finished' : 'Issuing credentials…'}</span>
        <span className="stat-value">
          {run.done} of {run.total}
          <span className="visually-hidden"> learners checked</span>
        </span>
      </div>
      <Meter label="Learners checked" percent={percent} tone={run.finished ? (run.failed ? 'warning' : 'success') : 'accent'} />
      <p className="issuance-tally">
        <span className="tally tally-issued">
          <strong>{run.issued}</strong> issued
        </span>
        <span className="tally">
          <strong>{run.alreadyHeld}</strong> already held
        </span>
        <span className="tally">
          <strong>{run.notEligible}</strong> not eligible
        </span>
        <span className={`tally${run.failed ? ' tally-failed' : ''}`}>
          <strong>{run.failed}</strong> failed
        </span>
      </p>
      {/* one announcement when it starts and one when it ends, not one per learner */}
      <p className="visually-hidden" role="status">
        {run.finished ? `Issuance finished: ${run.issued} issued, ${run.alreadyHeld} already held, ${run.notEligible} not eligible, ${run.failed} failed.` : 'Issuing credentials.'}
      </p>
      {error != null && <ErrorNotice error={error} title="The progress stopped updating" />}
    </div>
  );
}
