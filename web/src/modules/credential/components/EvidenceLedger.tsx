import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { DateTime } from '../../../ui/DateTime';
import type { EligibilityFact } from '../hooks/useCredentials';
import { CheckIcon, CrossIcon } from './icons';

/** The completion criteria as they stood when the credential was issued: each one, met or not, and when. */
export function EvidenceLedger({ evidence }: { evidence: readonly EligibilityFact[] }) {
  return (
    <Card title="Evidence" description="The programme’s completion criteria as they stood when the credential was issued; signed into the credential itself.">
      <DataTable
        name={{ caption: 'Completion criteria and whether each was met' }}
        className="table-compact evidence-table"
        columns={['Criterion', 'Result', 'Met on']}
        rows={evidence}
        rowKey={(_, i) => i}
        renderRow={(f) => (
          <tr>
            <th scope="row">
              <span className="cell-strong">{f.label}</span>
              <span className="cell-sub">{f.detail}</span>
            </th>
            <td className="cell-nowrap">
              <span className={`fact-state ${f.met ? 'fact-met' : 'fact-unmet'}`}>
                {f.met ? <CheckIcon /> : <CrossIcon />}
                {f.met ? 'Met' : 'Not met'}
              </span>
            </td>
            <td className="cell-nowrap">{f.at ? <DateTime value={f.at} dateOnly /> : <span className="muted">—</span>}</td>
          </tr>
        )}
      />
    </Card>
  );
}
