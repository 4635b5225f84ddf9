import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatNumber, formatPercent } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { useCohortCredentialActivity } from '../hooks/useCredentials';
import '../../../styles/credential.css';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
const NO_RATE = '—';

/**
 * What the cohort's credentials did once issued: views of their public pages, verifications of
 * the signed credential, LinkedIn adds, and the share rate (credentials viewed at least once ÷
 * issued). Counts only: nothing is known of who viewed or verified.
 */
export function CredentialActivityCard({ cohortId }: { cohortId: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useCohortCredentialActivity(cohortId);
  const a = data?.cohortCredentialActivity;
  if (!a && !loading && !error) return null;
  if (a && a.issued === 0) return null;
  return (
    <Card
      className="credential-activity"
      title={intl.formatMessage({ id: 'credential.activity.title', defaultMessage: 'Use of the credentials' })}
      description={intl.formatMessage({
        id: 'credential.activity.description',
        defaultMessage:
          'How often each credential’s public page was viewed, its signed credential verified, and it was added to LinkedIn. Counts only: nothing is recorded about who viewed or verified, and a visitor counts once a day.',
      })}
    >
      {!a ? (
        loading ? (
          <Loading
            label={intl.formatMessage({ id: 'credential.activity.loading', defaultMessage: 'Loading the use of the credentials…' })}
          />
        ) : (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({
              id: 'credential.activity.loadFailed',
              defaultMessage: 'The use of the credentials could not be loaded',
            })}
            onRetry={() => void refetch()}
          />
        )
      ) : (
        <>
          <p className="credential-tally" data-testid="credential-activity-totals">
            <span>
              <FormattedMessage
                id="credential.activity.views"
                defaultMessage="{count, plural, one {<b>#</b> view} other {<b>#</b> views}}"
                values={{ count: a.views, b: strong }}
              />
            </span>
            <span>
              <FormattedMessage
                id="credential.activity.verifications"
                defaultMessage="{count, plural, one {<b>#</b> verification} other {<b>#</b> verifications}}"
                values={{ count: a.verifications, b: strong }}
              />
            </span>
            <span>
              <FormattedMessage
                id="credential.activity.linkedInAdds"
                defaultMessage="{count, plural, one {<b>#</b> LinkedIn add} other {<b>#</b> LinkedIn adds}}"
                values={{ count: a.linkedInAdds, b: strong }}
              />
            </span>
            <span>
              <FormattedMessage
                id="credential.activity.shareRate"
                defaultMessage="Share rate <b>{rate}</b> ({viewed, number} of {issued, plural, one {# credential} other {# credentials}} viewed)"
                values={{ rate: a.shareRate == null ? NO_RATE : formatPercent(a.shareRate), viewed: a.viewed, issued: a.issued, b: strong }}
              />
            </span>
          </p>
          <DataTable
            name={{
              caption: intl.formatMessage({
                id: 'credential.activity.caption',
                defaultMessage: 'Views, verifications and LinkedIn adds of each credential',
              }),
            }}
            className="table-compact credential-activity-table"
            columns={[
              intl.formatMessage({ id: 'credential.activity.learner', defaultMessage: 'Holder' }),
              intl.formatMessage({ id: 'credential.activity.viewsColumn', defaultMessage: 'Views' }),
              intl.formatMessage({ id: 'credential.activity.verificationsColumn', defaultMessage: 'Verifications' }),
              intl.formatMessage({ id: 'credential.activity.linkedInColumn', defaultMessage: 'LinkedIn adds' }),
            ]}
            rows={a.credentials}
            rowKey={(c) => c.credentialId}
            renderRow={(c) => (
              <tr data-credential-id={c.credentialId}>
                <th scope="row">{c.learnerName}</th>
                <td className="cell-count" data-testid="credential-views">
                  {formatNumber(c.views)}
                </td>
                <td className="cell-count">{formatNumber(c.verifications)}</td>
                <td className="cell-count">{formatNumber(c.linkedInAdds)}</td>
              </tr>
            )}
          />
        </>
      )}
    </Card>
  );
}
