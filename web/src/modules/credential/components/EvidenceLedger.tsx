import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import type { EligibilityFact } from '../hooks/useCredentials';
import { useFactText } from '../hooks/useFactText';
import { CheckIcon, CrossIcon } from './icons';

const NO_DATE = '—';

/** The completion criteria as they stood when the credential was issued: each one, met or not, and when. */
export function EvidenceLedger({ evidence }: { evidence: readonly EligibilityFact[] }) {
  const intl = useIntl();
  const factText = useFactText();
  return (
    <Card
      title={intl.formatMessage({ id: 'credential.evidence.title', defaultMessage: 'Evidence' })}
      description={intl.formatMessage({
        id: 'credential.evidence.description',
        defaultMessage:
          'The programme’s completion criteria as they stood when the credential was issued; signed into the credential itself.',
      })}
    >
      <DataTable
        name={{
          caption: intl.formatMessage({
            id: 'credential.evidence.caption',
            defaultMessage: 'Completion criteria and whether each was met',
          }),
        }}
        className="table-compact evidence-table"
        columns={[
          intl.formatMessage({ id: 'credential.evidence.criterion', defaultMessage: 'Criterion' }),
          intl.formatMessage({ id: 'credential.evidence.result', defaultMessage: 'Result' }),
          intl.formatMessage({ id: 'credential.evidence.metOn', defaultMessage: 'Met on' }),
        ]}
        rows={evidence}
        rowKey={(_, i) => i}
        renderRow={(f) => (
          <tr>
            <th scope="row">
              <span className="cell-strong">{factText(f).label}</span>
              <span className="cell-sub">{factText(f).detail}</span>
            </th>
            <td className="cell-nowrap">
              <span className={`fact-state ${f.met ? 'fact-met' : 'fact-unmet'}`}>
                {f.met ? <CheckIcon /> : <CrossIcon />}
                {f.met ? (
                  <FormattedMessage id="credential.evidence.met" defaultMessage="Met" />
                ) : (
                  <FormattedMessage id="credential.evidence.notMet" defaultMessage="Not met" />
                )}
              </span>
            </td>
            <td className="cell-nowrap">{f.at ? <DateTime value={f.at} dateOnly /> : <span className="muted">{NO_DATE}</span>}</td>
          </tr>
        )}
      />
    </Card>
  );
}
