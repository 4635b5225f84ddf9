import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from '../../../lib/router';
import { formatSessionTime, zoneLongName } from '../../../lib/time';
import type { AssignmentProgress } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { useTimeZone } from '../../auth/hooks/useViewer';
import type { LearnerEnrolment } from '../hooks/useLearnerHome';
import { formatMinutes } from './WeekPanel';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** The next live session, in the viewer's zone with the zone named, and the link to join it. */
export function NextSessionCard({ enrolment }: { enrolment: LearnerEnrolment }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const s = enrolment.nextSession;
  // the zone's name and its IANA id: names, no words of ours
  const zone = s ? `${zoneLongName(timeZone, new Date(s.startsAt))} (${timeZone})` : '';
  return (
    <Card title={intl.formatMessage({ id: 'learner.nextSession.title', defaultMessage: 'Next live session' })}>
      {!s ? (
        <EmptyState title={intl.formatMessage({ id: 'learner.nextSession.emptyTitle', defaultMessage: 'No live session coming up' })}>
          <FormattedMessage
            id="learner.nextSession.emptyText"
            defaultMessage="Sessions of your cohort appear here with the link to join."
          />
        </EmptyState>
      ) : (
        <div className="next-session">
          <p className="next-session-title">{s.title}</p>
          <p className="next-session-time">
            <time dateTime={s.startsAt} title={zone}>
              {formatSessionTime(s.startsAt, timeZone)}
            </time>
          </p>
          <p className="muted">
            <FormattedMessage
              id="learner.nextSession.meta"
              defaultMessage="Week {week, number} · {duration}{hosted, select, yes { · hosted by {host}} other {}}"
              values={{
                week: s.week,
                duration: formatMinutes(intl, s.durationMinutes),
                hosted: s.host ? 'yes' : 'no',
                host: s.host?.name ?? '',
              }}
            />
          </p>
          {s.joinUrl ? (
            <a className="button button-primary" href={s.joinUrl} target="_blank" rel="noreferrer">
              <FormattedMessage
                id="learner.nextSession.join"
                defaultMessage="Join session<hidden> {title} (opens in a new tab)</hidden>"
                values={{ title: s.title, hidden }}
              />
            </a>
          ) : (
            <p className="field-hint">
              <FormattedMessage
                id="learner.nextSession.linkToCome"
                defaultMessage="The link to join will appear here before the session."
              />
            </p>
          )}
        </div>
      )}
      <p className="card-link-row">
        <Link to={`/learner/schedule/${enrolment.id}`}>
          <FormattedMessage id="learner.nextSession.scheduleLink" defaultMessage="All sessions, recordings and your attendance" />
        </Link>
      </p>
    </Card>
  );
}

/** What an assignment's state says on the due list, overdue or not ("Overdue · revise and resubmit"). */
function DueState({ state, overdue }: { state: AssignmentProgress; overdue: boolean }) {
  return overdue ? (
    <FormattedMessage
      id="learner.due.stateOverdue"
      defaultMessage="Overdue · {state, select, NOT_SUBMITTED {not submitted yet} AWAITING_REVIEW {submitted · awaiting review} REVISION_REQUESTED {revise and resubmit} PASSED {passed} other {not passed}}"
      values={{ state }}
    />
  ) : (
    <FormattedMessage
      id="learner.due.state"
      defaultMessage="{state, select, NOT_SUBMITTED {Not submitted yet} AWAITING_REVIEW {Submitted · awaiting review} REVISION_REQUESTED {Revise and resubmit} PASSED {Passed} other {Not passed}}"
      values={{ state }}
    />
  );
}

/** What the learner still has to do (or wait for), each a link to the assignment; passed weeks leave the list. */
export function DueCard({ enrolment }: { enrolment: LearnerEnrolment }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  return (
    <Card title={intl.formatMessage({ id: 'learner.due.title', defaultMessage: 'What’s due' })}>
      {enrolment.due.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'learner.due.emptyTitle', defaultMessage: 'Nothing due right now' })}>
          <FormattedMessage id="learner.due.emptyText" defaultMessage="Assignments of open weeks appear here until they have passed." />
        </EmptyState>
      ) : (
        <ul className="due-list" data-testid="due-list">
          {enrolment.due.map((d) => {
            const tone = d.overdue ? 'overdue' : d.state === 'REVISION_REQUESTED' ? 'revise' : 'plain';
            return (
              <li key={`${d.week}-${d.title}`} className="due-item" data-state={d.state}>
                <Link className="due-title" to={`/learner/assignments/${enrolment.id}/${d.week}`}>
                  {d.title}
                </Link>
                <span className="due-meta">
                  <FormattedMessage
                    id="learner.due.meta"
                    defaultMessage="Week {week, number} · due {when}"
                    values={{ week: d.week, when: <time dateTime={d.dueAt}>{formatSessionTime(d.dueAt, timeZone)}</time> }}
                  />
                </span>
                <span className={`due-state due-state-${tone}`}>
                  <DueState state={d.state} overdue={d.overdue} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
