import { useQuery } from '@apollo/client/react';
import { MyCredentialsDocument } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';

/** The learner's credentials, each with its public verification page. */
export function CredentialsCard() {
  const { data, loading, error, refetch } = useQuery(MyCredentialsDocument);
  return (
    <Card title="Your credentials" description="Earned when you meet a programme's completion criteria.">
      {loading && !data ? (
        <Loading label="Loading credentials…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Credentials could not be loaded" onRetry={() => void refetch()} />
      ) : !data?.myCredentials.length ? (
        <EmptyState title="No credentials yet">Complete a programme to earn its credential; it will be listed here with a link anyone can use to verify it.</EmptyState>
      ) : (
        <ul className="link-list">
          {data.myCredentials.map((c) => (
            <li key={c.id}>
              <a href={c.verificationUrl}>View and share credential</a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
