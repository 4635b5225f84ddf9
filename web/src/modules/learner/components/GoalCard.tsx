import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { common } from '../../../i18n/common';
import { Card } from '../../../ui/Card';
import { ErrorNotice } from '../../../ui/Feedback';
import { TextAreaField } from '../../../ui/Field';
import { useFocusOnOpen } from '../../../ui/useFocusOnOpen';
import { useSetOutcomeGoal, type LearnerEnrolment } from '../hooks/useLearnerHome';

const MAX_GOAL = 2000;

/** The learner's own outcome goal: what they want to achieve with the programme, editable in place. */
export function GoalCard({ enrolment }: { enrolment: LearnerEnrolment }) {
  const intl = useIntl();
  const [editing, setEditing] = useState(false);
  const goalField = useFocusOnOpen<HTMLTextAreaElement>(editing);
  const [draft, setDraft] = useState(enrolment.outcomeGoal ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useSetOutcomeGoal();
  const goal = enrolment.outcomeGoal;
  const showForm = editing || !goal;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await save({ variables: { enrolmentId: enrolment.id, goal: draft.trim() } });
      setEditing(false);
      setSaved(true);
      setTimeout(() => document.getElementById(`edit-goal-${enrolment.id}`)?.focus());
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Card
      title={intl.formatMessage({ id: 'learner.goal.title', defaultMessage: 'Your goal' })}
      description={intl.formatMessage({
        id: 'learner.goal.description',
        defaultMessage: 'What you want to be able to do, or to change at work, by the end of the programme.',
      })}
    >
      {showForm ? (
        <form className="stack" onSubmit={submit}>
          {!goal && !editing && (
            <p className="goal-prompt">
              <FormattedMessage
                id="learner.goal.prompt"
                defaultMessage="You have not stated a goal yet. Learners who write one down are far more likely to reach it."
              />
            </p>
          )}
          {error != null && (
            <ErrorNotice
              error={error}
              title={intl.formatMessage({ id: 'learner.goal.notSaved', defaultMessage: 'Your goal was not saved' })}
            />
          )}
          <TextAreaField
            label={intl.formatMessage({ id: 'learner.goal.label', defaultMessage: 'Your outcome goal' })}
            hint={intl.formatMessage({ id: 'learner.goal.hint', defaultMessage: 'One or two sentences; your coach sees it too.' })}
            rows={3}
            maxLength={MAX_GOAL}
            value={draft}
            ref={goalField}
            onChange={(e) => setDraft(e.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary button-small" disabled={loading || (!draft.trim() && !goal)}>
              {loading ? <FormattedMessage {...common.saving} /> : <FormattedMessage id="learner.goal.save" defaultMessage="Save goal" />}
            </button>
            {editing && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  setEditing(false);
                  setDraft(goal ?? '');
                  setError(null);
                }}
              >
                <FormattedMessage {...common.cancel} />
              </button>
            )}
          </div>
        </form>
      ) : (
        <div className="stack">
          <blockquote className="goal">{goal}</blockquote>
          {saved && (
            <p className="copy-status" role="status">
              <FormattedMessage id="learner.goal.saved" defaultMessage="Goal saved" />
            </p>
          )}
          <div>
            <button
              id={`edit-goal-${enrolment.id}`}
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setDraft(goal ?? '');
                setSaved(false);
                setEditing(true);
              }}
            >
              <FormattedMessage id="learner.goal.edit" defaultMessage="Edit goal" />
            </button>
          </div>
        </div>
      )}
    </Card>
  );
}
