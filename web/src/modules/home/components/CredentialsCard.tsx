import { FormattedMessage, useIntl } from 'react-intl';
import { CredentialList } from '../../credential/components/CredentialList';
import { useLearnerCredentials } from '../../credential/hooks/useCredentials';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';

/** The learner's credentials, each with its public verification page, certificate and LinkedIn link. */
export function CredentialsCard() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useLearnerCredentials();
  return (
    <Card
      title={intl.formatMessage({ id: 'home.credentials.title', defaultMessage: 'Your credentials' })}
      description={intl.formatMessage({
        id: 'home.credentials.description',
        defaultMessage: 'Earned when you meet a programme’s completion criteria; anyone you share the link with can verify them.',
      })}
    >
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'home.credentials.loading', defaultMessage: 'Loading credentials…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'home.credentials.loadFailed', defaultMessage: 'Credentials could not be loaded' })}
          onRetry={() => void refetch()}
        />
      ) : !data?.myCredentials.length ? (
        <EmptyState title={intl.formatMessage({ id: 'home.credentials.emptyTitle', defaultMessage: 'No credentials yet' })}>
          <FormattedMessage
            id="home.credentials.emptyText"
            defaultMessage="Complete a programme to earn its credential; it will be listed here with a link anyone can use to verify it."
          />
        </EmptyState>
      ) : (
        <CredentialList credentials={data.myCredentials} />
      )}
    </Card>
  );
}
