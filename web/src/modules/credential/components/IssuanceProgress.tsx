import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorNotice } from '../../../ui/Feedback';
import { Meter } from '../../../ui/Meter';
import { useIssuanceRun, type IssuanceRun } from '../hooks/useCredentials';

/** A bulk issuance as it runs: learners checked so far, and what happened to each, until it finishes. */
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

export function IssuanceProgress({ runId, onFinished }: { runId: string; onFinished: (run: IssuanceRun) => void }) {
  const intl = useIntl();
  const { data, error, stopPolling } = useIssuanceRun(runId);
  const run = data?.issuanceRun;
  const reported = useRef(false);

  useEffect(() => {
    if (!run?.finished || reported.current) return;
    reported.current = true;
    stopPolling();
    onFinished(run);
  }, [run, stopPolling, onFinished]);

  if (!run)
    return error ? (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'credential.issuance.readFailed', defaultMessage: 'The issuance’s progress could not be read' })}
      />
    ) : null;
  const percent = run.total ? (100 * run.done) / run.total : 100;
  return (
    <div className={`issuance-run${run.finished ? ' issuance-run-finished' : ''}`}>
      <div className="stat-head">
        <span className="stat-label">
          {run.finished ? (
            <FormattedMessage id="credential.issuance.finished" defaultMessage="Issuance finished" />
          ) : (
            <FormattedMessage id="credential.issuance.running" defaultMessage="Issuing credentials…" />
          )}
        </span>
        <span className="stat-value">
          <FormattedMessage
            id="credential.issuance.progress"
            defaultMessage="{done, number} of {total, number}<hidden> learners checked</hidden>"
            values={{
              done: run.done,
              total: run.total,
              hidden: (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>,
            }}
          />
        </span>
      </div>
      <Meter
        label={intl.formatMessage({ id: 'credential.issuance.meter', defaultMessage: 'Learners checked' })}
        percent={percent}
        tone={run.finished ? (run.failed ? 'warning' : 'success') : 'accent'}
      />
      <p className="issuance-tally">
        <span className="tally tally-issued">
          <FormattedMessage
            id="credential.issuance.issued"
            defaultMessage="<b>{count, number}</b> issued"
            values={{ count: run.issued, b: strong }}
          />
        </span>
        <span className="tally">
          <FormattedMessage
            id="credential.issuance.alreadyHeld"
            defaultMessage="<b>{count, number}</b> already held"
            values={{ count: run.alreadyHeld, b: strong }}
          />
        </span>
        <span className="tally">
          <FormattedMessage
            id="credential.issuance.notEligible"
            defaultMessage="<b>{count, number}</b> not eligible"
            values={{ count: run.notEligible, b: strong }}
          />
        </span>
        <span className={`tally${run.failed ? ' tally-failed' : ''}`}>
          <FormattedMessage
            id="credential.issuance.failed"
            defaultMessage="<b>{count, number}</b> failed"
            values={{ count: run.failed, b: strong }}
          />
        </span>
      </p>
      {/* one announcement when it starts and one when it ends, not one per learner */}
      <p className="visually-hidden" role="status">
        {run.finished
          ? intl.formatMessage(
              {
                id: 'credential.issuance.finishedAnnouncement',
                defaultMessage:
                  'Issuance finished: {issued, number} issued, {alreadyHeld, number} already held, {notEligible, number} not eligible, {failed, number} failed.',
              },
              { issued: run.issued, alreadyHeld: run.alreadyHeld, notEligible: run.notEligible, failed: run.failed },
            )
          : intl.formatMessage({ id: 'credential.issuance.runningAnnouncement', defaultMessage: 'Issuing credentials.' })}
      </p>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'credential.issuance.stopped', defaultMessage: 'The progress stopped updating' })}
        />
      )}
    </div>
  );
}
