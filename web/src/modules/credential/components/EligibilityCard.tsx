import { Link } from 'react-router';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { Meter } from '../../../ui/Meter';
import { factSummary, useEligibility } from '../hooks/useCredentials';
import { CheckIcon, OpenIcon } from './icons';
import '../../../styles/credential.css';

const TITLE = 'Your certificate: what’s left';

/** The learner's own ledger: each completion criterion met or still to do, or the credential once issued. */
export function EligibilityCard({ enrolmentId }: { enrolmentId: string }) {
  const { data, loading, error, refetch } = useEligibility(enrolmentId);
  const ledger = data?.eligibility;

  if (!ledger) {
    return (
      <Card title={TITLE}>
        {loading ? <Loading label="Loading what is left…" /> : <ErrorNotice error={error} title="Your progress towards the certificate could not be loaded" onRetry={() => void refetch()} />}
      </Card>
    );
  }

  if (ledger.credentialId) {
    return (
      <Card title="Your certificate">
        <div className="credential-issued">
          <CheckIcon />
          <p>
            <strong>Credential issued</strong> —{' '}
            <Link to={`/credentials/${ledger.credentialId}`}>
              view<span className="visually-hidden"> your credential</span>
            </Link>
          </p>
        </div>
        <p className="field-hint">Download the certificate, add it to LinkedIn and share the link anyone can verify from its page.</p>
      </Card>
    );
  }

  const { met, total } = factSummary(ledger.facts);
  return (
    <Card title={TITLE} description={ledger.eligible ? 'You have met every criterion: your credential is issued once your partner approves it.' : `${met} of ${total} criteria met. The rest are below.`}>
      <Meter label="Criteria met" percent={total ? (100 * met) / total : 0} tone={ledger.eligible ? 'success' : 'accent'} />
      <ul className="criteria-list">
        {ledger.facts.map((f, i) => (
          <li key={i} className={f.met ? 'criterion criterion-met' : 'criterion criterion-left'}>
            {f.met ? <CheckIcon /> : <OpenIcon />}
            <span className="criterion-text">
              <span className="criterion-label">
                {f.label}
                <span className="visually-hidden">{f.met ? ': met' : ': still to do'}</span>
              </span>
              <span className="criterion-detail">{f.detail}</span>
            </span>
            {!f.met && (
              <span className="pill pill-left" aria-hidden="true">
                Left
              </span>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
