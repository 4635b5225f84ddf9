import type { OutcomeTotalsFieldsFragment } from '../../../gql/graphql';
import { count, days, percent } from '../hooks/format';

/** The headline measures as a definition list: certified, on time, time to credential, goal reached, at risk. */
export function OutcomeSummary({ m, label }: { m: OutcomeTotalsFieldsFragment; label: string }) {
  const items: [string, string, string][] = [
    ['Certified', percent(m.certifiedRate), `${m.certified} of ${m.enrolled} enrolled hold the credential`],
    ['On time', percent(m.onTimeRate), 'credentials by the end plus the grace period'],
    ['Time to credential', days(m.medianDaysToCredential), 'median, from the cohort’s start'],
    ['Goal reached', percent(m.goalReachedRate), 'latest goal check-in says reached'],
    ['At risk now', count(m.atRisk), 'active learners in running cohorts'],
  ];
  return (
    <dl className="outcome-summary" aria-label={label}>
      {items.map(([term, value, hint]) => (
        <div key={term} className="outcome-figure">
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
