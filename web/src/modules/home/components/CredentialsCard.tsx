import { CredentialList } from '../../credential/components/CredentialList';
import { useLearnerCredentials } from '../../credential/hooks/useCredentials';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';

/** The learner's credentials, each with its public verification page, certificate and LinkedIn link. */
export function CredentialsCard() {
  const { data, loading, error, refetch } = useLearnerCredentials();
  return (
    <Card title="Your credentials" description="Earned when you meet a programme’s completion criteria; anyone you share the link with can verify them.">
      {loading && !data ? (
        <Loading label="Loading credentials…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Credentials could not be loaded" onRetry={() => void refetch()} />
      ) : !data?.myCredentials.length ? (
        <EmptyState title="No credentials yet">Complete a programme to earn its credential; it will be listed here with a link anyone can use to verify it.</EmptyState>
      ) : (
        <CredentialList credentials={data.myCredentials} />
      )}
    </Card>
  );
}
