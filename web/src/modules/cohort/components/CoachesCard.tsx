import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../../ui/Card';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { SelectField } from '../../../ui/Field';
import { useMemberChoices } from '../../partner/hooks/usePeople';
import { useAssignCoach, useUnassignCoach, type CohortView } from '../hooks/useCohorts';

/** The cohort's coaches; more can be assigned from the partner's coaches. */
export function CoachesCard({ cohort }: { cohort: CohortView }) {
  const intl = useIntl();
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
    <Card
      title={intl.formatMessage({ id: 'cohort.coachesCard.title', defaultMessage: 'Coaches' })}
      description={intl.formatMessage({
        id: 'cohort.coachesCard.description',
        defaultMessage: 'They run the live sessions, take attendance and review work.',
      })}
    >
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'cohort.coachesCard.failed', defaultMessage: 'The coaches were not changed' })}
        />
      )}
      {cohort.coaches.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'cohort.coachesCard.emptyTitle', defaultMessage: 'No coach assigned' })}>
          <FormattedMessage id="cohort.coachesCard.emptyText" defaultMessage="Assign at least one coach to host the live sessions." />
        </EmptyState>
      ) : (
        <ul className="people-list">
          {cohort.coaches.map((c) => (
            <li key={c.id} className="person">
              <span className="person-main">
                <span className="person-name">{c.name}</span>
                <span className="person-meta">{c.email}</span>
              </span>
              <ConfirmButton
                label={intl.formatMessage({ id: 'cohort.coachesCard.unassign', defaultMessage: 'Unassign' })}
                accessibleLabel={intl.formatMessage(
                  { id: 'cohort.coachesCard.unassignNamed', defaultMessage: 'Unassign {name}' },
                  { name: c.name },
                )}
                question={intl.formatMessage(
                  { id: 'cohort.coachesCard.unassignQuestion', defaultMessage: 'Unassign {name}?' },
                  { name: c.name },
                )}
                confirmLabel={intl.formatMessage({ id: 'cohort.coachesCard.unassign', defaultMessage: 'Unassign' })}
                keepLabel={intl.formatMessage({ id: 'cohort.coachesCard.keep', defaultMessage: 'Keep' })}
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
        <Loading label={intl.formatMessage({ id: 'cohort.coachesCard.loading', defaultMessage: 'Loading the partner’s coaches…' })} />
      ) : available.length === 0 ? (
        <p className="field-hint">
          <FormattedMessage
            id="cohort.coachesCard.allAssigned"
            defaultMessage="Every coach of this partner is assigned. Invite more coaches from People."
          />
        </p>
      ) : (
        <form className="inline-form" onSubmit={submit}>
          <SelectField
            label={intl.formatMessage({ id: 'cohort.coachesCard.assignLabel', defaultMessage: 'Assign a coach' })}
            required
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">{intl.formatMessage({ id: 'cohort.coachesCard.choose', defaultMessage: 'Choose a coach' })}</option>
            {available.map((m) => (
              <option key={m.userId} value={m.userId}>
                {intl.formatMessage(
                  { id: 'cohort.coachesCard.coachOption', defaultMessage: '{name} ({email})' },
                  { name: m.name, email: m.email },
                )}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-secondary" disabled={assigning || !choice}>
            {assigning
              ? intl.formatMessage({ id: 'cohort.coachesCard.assigning', defaultMessage: 'Assigning…' })
              : intl.formatMessage({ id: 'cohort.coachesCard.assign', defaultMessage: 'Assign' })}
          </button>
        </form>
      )}
    </Card>
  );
}
