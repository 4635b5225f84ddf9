import { useState, type FormEvent } from 'react';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField } from '../../../ui/Field';
import { useMemberChoices } from '../../partner/hooks/usePeople';
import { useAssignCoach, useUnassignCoach, type CohortView } from '../hooks/useCohorts';

/** The cohort's coaches; more can be assigned from the partner's coaches. */
export function CoachesCard({ cohort }: { cohort: CohortView }) {
  const { members, loading, data } = useMemberChoices(cohort.partnerId, 'COACH');
  const [assign, { loading: assigning }] = useAssignCoach();
  const [unassign, { loading: unassigning }] = useUnassignCoach();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const assigned = new Set(cohort.coaches.map((c) => c.id));
  const available = members.filter((m) => !assigned.has(m.userId));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await assign({ variables: { cohortId: cohort.id, userId: choice } });
      setChoice('');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Card title="Coaches" description="They run the live sessions, take attendance and review work.">
      {error != null && <ErrorNotice error={error} title="The coaches were not changed" />}
      {cohort.coaches.length === 0 ? (
        <EmptyState title="No coach assigned">Assign at least one coach to host the live sessions.</EmptyState>
      ) : (
        <ul className="people-list">
          {cohort.coaches.map((c) => (
            <li key={c.id} className="person">
              <span className="person-main">
                <span className="person-name">{c.name}</span>
                <span className="person-meta">{c.email}</span>
              </span>
              <ConfirmButton
                label="Unassign"
                accessibleLabel={`Unassign ${c.name}`}
                question={`Unassign ${c.name}?`}
                confirmLabel="Unassign"
                keepLabel="Keep"
                busy={unassigning}
                onConfirm={async () => {
                  setError(null);
                  try {
                    await unassign({ variables: { cohortId: cohort.id, userId: c.id } });
                  } catch (err) {
                    setError(err);
                  }
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {loading && !data ? (
        <Loading label="Loading the partner’s coaches…" />
      ) : available.length === 0 ? (
        <p className="field-hint">Every coach of this partner is assigned. Invite more coaches from People.</p>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <SelectField label="Assign a coach" required value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">Choose a coach</option>
            {available.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name} ({m.email})
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-secondary" disabled={assigning || !choice}>
            {assigning ? 'Assigning…' : 'Assign'}
          </button>
        </form>
      )}
    </Card>
  );
}
