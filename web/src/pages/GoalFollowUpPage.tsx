import { useQuery } from '@apollo/client/react';
import { useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from '../lib/router';
import { GoalFollowUpDocument } from '../gql/graphql';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { errorCode } from '../lib/errors';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { GoalFollowUpForm } from '../modules/outcome/components/GoalFollowUpForm';
import { GoalFollowUpAnswer, GoalFollowUpGoal } from '../modules/outcome/components/GoalFollowUpGoal';
import { BEACON, BeaconMark } from '../ui/BeaconMark';
import { ErrorNotice, Loading, SuccessNotice } from '../ui/Feedback';
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

  let body: ReactNode;
  if (loading && !followUp) {
    body = <Loading label={intl.formatMessage({ id: 'pages.goalFollowUpPage.opening', defaultMessage: 'Opening your follow-up…' })} />;
  } else if (!followUp) {
    const code = errorCode(error);
    body =
      code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? (
        <Ending
          title={intl.formatMessage({ id: 'pages.goalFollowUpPage.notFoundTitle', defaultMessage: 'This follow-up link does not work' })}
        >
          <FormattedMessage
            id="pages.goalFollowUpPage.notFoundText"
            defaultMessage="Check that you opened the whole link from the email. You can also log in to Beacon and record your follow-up there."
          />
        </Ending>
      ) : code === 'CONFLICT' ? (
        <Ending
          title={intl.formatMessage({ id: 'pages.goalFollowUpPage.expiredTitle', defaultMessage: 'This follow-up link has expired' })}
        >
          <FormattedMessage
            id="pages.goalFollowUpPage.expiredText"
            defaultMessage="You can still tell us how your goal went: log in to Beacon and record your follow-up there."
          />
        </Ending>
      ) : (
        <>
          <h1>{title}</h1>
          <ErrorNotice
            error={error}
            title={intl.formatMessage({ id: 'pages.goalFollowUpPage.loadFailed', defaultMessage: 'Your follow-up could not be opened' })}
            onRetry={() => void refetch()}
          />
        </>
      );
  } else {
    const answered = followUp.reached !== null;
    body = (
      <>
        <p className="eyebrow">
          <FormattedMessage id="pages.goalFollowUpPage.eyebrow" defaultMessage="90-day follow-up" />
        </p>
        <h1>
          <FormattedMessage
            id="pages.goalFollowUpPage.heading"
            defaultMessage="How did your goal go, {name}?"
            values={{ name: followUp.firstName }}
          />
        </h1>
        <p className="auth-lead">
          <FormattedMessage
            id="pages.goalFollowUpPage.lead"
            defaultMessage="When you joined {cohort}, you set yourself a goal. Three months after the programme, tell us how far you got: it takes a minute."
            values={{ cohort: followUp.cohortName }}
          />
        </p>
        <GoalFollowUpGoal followUp={followUp} />
        {answered && !editing ? (
          <>
            {justSaved && (
              <SuccessNotice>
                <p className="notice-title">
                  <FormattedMessage
                    id="pages.goalFollowUpPage.thanksTitle"
                    defaultMessage="Thank you, {name}!"
                    values={{ name: followUp.firstName }}
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
            <GoalFollowUpAnswer followUp={followUp} />
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
              followUp={followUp}
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
  }

  return (
    <div className="auth-page">
      <LanguageMenu className="page-language" />
      <main className="auth-card follow-up-card" id="main">
        <div className="auth-brand">
          <BeaconMark size={40} />
          <span>{BEACON}</span>
        </div>
        {body}
      </main>
    </div>
  );
}

function Ending({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="auth-lead">{children}</p>
      <Link className="button button-primary button-block" to="/login">
        <FormattedMessage id="pages.goalFollowUpPage.logIn" defaultMessage="Log in to Beacon" />
      </Link>
    </>
  );
}
