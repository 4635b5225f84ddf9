import { useCallback, useId, useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { formatNumber } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading, SuccessNotice } from '../../../ui/Feedback';
import { useCohortEligibility, useIssueCohortCredentials } from '../hooks/useCredentials';
import { EligibilityRow } from './EligibilityRow';
import { IssuanceProgress } from './IssuanceProgress';
import '../../../styles/credential.css';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Why “Issue to all eligible” has nothing to do. */
const NOTHING_TO_ISSUE = defineMessages({
  noLearners: { id: 'credential.cohortCard.issueAllNoLearners', defaultMessage: 'Nobody to issue to: the cohort has no learners yet.' },
  allHold: {
    id: 'credential.cohortCard.issueAllAllHold',
    defaultMessage: 'Nobody to issue to: every learner already holds the credential.',
  },
  eligibleHold: {
    id: 'credential.cohortCard.issueAllEligibleHold',
    defaultMessage:
      'Nobody to issue to: everyone eligible already holds the credential, and the others have not met the completion criteria yet.',
  },
  noneEligible: {
    id: 'credential.cohortCard.issueAllNoneEligible',
    defaultMessage: 'Nobody to issue to: no learner has met the completion criteria yet.',
  },
});

/**
 * The partner admin's view of a cohort's credentials: each learner's eligibility, approval one
 * by one, a bulk run for everyone eligible (with live progress), and revocation.
 */
export function CohortCredentialsCard({ cohortId }: { cohortId: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useCohortEligibility(cohortId);
  const [issueAll, { loading: starting }] = useIssueCohortCredentials();
  const [runId, setRunId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = data?.cohortEligibility ?? [];
  const holders = rows.filter((r) => r.credentialId).length;
  const ready = rows.filter((r) => r.eligible && !r.credentialId).length;
  const reasonId = useId();
  // nothing for a bulk run to do: said beside the disabled button, not left to guess
  const nothingToIssue =
    ready > 0
      ? null
      : rows.length === 0
        ? NOTHING_TO_ISSUE.noLearners
        : holders === rows.length
          ? NOTHING_TO_ISSUE.allHold
          : holders > 0
            ? NOTHING_TO_ISSUE.eligibleHold
            : NOTHING_TO_ISSUE.noneEligible;

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
      title={
        <>
          <FormattedMessage id="credential.cohortCard.title" defaultMessage="Credentials" />
          {data && <span className="count">{formatNumber(holders)}</span>}
        </>
      }
      description={intl.formatMessage({
        id: 'credential.cohortCard.description',
        defaultMessage:
          'Eligibility counts released passing reviews, live-session attendance and coaching sessions held. Issue each learner’s credential on approval, or all eligible learners at once.',
      })}
      actions={
        data && (
          <button
            type="button"
            className="button button-primary button-small"
            disabled={starting || running || nothingToIssue !== null}
            aria-describedby={nothingToIssue && !running ? reasonId : undefined}
            onClick={() => void start()}
          >
            {starting || running ? (
              <FormattedMessage id="credential.cohortCard.issuing" defaultMessage="Issuing…" />
            ) : (
              <FormattedMessage id="credential.cohortCard.issueAll" defaultMessage="Issue to all eligible" />
            )}
          </button>
        )
      }
    >
      {data && rows.length > 0 && (
        <p className="credential-tally">
          <span>
            <FormattedMessage
              id="credential.cohortCard.ready"
              defaultMessage="<b>{count, number}</b> eligible, not yet issued"
              values={{ count: ready, b: strong }}
            />
          </span>
          <span>
            <FormattedMessage
              id="credential.cohortCard.holders"
              defaultMessage="{count, plural, one {<b>#</b> holds the credential} other {<b>#</b> hold the credential}}"
              values={{ count: holders, b: strong }}
            />
          </span>
          <span>
            <FormattedMessage
              id="credential.cohortCard.working"
              defaultMessage="<b>{count, number}</b> still working towards it"
              values={{ count: rows.length - holders - ready, b: strong }}
            />
          </span>
        </p>
      )}
      {data && nothingToIssue && !running && (
        <p id={reasonId} className="issue-all-reason">
          {intl.formatMessage(nothingToIssue)}
        </p>
      )}
      {runError != null && (
        <ErrorNotice
          error={runError}
          title={intl.formatMessage({ id: 'credential.cohortCard.notStarted', defaultMessage: 'The issuance did not start' })}
        />
      )}
      {runId && <IssuanceProgress key={runId} runId={runId} onFinished={finished} />}
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'credential.cohortCard.loading', defaultMessage: 'Loading eligibility…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'credential.cohortCard.loadFailed', defaultMessage: 'Eligibility could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : (
        <DataTable
          name={{
            caption: intl.formatMessage(
              { id: 'credential.cohortCard.caption', defaultMessage: 'Eligibility and credentials of the learners of {cohort}' },
              { cohort: data?.cohort.name },
            ),
          }}
          className="table-compact eligibility-table"
          columns={[
            intl.formatMessage({ id: 'credential.cohortCard.learner', defaultMessage: 'Learner' }),
            intl.formatMessage({ id: 'credential.cohortCard.criteria', defaultMessage: 'Criteria' }),
            intl.formatMessage({ id: 'credential.cohortCard.eligible', defaultMessage: 'Eligible' }),
            intl.formatMessage({ id: 'credential.cohortCard.credential', defaultMessage: 'Credential' }),
            { header: intl.formatMessage({ id: 'credential.cohortCard.actions', defaultMessage: 'Actions' }), hidden: true },
          ]}
          rows={rows}
          rowKey={(r) => r.enrolmentId}
          renderRow={(r) => <EligibilityRow ledger={r} onNotice={setNotice} />}
          empty={
            <EmptyState title={intl.formatMessage({ id: 'credential.cohortCard.emptyTitle', defaultMessage: 'No learners yet' })}>
              <FormattedMessage
                id="credential.cohortCard.emptyText"
                defaultMessage="Once learners are enrolled, what each has met of the completion criteria appears here."
              />
            </EmptyState>
          }
        />
      )}
    </Card>
  );
}
