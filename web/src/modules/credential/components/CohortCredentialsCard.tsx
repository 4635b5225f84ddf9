import { useCallback, useState } from 'react';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useCohortEligibility, useIssueCohortCredentials } from '../hooks/useCredentials';
import { EligibilityRow } from './EligibilityRow';
import { IssuanceProgress } from './IssuanceProgress';
import '../../../styles/credential.css';

/**
 * The partner admin's view of a cohort's credentials: each learner's eligibility, approval one
 * by one, a bulk run for everyone eligible (with live progress), and revocation.
 */
export function CohortCredentialsCard({ cohortId }: { cohortId: string }) {
  const { data, loading, error, refetch } = useCohortEligibility(cohortId);
  const [issueAll, { loading: starting }] = useIssueCohortCredentials();
  const [runId, setRunId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = data?.cohortEligibility ?? [];
  const holders = rows.filter((r) => r.credentialId).length;
  const ready = rows.filter((r) => r.eligible && !r.credentialId).length;
  const without = rows.filter((r) => !r.credentialId).length;

  const start = async () => {
    setNotice(null);
    setRunError(null);
    try {
      const { data: started } = await issueAll({ variables: { cohortId } });
      if (!started) return;
      setRunId(started.issueCohortCredentials.id);
      setRunning(true);
    } catch (e) {
      setRunError(e);
    }
  };
  // whatever the run found, the ledger is read again: others may have issued in the meantime
  const finished = useCallback(() => {
    setRunning(false);
    void refetch();
  }, [refetch]);

  return (
    <Card
      title={<>Credentials{data && <span className="count">{holders}</span>}</>}
      description="Eligibility counts released passing reviews, live-session attendance and coaching sessions held. Issue each learner’s credential on approval, or all eligible learners at once."
      actions={
        data && (
          <button type="button" className="button button-primary button-small" disabled={starting || running || without === 0} onClick={() => void start()}>
            {starting || running ? 'Issuing…' : 'Issue to all eligible'}
          </button>
        )
      }
    >
      {data && rows.length > 0 && (
        <p className="credential-tally">
          <span>
            <strong>{ready}</strong> eligible, not yet issued
          </span>
          <span>
            <strong>{holders}</strong> {holders === 1 ? 'holds' : 'hold'} the credential
          </span>
          <span>
            <strong>{rows.length - holders - ready}</strong> still working towards it
          </span>
        </p>
      )}
      {runError != null && <ErrorNotice error={runError} title="The issuance did not start" />}
      {runId && <IssuanceProgress key={runId} runId={runId} onFinished={finished} />}
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {loading && !data ? (
        <Loading label="Loading eligibility…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Eligibility could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <DataTable
          name={{ caption: <>Eligibility and credentials of the learners of {data?.cohort.name}</> }}
          className="table-compact eligibility-table"
          columns={['Learner', 'Criteria', 'Eligible', 'Credential', { header: 'Actions', hidden: true }]}
          rows={rows}
          rowKey={(r) => r.enrolmentId}
          renderRow={(r) => <EligibilityRow ledger={r} onNotice={setNotice} />}
          empty={<EmptyState title="No learners yet">Once learners are enrolled, what each has met of the completion criteria appears here.</EmptyState>}
        />
      )}
    </Card>
  );
}
