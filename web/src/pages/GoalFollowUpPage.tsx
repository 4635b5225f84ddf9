import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from '../lib/router';
import { GoalFollowUpDocument } from '../gql/graphql';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { GoalFollowUpForm } from '../modules/outcome/components/GoalFollowUpForm';
import { GoalFollowUpAnswer, GoalFollowUpGoal } from '../modules/outcome/components/GoalFollowUpGoal';
import { SuccessNotice } from '../ui/Feedback';
import { TokenPage } from '../ui/TokenPage';
import '../modules/outcome/outcome.css';

/**
 * The page the 90-day follow-up email links to, without logging in: the goal the learner set,
 * and whether they reached it. Opened again, it shows the answer and lets them change it.
 */
export function GoalFollowUpPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'pages.goalFollowUpPage.title', defaultMessage: 'Your goal, three months on' });
  useDocumentTitle(title);
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GoalFollowUpDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [editing, setEditing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const followUp = data?.goalFollowUp;

  return (
    <TokenPage
      className="follow-up-card"
      loading={loading && !followUp}
      opening={intl.formatMessage({ id: 'pages.goalFollowUpPage.opening', defaultMessage: 'Opening your follow-up…' })}
      found={!!followUp}
      error={error}
      dead={(code) =>
        code === 'NOT_FOUND' || code === 'BAD_USER_INPUT'
          ? {
              title: intl.formatMessage({
                id: 'pages.goalFollowUpPage.notFoundTitle',
                defaultMessage: 'This follow-up link does not work',
              }),
              text: (
                <FormattedMessage
                  id="pages.goalFollowUpPage.notFoundText"
                  defaultMessage="Check that you opened the whole link from the email. You can also log in to Beacon and record your follow-up there."
                />
              ),
            }
          : code === 'CONFLICT'
            ? {
                title: intl.formatMessage({ id: 'pages.goalFollowUpPage.expiredTitle', defaultMessage: 'This follow-up link has expired' }),
                text: (
                  <FormattedMessage
                    id="pages.goalFollowUpPage.expiredText"
                    defaultMessage="You can still tell us how your goal went: log in to Beacon and record your follow-up there."
                  />
                ),
              }
            : undefined
      }
      title={title}
      errorTitle={intl.formatMessage({ id: 'pages.goalFollowUpPage.loadFailed', defaultMessage: 'Your follow-up could not be opened' })}
      onRetry={() => void refetch()}
      logIn={<FormattedMessage id="pages.goalFollowUpPage.logIn" defaultMessage="Log in to Beacon" />}
    >
      {() => {
        const f = followUp!;
        const answered = f.reached !== null;
        return (
          <>
            <p className="eyebrow">
              <FormattedMessage id="pages.goalFollowUpPage.eyebrow" defaultMessage="90-day follow-up" />
            </p>
            <h1>
              <FormattedMessage
                id="pages.goalFollowUpPage.heading"
                defaultMessage="How did your goal go, {name}?"
                values={{ name: f.firstName }}
              />
            </h1>
            <p className="auth-lead">
              <FormattedMessage
                id="pages.goalFollowUpPage.lead"
                defaultMessage="When you joined {cohort}, you set yourself a goal. Three months after the programme, tell us how far you got: it takes a minute."
                values={{ cohort: f.cohortName }}
              />
            </p>
            <GoalFollowUpGoal followUp={f} />
            {answered && !editing ? (
              <>
                {justSaved && (
                  <SuccessNotice>
                    <p className="notice-title">
                      <FormattedMessage
                        id="pages.goalFollowUpPage.thanksTitle"
                        defaultMessage="Thank you, {name}!"
                        values={{ name: f.firstName }}
                      />
                    </p>
                    <p>
                      <FormattedMessage
                        id="pages.goalFollowUpPage.thanksText"
                        defaultMessage="Your answer is recorded. Your coach and your programme team will see it."
                      />
                    </p>
                  </SuccessNotice>
                )}
                <GoalFollowUpAnswer followUp={f} />
                <div>
                  <button
                    ref={changeButton}
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      setJustSaved(false);
                      setEditing(true);
                    }}
                  >
                    <FormattedMessage id="pages.goalFollowUpPage.change" defaultMessage="Change my answer" />
                  </button>
                </div>
              </>
            ) : (
              <section className="follow-up-section" aria-labelledby="follow-up-form-heading">
                <h2 id="follow-up-form-heading" className="follow-up-heading">
                  {answered ? (
                    <FormattedMessage id="pages.goalFollowUpPage.changeHeading" defaultMessage="Change your answer" />
                  ) : (
                    <FormattedMessage id="pages.goalFollowUpPage.formHeading" defaultMessage="Tell us how it went" />
                  )}
                </h2>
                <GoalFollowUpForm
                  token={token}
                  followUp={f}
                  onSaved={() => {
                    setEditing(false);
                    setJustSaved(true);
                    // the form goes away: keep the keyboard where the answer now is
                    setTimeout(() => changeButton.current?.focus());
                  }}
                  onCancel={answered ? () => setEditing(false) : undefined}
                />
              </section>
            )}
          </>
        );
      }}
    </TokenPage>
  );
}
