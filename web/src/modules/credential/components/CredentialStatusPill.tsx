import { FormattedMessage } from 'react-intl';
import type { CredentialStatus } from '../../../gql/graphql';
import { CREDENTIAL_STATUS_MESSAGES } from '../hooks/credentialStatus';

export function CredentialStatusPill({ status }: { status: CredentialStatus }) {
  return (
    <span className={`pill pill-credential-${status.toLowerCase()}`}>
      <FormattedMessage {...CREDENTIAL_STATUS_MESSAGES[status]} />
    </span>
  );
}
