import { useCohorts } from '../../cohort/hooks/useCohorts';
import { AtRiskPanel } from './AtRiskPanel';

/** On the coach home, first: the learners at risk in each running cohort the coach has. */
export function CoachAtRisk() {
  const { data } = useCohorts();
  const running = (data?.cohorts ?? []).filter((c) => c.status === 'RUNNING');
  if (running.length === 0) return null;
  return (
    <div className="stack page-stack">
      {running.map((c) => (
        <AtRiskPanel key={c.id} cohortId={c.id} title={`Learners at risk in ${c.name}`} />
      ))}
    </div>
  );
}
