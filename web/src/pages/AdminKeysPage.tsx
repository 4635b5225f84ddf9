import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { IssuerKeysDocument, RotateIssuerKeyDocument } from '../gql/graphql';
import { Card } from '../ui/Card';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DataTable } from '../ui/DataTable';
import { DateTime } from '../ui/DateTime';
import { ErrorNotice, Loading, SuccessNotice } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';

/** The issuer's signing keys: which one signs now, the retired ones still published, and rotation. */
export function AdminKeysPage() {
  const { data, loading, error, refetch } = useQuery(IssuerKeysDocument, { fetchPolicy: 'cache-and-network' });
  const [rotate, rotating] = useMutation(RotateIssuerKeyDocument, { refetchQueries: [IssuerKeysDocument], awaitRefetchQueries: true });
  const [rotated, setRotated] = useState<string | null>(null);
  const [rotateError, setRotateError] = useState<unknown>(null);
  const keys = data?.issuerKeys ?? [];

  return (
    <>
      <PageHeader
        title="Issuer keys"
        eyebrow="Admin · credentials"
        actions={
          <ConfirmButton
            label="Rotate key"
            question="Sign new credentials with a new key?"
            confirmLabel="Rotate"
            busy={rotating.loading}
            onConfirm={async () => {
              setRotateError(null);
              setRotated(null);
              try {
                const r = await rotate();
                setRotated(r.data?.rotateIssuerKey ?? null);
              } catch (e) {
                setRotateError(e);
              }
            }}
          />
        }
      >
        <p>
          Credentials are signed with the active Ed25519 key. Rotating retires it: it stays published in <a href="/.well-known/jwks.json">the issuer’s key set</a>, so every
          credential it signed still verifies.
        </p>
      </PageHeader>
      {rotated && (
        <SuccessNotice>
          <p>
            New credentials are now signed with key <code className="code">{rotated.slice(0, 12)}…</code>
          </p>
        </SuccessNotice>
      )}
      {rotateError != null && <ErrorNotice error={rotateError} title="The key was not rotated" />}
      <Card title="Signing keys">
        {loading && !data ? (
          <Loading label="Loading keys…" />
        ) : error && !data ? (
          <ErrorNotice error={error} title="The keys could not be loaded" onRetry={() => void refetch()} />
        ) : (
          <DataTable
            name={{ caption: 'Issuer signing keys: state, creation, retirement and credentials signed' }}
            columns={['Key id', 'State', 'Created', 'Retired', { header: 'Credentials signed', className: 'cell-number' }]}
            rows={keys}
            rowKey={(k) => k.kid}
            className="table-stack"
            renderRow={(k) => (
              <tr>
                <th scope="row" data-label="Key id">
                  <code className="code key-id" title={k.kid}>
                    {k.kid}
                  </code>
                </th>
                <td data-label="State">{k.active ? <span className="pill pill-sent">Active</span> : <span className="pill pill-quiet">Retired</span>}</td>
                <td data-label="Created">
                  <DateTime value={k.createdAt} />
                </td>
                <td data-label="Retired">{k.retiredAt ? <DateTime value={k.retiredAt} /> : '—'}</td>
                <td data-label="Credentials signed" className="cell-number">
                  {k.credentialCount}
                </td>
              </tr>
            )}
            empty={<p className="muted">No key yet: the first one is made when the first credential is signed.</p>}
          />
        )}
      </Card>
    </>
  );
}
