import { useState } from 'react';
import type { InvitationFieldsFragment, InvitationState } from '../../../gql/graphql';
import { ROLE_LABEL } from '../../../lib/roles';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { useInvitations, useRevokeInvitation } from '../hooks/usePeople';

const STATE_LABEL: Record<InvitationState, string> = { PENDING: 'Pending', ACCEPTED: 'Accepted', EXPIRED: 'Expired', REVOKED: 'Revoked' };

/** Pending invitations (revocable, link copyable while known), then the earlier ones. */
export function InvitationList({ partnerId }: { partnerId: string }) {
  const { data, loading, error, refetch } = useInvitations(partnerId);
  const invitations = data?.invitations ?? [];
  const pending = invitations.filter((i) => i.state === 'PENDING');
  const earlier = invitations.filter((i) => i.state !== 'PENDING');

  if (loading && !data) return <Loading label="Loading invitations…" />;
  if (error && !data) return <ErrorNotice error={error} title="Invitations could not be loaded" onRetry={() => void refetch()} />;

  return (
    <div className="stack">
      {pending.length === 0 ? (
        <EmptyState title="No pending invitations">People you invite appear here until they accept.</EmptyState>
      ) : (
        <ul className="invitation-list" aria-label="Pending invitations">
          {pending.map((inv) => (
            <PendingInvitation key={inv.id} invitation={inv} />
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <details className="earlier">
          <summary>Earlier invitations ({earlier.length})</summary>
          <DataTable
            name={{ caption: 'Earlier invitations' }}
            className="table-compact"
            wrap={false}
            columns={['Person', 'Role', 'State', 'Sent']}
            rows={earlier}
            rowKey={(inv) => inv.id}
            renderRow={(inv) => (
              <tr>
                <th scope="row">
                  <span className="cell-strong">{inv.name}</span>
                  <span className="cell-sub">{inv.email}</span>
                </th>
                <td>{ROLE_LABEL[inv.role]}</td>
                <td>
                  <span className={`pill pill-${inv.state.toLowerCase()}`}>{STATE_LABEL[inv.state]}</span>
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
  const [revoke, { loading }] = useRevokeInvitation();
  const [error, setError] = useState<unknown>(null);
  return (
    <li className="invitation">
      <div className="invitation-head">
        <div>
          <p className="person-name">
            {inv.name} <span className="pill">{ROLE_LABEL[inv.role]}</span>
          </p>
          <p className="person-meta">
            {inv.email} · sent <DateTime value={inv.createdAt} /> · expires <DateTime value={inv.expiresAt} />
          </p>
        </div>
        <ConfirmButton
          label="Revoke"
          accessibleLabel={`Revoke the invitation for ${inv.name}`}
          question="Revoke this invitation?"
          confirmLabel="Revoke"
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
      {error != null && <ErrorNotice error={error} title="The invitation was not revoked" />}
      <p className="field-hint">The link went by email to {inv.email} only. To send a new one, invite {inv.name} again: the old link stops working.</p>
    </li>
  );
}
