import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { CredentialStatus } from '../../../gql/graphql';

// apart from the hooks (useCredentials) so the public credential page, which shows a status, needs no Apollo client
/** A credential's status, to show: `intl.formatMessage(CREDENTIAL_STATUS_MESSAGES[status])`. */
export const CREDENTIAL_STATUS_MESSAGES: Record<CredentialStatus, MessageDescriptor> = defineMessages({
  ACTIVE: { id: 'credential.status.active', defaultMessage: 'Active' },
  REVOKED: { id: 'credential.status.revoked', defaultMessage: 'Revoked' },
  EXPIRED: { id: 'credential.status.expired', defaultMessage: 'Expired' },
});
