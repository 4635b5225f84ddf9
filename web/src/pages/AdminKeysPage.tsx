import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { IssuerKeysDocument, RotateIssuerKeyDocument } from '../gql/graphql';
import { Card } from '../ui/Card';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DataTable } from '../ui/DataTable';
import { formatNumber } from '../lib/time';
import { DateTime } from '../ui/DateTime';
import { ErrorNotice, Loading, SuccessNotice } from '../ui/Feedback';
import { PageHeader } from '../ui/PageHeader';

const NO_DATE = '—';

/** The issuer's signing keys: which one signs now, the retired ones still published, and rotation. */
export function AdminKeysPage() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(IssuerKeysDocument, { fetchPolicy: 'cache-and-network' });
  const [rotate, rotating] = useMutation(RotateIssuerKeyDocument, { refetchQueries: [IssuerKeysDocument], awaitRefetchQueries: true });
  const [rotated, setRotated] = useState<string | null>(null);
  const [rotateError, setRotateError] = useState<unknown>(null);
  const keys = data?.issuerKeys ?? [];
  const col = {
    keyId: intl.formatMessage({ id: 'pages.adminKeys.keyId', defaultMessage: 'Key id' }),
    state: intl.formatMessage({ id: 'pages.adminKeys.state', defaultMessage: 'State' }),
    created: intl.formatMessage({ id: 'pages.adminKeys.created', defaultMessage: 'Created' }),
    retired: intl.formatMessage({ id: 'pages.adminKeys.retired', defaultMessage: 'Retired' }),
    signed: intl.formatMessage({ id: 'pages.adminKeys.credentialsSigned', defaultMessage: 'Credentials signed' }),
  };

  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: 'pages.adminKeys.title', defaultMessage: 'Issuer keys' })}
        eyebrow={intl.formatMessage({ id: 'pages.adminKeys.eyebrow', defaultMessage: 'Admin · credentials' })}
        actions={
          <ConfirmButton
            label={intl.formatMessage({ id: 'pages.adminKeys.rotateKey', defaultMessage: 'Rotate key' })}
            question={intl.formatMessage({ id: 'pages.adminKeys.rotateQuestion', defaultMessage: 'Sign new credentials with a new key?' })}
            confirmLabel={intl.formatMessage({ id: 'pages.adminKeys.rotate', defaultMessage: 'Rotate' })}
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
          <FormattedMessage
            id="pages.adminKeys.lead"
            defaultMessage="Credentials are signed with the active Ed25519 key. Rotating retires it: it stays published in <link>the issuer’s key set</link>, so every credential it signed still verifies."
            values={{ link: (chunks) => <a href="/.well-known/jwks.json">{chunks}</a> }}
          />
        </p>
      </PageHeader>
      {rotated && (
        <SuccessNotice>
          <p>
            <FormattedMessage
              id="pages.adminKeys.rotated"
              defaultMessage="New credentials are now signed with key <code>{kid}…</code>"
              values={{ kid: rotated.slice(0, 12), code: (chunks) => <code className="code">{chunks}</code> }}
            />
          </p>
        </SuccessNotice>
      )}
      {rotateError != null && (
        <ErrorNotice
          error={rotateError}
          title={intl.formatMessage({ id: 'pages.adminKeys.notRotated', defaultMessage: 'The key was not rotated' })}
        />
      )}
      <Card title={intl.formatMessage({ id: 'pages.adminKeys.signingKeys', defaultMessage: 'Signing keys' })}>
        {loading && !data ? (
          <Loading label={intl.formatMessage({ id: 'pages.adminKeys.loading', defaultMessage: 'Loading keys…' })} />
        ) : error && !data ? (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'pages.adminKeys.loadFailed', defaultMessage: 'The keys could not be loaded' })}
            onRetry={() => void refetch()}
          />
        ) : (
          <DataTable
            name={{
              caption: intl.formatMessage({
                id: 'pages.adminKeys.caption',
                defaultMessage: 'Issuer signing keys: state, creation, retirement and credentials signed',
              }),
            }}
            columns={[col.keyId, col.state, col.created, col.retired, { header: col.signed, className: 'cell-number' }]}
            rows={keys}
            rowKey={(k) => k.kid}
            className="table-stack"
            renderRow={(k) => (
              <tr>
                <th scope="row" data-label={col.keyId}>
                  <code className="code key-id" title={k.kid}>
                    {k.kid}
                  </code>
                </th>
                <td data-label={col.state}>
                  {k.active ? (
                    <span className="pill pill-sent">
                      <FormattedMessage id="pages.adminKeys.active" defaultMessage="Active" />
                    </span>
                  ) : (
                    <span className="pill pill-quiet">
                      <FormattedMessage id="pages.adminKeys.retiredState" defaultMessage="Retired" />
                    </span>
                  )}
                </td>
                <td data-label={col.created}>
                  <DateTime value={k.createdAt} />
                </td>
                <td data-label={col.retired}>{k.retiredAt ? <DateTime value={k.retiredAt} /> : NO_DATE}</td>
                <td data-label={col.signed} className="cell-number">
                  {formatNumber(k.credentialCount)}
                </td>
              </tr>
            )}
            empty={
              <p className="muted">
                <FormattedMessage
                  id="pages.adminKeys.empty"
                  defaultMessage="No key yet: the first one is made when the first credential is signed."
                />
              </p>
            }
          />
        )}
      </Card>
    </>
  );
}
