import type { ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { Card } from '../../../ui/Card';
import { ErrorNotice, Loading } from '../../../ui/Feedback';
import { Meter } from '../../../ui/Meter';
import { factSummary, useEligibility } from '../hooks/useCredentials';
import { useFactText } from '../hooks/useFactText';
import { CheckIcon, OpenIcon } from './icons';
import '../../../styles/credential.css';

const messages = defineMessages({
  title: { id: 'credential.eligibilityCard.title', defaultMessage: 'Your certificate: what’s left' },
});

/** The learner's own ledger: each completion criterion met or still to do, or the credential once issued. */
export function EligibilityCard({ enrolmentId }: { enrolmentId: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useEligibility(enrolmentId);
  const factText = useFactText();
  const ledger = data?.eligibility;
  const title = intl.formatMessage(messages.title);

  if (!ledger) {
    return (
      <Card title={title}>
        {loading ? (
          <Loading label={intl.formatMessage({ id: 'credential.eligibilityCard.loading', defaultMessage: 'Loading what is left…' })} />
        ) : (
          <ErrorNotice
            error={error}
            title={intl.formatMessage({
              id: 'credential.eligibilityCard.loadFailed',
              defaultMessage: 'Your progress towards the certificate could not be loaded',
            })}
            onRetry={() => void refetch()}
          />
        )}
      </Card>
    );
  }

  if (ledger.credentialId) {
    const credentialId = ledger.credentialId;
    return (
      <Card title={intl.formatMessage({ id: 'credential.eligibilityCard.issuedTitle', defaultMessage: 'Your certificate' })}>
        <div className="credential-issued">
          <CheckIcon />
          <p>
            <FormattedMessage
              id="credential.eligibilityCard.issued"
              defaultMessage="<b>Credential issued</b> — <link>view<hidden> your credential</hidden></link>"
              values={{
                b: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
                link: (chunks: ReactNode[]) => <Link to={`/credentials/${credentialId}`}>{chunks}</Link>,
                hidden: (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>,
              }}
            />
          </p>
        </div>
        <p className="field-hint">
          <FormattedMessage
            id="credential.eligibilityCard.issuedHint"
            defaultMessage="Download the certificate, add it to LinkedIn and share the link anyone can verify from its page."
          />
        </p>
      </Card>
    );
  }

  const { met, total } = factSummary(ledger.facts);
  return (
    <Card
      title={title}
      description={
        ledger.eligible
          ? intl.formatMessage({
              id: 'credential.eligibilityCard.allMet',
              defaultMessage: 'You have met every criterion: your credential is issued once your partner approves it.',
            })
          : intl.formatMessage(
              {
                id: 'credential.eligibilityCard.someMet',
                defaultMessage: '{met, number} of {total, plural, one {# criterion} other {# criteria}} met. The rest are below.',
              },
              { met, total },
            )
      }
    >
      <Meter
        label={intl.formatMessage({ id: 'credential.eligibilityCard.meter', defaultMessage: 'Criteria met' })}
        percent={total ? (100 * met) / total : 0}
        tone={ledger.eligible ? 'success' : 'accent'}
      />
      <ul className="criteria-list">
        {ledger.facts.map((f, i) => {
          const text = factText(f);
          return (
            <li key={i} className={f.met ? 'criterion criterion-met' : 'criterion criterion-left'}>
              {f.met ? <CheckIcon /> : <OpenIcon />}
              <span className="criterion-text">
                <span className="criterion-label">
                  {text.label}
                  <span className="visually-hidden">
                    {f.met ? (
                      <FormattedMessage id="credential.eligibilityCard.factMet" defaultMessage=": met" />
                    ) : (
                      <FormattedMessage id="credential.eligibilityCard.factLeft" defaultMessage=": still to do" />
                    )}
                  </span>
                </span>
                <span className="criterion-detail">{text.detail}</span>
              </span>
              {!f.met && (
                <span className="pill pill-left" aria-hidden="true">
                  <FormattedMessage id="credential.eligibilityCard.left" defaultMessage="Left" />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
