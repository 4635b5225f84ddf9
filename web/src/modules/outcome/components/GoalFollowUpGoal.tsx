import { useId } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import type { GoalFollowUpFieldsFragment, GoalReached } from '../../../gql/graphql';
import { browserTimeZone, formatDate, formatLocalDate, formatNumber } from '../../../lib/time';

export const REACHED_ANSWER: Record<GoalReached, MessageDescriptor> = defineMessages({
  YES: { id: 'followUp.reached.yes', defaultMessage: 'Yes, I reached it' },
  PARTLY: { id: 'followUp.reached.partly', defaultMessage: 'Partly' },
  NO: { id: 'followUp.reached.no', defaultMessage: 'Not yet' },
});

/** The goal as the learner set it at the start of the programme. */
export function GoalFollowUpGoal({ followUp }: { followUp: GoalFollowUpFieldsFragment }) {
  const intl = useIntl();
  const id = useId();
  const { baseline, target } = followUp;
  return (
    <section className="follow-up-section" aria-labelledby={id}>
      <h2 id={id} className="follow-up-heading">
        <FormattedMessage id="followUp.goal.heading" defaultMessage="The goal you set" />
      </h2>
      <blockquote className="goal">{followUp.statement}</blockquote>
      <dl className="follow-up-facts">
        {followUp.measure && (
          <div>
            <dt>
              <FormattedMessage id="followUp.goal.measure" defaultMessage="Measure" />
            </dt>
            <dd>{followUp.measure}</dd>
          </div>
        )}
        {(baseline !== null || target !== null) && (
          <div>
            <dt>
              <FormattedMessage id="followUp.goal.fromTo" defaultMessage="Baseline → target" />
            </dt>
            <dd>
              {baseline !== null && target !== null ? (
                <FormattedMessage
                  id="followUp.goal.fromToValue"
                  defaultMessage="{baseline} → {target}"
                  values={{ baseline: formatNumber(baseline), target: formatNumber(target) }}
                />
              ) : baseline !== null ? (
                <FormattedMessage
                  id="followUp.goal.baselineOnly"
                  defaultMessage="{baseline} at the start"
                  values={{ baseline: formatNumber(baseline) }}
                />
              ) : (
                <FormattedMessage
                  id="followUp.goal.targetOnly"
                  defaultMessage="Target {target}"
                  values={{ target: formatNumber(target!) }}
                />
              )}
            </dd>
          </div>
        )}
        {followUp.byDate && (
          <div>
            <dt>
              <FormattedMessage id="followUp.goal.byWhen" defaultMessage="By when" />
            </dt>
            <dd>{formatLocalDate(followUp.byDate)}</dd>
          </div>
        )}
        <div>
          <dt>
            <FormattedMessage id="followUp.goal.cohort" defaultMessage="Programme" />
          </dt>
          <dd>{followUp.cohortName}</dd>
        </div>
      </dl>
      <p className="field-hint">
        {intl.formatMessage(
          { id: 'followUp.goal.linkWorksUntil', defaultMessage: 'This link works until {date}.' },
          { date: formatDate(followUp.expiresAt, browserTimeZone()) },
        )}
      </p>
    </section>
  );
}

/** What was recorded: reached or not, the value now, the note, and when. */
export function GoalFollowUpAnswer({ followUp }: { followUp: GoalFollowUpFieldsFragment }) {
  const intl = useIntl();
  const id = useId();
  if (!followUp.reached) return null;
  return (
    <section className="follow-up-section" aria-labelledby={id}>
      <h2 id={id} className="follow-up-heading">
        <FormattedMessage id="followUp.answer.heading" defaultMessage="Your answer" />
      </h2>
      <dl className="follow-up-facts">
        <div>
          <dt>
            <FormattedMessage id="followUp.answer.reached" defaultMessage="Did you reach your goal?" />
          </dt>
          <dd>{intl.formatMessage(REACHED_ANSWER[followUp.reached])}</dd>
        </div>
        {followUp.currentValue !== null && (
          <div>
            <dt>
              <FormattedMessage id="followUp.answer.currentValue" defaultMessage="Where you are now" />
            </dt>
            <dd>{formatNumber(followUp.currentValue)}</dd>
          </div>
        )}
        {followUp.note && (
          <div>
            <dt>
              <FormattedMessage id="followUp.answer.note" defaultMessage="Your note" />
            </dt>
            <dd className="follow-up-note">{followUp.note}</dd>
          </div>
        )}
        {followUp.recordedAt && (
          <div>
            <dt>
              <FormattedMessage id="followUp.answer.recordedAt" defaultMessage="Recorded" />
            </dt>
            <dd>{formatDate(followUp.recordedAt, browserTimeZone())}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
