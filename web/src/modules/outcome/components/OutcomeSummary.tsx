import { useIntl } from 'react-intl';
import type { OutcomeTotalsFieldsFragment } from '../../../gql/graphql';
import { useOutcomeFormat } from '../hooks/format';

/** The headline measures as a definition list: certified, on time, time to credential, goal reached, at risk. */
export function OutcomeSummary({ m, label }: { m: OutcomeTotalsFieldsFragment; label: string }) {
  const intl = useIntl();
  const { percent, days, count } = useOutcomeFormat();
  const items: [string, string, string, string][] = [
    [
      'certified',
      intl.formatMessage({ id: 'outcome.summary.certified', defaultMessage: 'Certified' }),
      percent(m.certifiedRate),
      intl.formatMessage(
        { id: 'outcome.summary.certifiedHint', defaultMessage: '{certified, number} of {enrolled, number} enrolled hold the credential' },
        { certified: m.certified, enrolled: m.enrolled },
      ),
    ],
    [
      'onTime',
      intl.formatMessage({ id: 'outcome.summary.onTime', defaultMessage: 'On time' }),
      percent(m.onTimeRate),
      intl.formatMessage({ id: 'outcome.summary.onTimeHint', defaultMessage: 'credentials by the end plus the grace period' }),
    ],
    [
      'time',
      intl.formatMessage({ id: 'outcome.summary.timeToCredential', defaultMessage: 'Time to credential' }),
      days(m.medianDaysToCredential),
      intl.formatMessage({ id: 'outcome.summary.timeToCredentialHint', defaultMessage: 'median, from the cohort’s start' }),
    ],
    [
      'goal',
      intl.formatMessage({ id: 'outcome.summary.goalReached', defaultMessage: 'Goal reached' }),
      percent(m.goalReachedRate),
      intl.formatMessage({ id: 'outcome.summary.goalReachedHint', defaultMessage: 'latest goal check-in says reached' }),
    ],
    [
      'atRisk',
      intl.formatMessage({ id: 'outcome.summary.atRisk', defaultMessage: 'At risk now' }),
      count(m.atRisk),
      intl.formatMessage({ id: 'outcome.summary.atRiskHint', defaultMessage: 'active learners in running cohorts' }),
    ],
  ];
  return (
    <dl className="outcome-summary" aria-label={label}>
      {items.map(([key, term, value, hint]) => (
        <div key={key} className="outcome-figure">
          <dt>{term}</dt>
          <dd>
            <span className="outcome-value">{value}</span>
            <span className="muted outcome-hint">{hint}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
