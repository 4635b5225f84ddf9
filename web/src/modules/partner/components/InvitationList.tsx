import { useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { InvitationFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { useInvitations, useResendInvitation, useRevokeInvitation } from '../hooks/usePeople';
import { ROLE_NAME } from '../hooks/roleMessages';

const STATE_LABEL = defineMessages({
  PENDING: { id: 'partner.invitations.statePending', defaultMessage: 'Pending' },
  ACCEPTED: { id: 'partner.invitations.stateAccepted', defaultMessage: 'Accepted' },
  EXPIRED: { id: 'partner.invitations.stateExpired', defaultMessage: 'Expired' },
  REVOKED: { id: 'partner.invitations.stateRevoked', defaultMessage: 'Revoked' },
});

/** Pending invitations (revocable, link copyable while known), then the earlier ones. */
export function InvitationList({ partnerId }: { partnerId: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useInvitations(partnerId);
  const invitations = data?.invitations ?? [];
  const pending = invitations.filter((i) => i.state === 'PENDING');
  const earlier = invitations.filter((i) => i.state !== 'PENDING');

  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'partner.invitations.loading', defaultMessage: 'Loading invitations…' })} />;
  if (error && !data) {
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'partner.invitations.loadFailed', defaultMessage: 'Invitations could not be loaded' })}
        onRetry={() => void refetch()}
      />
    );
  }

  return (
    <div className="stack">
      {pending.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'partner.invitations.emptyTitle', defaultMessage: 'No pending invitations' })}>
          <FormattedMessage id="partner.invitations.emptyText" defaultMessage="People you invite appear here until they accept." />
        </EmptyState>
      ) : (
        <ul
          className="invitation-list"
          aria-label={intl.formatMessage({ id: 'partner.invitations.pendingLabel', defaultMessage: 'Pending invitations' })}
        >
          {pending.map((inv) => (
            <PendingInvitation key={inv.id} invitation={inv} />
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <details className="earlier">
          <summary>
            <FormattedMessage
              id="partner.invitations.earlierSummary"
              defaultMessage="Earlier invitations ({count, number})"
              values={{ count: earlier.length }}
            />
          </summary>
          <DataTable
            name={{ caption: intl.formatMessage({ id: 'partner.invitations.earlierCaption', defaultMessage: 'Earlier invitations' }) }}
            className="table-compact"
            wrap={false}
            columns={[
              intl.formatMessage({ id: 'partner.invitations.colPerson', defaultMessage: 'Person' }),
              intl.formatMessage({ id: 'partner.invitations.colRole', defaultMessage: 'Role' }),
              intl.formatMessage({ id: 'partner.invitations.colState', defaultMessage: 'State' }),
              intl.formatMessage({ id: 'partner.invitations.colSent', defaultMessage: 'Sent' }),
            ]}
            rows={earlier}
            rowKey={(inv) => inv.id}
            renderRow={(inv) => (
              <tr>
                <th scope="row">
                  <span className="cell-strong">{inv.name}</span>
                  <span className="cell-sub">{inv.email}</span>
                </th>
                <td>{intl.formatMessage(ROLE_NAME[inv.role])}</td>
                <td>
                  <span className={`pill pill-${inv.state.toLowerCase()}`}>{intl.formatMessage(STATE_LABEL[inv.state])}</span>
                </td>
                <td>
                  <DateTime value={inv.createdAt} />
                </td>
              </tr>
            )}
          />
        </details>
      )}
    </div>
  );
}

function PendingInvitation({ invitation: inv }: { invitation: InvitationFieldsFragment }) {
  const intl = useIntl();
  const [revoke, { loading }] = useRevokeInvitation();
  const [resend, resending] = useResendInvitation();
  const [error, setError] = useState<unknown>(null);
  return (
    <li className="invitation">
      <div className="invitation-head">
        <div>
          <p className="person-name">
            {inv.name} <span className="pill">{intl.formatMessage(ROLE_NAME[inv.role])}</span>
          </p>
          <p className="person-meta">
            <FormattedMessage
              id="partner.invitations.sentExpires"
              defaultMessage="{email} · sent {sent} · expires {expires}"
              values={{ email: inv.email, sent: <DateTime value={inv.createdAt} />, expires: <DateTime value={inv.expiresAt} /> }}
            />
          </p>
        </div>
        <div className="form-actions wrap">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={intl.formatMessage(
              { id: 'partner.invitations.resendNamed', defaultMessage: 'Resend the invitation to {name}' },
              { name: inv.name },
            )}
            disabled={resending.loading}
            onClick={async () => {
              setError(null);
              try {
                await resend({ variables: { id: inv.id } });
              } catch (e) {
                setError(e);
              }
            }}
          >
            {resending.loading
              ? intl.formatMessage({ id: 'partner.invitations.sending', defaultMessage: 'Sending…' })
              : intl.formatMessage({ id: 'partner.invitations.resend', defaultMessage: 'Resend' })}
          </button>
          <ConfirmButton
            label={intl.formatMessage({ id: 'partner.invitations.revoke', defaultMessage: 'Revoke' })}
            accessibleLabel={intl.formatMessage(
              { id: 'partner.invitations.revokeNamed', defaultMessage: 'Revoke the invitation for {name}' },
              { name: inv.name },
            )}
            question={intl.formatMessage({ id: 'partner.invitations.revokeQuestion', defaultMessage: 'Revoke this invitation?' })}
            confirmLabel={intl.formatMessage({ id: 'partner.invitations.revoke', defaultMessage: 'Revoke' })}
            busy={loading}
            onConfirm={async () => {
              setError(null);
              try {
                await revoke({ variables: { id: inv.id } });
              } catch (e) {
                setError(e);
              }
            }}
          />
        </div>
      </div>
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'partner.invitations.changeFailed', defaultMessage: 'The invitation was not changed' })}
        />
      )}
      <p className="field-hint">
        <FormattedMessage
          id="partner.invitations.linkHint"
          defaultMessage="The link went by email to {email} only. Resend it for a new one: the old link stops working."
          values={{ email: inv.email }}
        />
      </p>
    </li>
  );
}
