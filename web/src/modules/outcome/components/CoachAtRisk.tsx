import { useIntl } from 'react-intl';
import { useCohorts } from '../../cohort/hooks/useCohorts';
import { AtRiskPanel } from './AtRiskPanel';

/** On the coach home, first: the learners at risk in each running cohort the coach has. */
export function CoachAtRisk() {
  const intl = useIntl();
  const { data } = useCohorts();
  const running = (data?.cohorts ?? []).filter((c) => c.status === 'RUNNING');
  if (running.length === 0) return null;
  return (
    <div className="stack page-stack">
      {running.map((c) => (
        <AtRiskPanel
          key={c.id}
          cohortId={c.id}
          title={intl.formatMessage(
            { id: 'outcome.coachAtRisk.title', defaultMessage: 'Learners at risk in {cohort}' },
            { cohort: c.name },
          )}
        />
      ))}
    </div>
  );
}
