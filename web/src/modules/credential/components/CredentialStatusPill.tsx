import type { CredentialStatus } from '../../../gql/graphql';
import { CREDENTIAL_STATUS_LABEL } from '../hooks/useCredentials';

export function CredentialStatusPill({ status }: { status: CredentialStatus }) {
  return <span className={`pill pill-credential-${status.toLowerCase()}`}>{CREDENTIAL_STATUS_LABEL[status]}</span>;
}
