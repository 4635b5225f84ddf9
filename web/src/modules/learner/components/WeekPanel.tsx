import { lazy, useId, useState, type ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { formatDateTime, formatList, formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ErrorNotice } from '../../../ui/Feedback';
import { Markdown } from '../../../ui/Markdown';
import { LockIcon } from '../../../ui/WeekStrip';
import { WhenNear } from '../../../ui/WhenNear';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useSetItemCompleted, type LearnerEnrolment, type LearnerItem, type LearnerWeek } from '../hooks/useLearnerHome';

// below the first screen (the assignment comes after the week's content): loaded on scrolling towards it
const AssignmentStatus = lazy(async () => ({ default: (await import('../../grading/components/AssignmentStatus')).AssignmentStatus }));

const KIND_LABEL = defineMessages({
  TUTORIAL: { id: 'learner.weekPanel.kindTutorial', defaultMessage: 'Tutorial' },
  VIDEO: { id: 'learner.weekPanel.kindVideo', defaultMessage: 'Video' },
  READING: { id: 'learner.weekPanel.kindReading', defaultMessage: 'Reading' },
  CASE_STUDY: { id: 'learner.weekPanel.kindCaseStudy', defaultMessage: 'Case study' },
  LINK: { id: 'learner.weekPanel.kindLink', defaultMessage: 'Link' },
});
const SUBMISSION_LABEL = defineMessages({
  TEXT: { id: 'learner.weekPanel.submitText', defaultMessage: 'text' },
  LINK: { id: 'learner.weekPanel.submitLink', defaultMessage: 'a link' },
  FILE: { id: 'learner.weekPanel.submitFile', defaultMessage: 'a file' },
});
const isKind = <T extends object>(labels: T, kind: string): kind is Extract<keyof T, string> => Object.hasOwn(labels, kind);
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** One week of the learner's programme: its content with ticks and its assignment, or when it opens. */
export function WeekPanel({ enrolment, week }: { enrolment: LearnerEnrolment; week: LearnerWeek }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const minutes = week.contentItems.reduce((n, c) => n + c.minutes, 0);
  const done = week.contentItems.filter((c) => c.completed).length;
  const title = intl.formatMessage(
    { id: 'learner.weekPanel.title', defaultMessage: 'Week {week, number}: {title}' },
    { week: week.week, title: week.title },
  );
  const tag = week.current ? (
    <span className="pill pill-status-running">
      <FormattedMessage id="learner.weekPanel.thisWeek" defaultMessage="This week" />
    </span>
  ) : !week.open ? (
    <span className="pill pill-quiet">
      <FormattedMessage id="learner.weekPanel.locked" defaultMessage="Locked" />
    </span>
  ) : undefined;

  if (!week.open) {
    return (
      <Card title={title} actions={tag} className="week-panel">
        <div className="locked-week">
          <LockIcon />
          <p>
            <FormattedMessage
              id="learner.weekPanel.opensOn"
              defaultMessage="This week opens on {when}."
              values={{ when: <time dateTime={week.opensAt}>{formatDateTime(week.opensAt, timeZone)}</time> }}
            />
          </p>
        </div>
      </Card>
    );
  }

  return (
    <Card title={title} actions={tag} description={week.summary || undefined} className="week-panel">
      <section className="week-section" aria-labelledby={`content-${week.week}`}>
        <h3 id={`content-${week.week}`} className="section-title">
          <FormattedMessage
            id="learner.weekPanel.contentHeading"
            defaultMessage="Content <count>{done, number} of {total, number} done</count><meta>about {duration}</meta>"
            values={{
              done,
              total: week.contentItems.length,
              duration: formatMinutes(intl, minutes),
              count: (chunks: ReactNode[]) => <span className="count">{chunks}</span>,
              meta: (chunks: ReactNode[]) => <span className="section-meta">{chunks}</span>,
            }}
          />
        </h3>
        {/* programme content is shown as authored, in its own language */}
        <ul className="content-items" lang={enrolment.cohort.programme.language}>
          {week.contentItems.map((item) => (
            <ContentItemRow key={item.id} enrolment={enrolment} item={item} />
          ))}
        </ul>
      </section>
      {week.assignment && (
        <section className="week-section assignment" aria-labelledby={`assignment-${week.week}`}>
          <h3 id={`assignment-${week.week}`} className="section-title">
            <FormattedMessage id="learner.weekPanel.assignment" defaultMessage="Assignment" />
          </h3>
          <div className="assignment-box">
            <p className="assignment-title" lang={enrolment.cohort.programme.language}>
              {week.assignment.title}
            </p>
            <p className="assignment-due">
              <FormattedMessage
                id="learner.weekPanel.due"
                defaultMessage="Due {when}"
                values={{ when: <time dateTime={week.assignment.dueAt}>{formatSessionTime(week.assignment.dueAt, timeZone)}</time> }}
              />
            </p>
            {week.assignment.instructions && (
              <Markdown text={week.assignment.instructions} headingLevel={4} lang={enrolment.cohort.programme.language} />
            )}
            {week.assignment.submissionKinds.length > 0 && (
              <p className="field-hint">
                <FormattedMessage
                  id="learner.weekPanel.submitAs"
                  defaultMessage="Submit as {kinds}."
                  values={{
                    kinds: formatList(
                      week.assignment.submissionKinds.map((k) =>
                        isKind(SUBMISSION_LABEL, k) ? intl.formatMessage(SUBMISSION_LABEL[k]) : k.toLowerCase(),
                      ),
                      'disjunction',
                    ),
                  }}
                />
              </p>
            )}
            <WhenNear minHeight="4.5rem">
              <AssignmentStatus enrolmentId={enrolment.id} week={week.week} open={week.open} />
            </WhenNear>
          </div>
        </section>
      )}
    </Card>
  );
}

function ContentItemRow({ enrolment, item }: { enrolment: LearnerEnrolment; item: LearnerItem }) {
  const id = useId();
  const intl = useIntl();
  const kind = isKind(KIND_LABEL, item.kind) ? intl.formatMessage(KIND_LABEL[item.kind]) : item.kind;
  const [setCompleted] = useSetItemCompleted();
  const [error, setError] = useState<unknown>(null);
  return (
    <li className={`content-item${item.completed ? ' content-item-done' : ''}`}>
      <div className="content-item-head">
        <input
          id={id}
          type="checkbox"
          className="tick"
          checked={item.completed}
          aria-describedby={`${id}-meta`}
          onChange={async (e) => {
            setError(null);
            try {
              await setCompleted(enrolment, item.id, e.target.checked);
            } catch (err) {
              setError(err);
            }
          }}
        />
        <div className="content-item-main">
          <label htmlFor={id} className="content-item-title">
            {item.title}
          </label>
          <p id={`${id}-meta`} className="content-item-meta">
            <FormattedMessage
              id="learner.weekPanel.itemMeta"
              defaultMessage="{kind} · {duration}{done, select, yes {<hidden>, done</hidden>} other {}}"
              values={{ kind, duration: formatMinutes(intl, item.minutes), done: item.completed ? 'yes' : 'no', hidden }}
            />
          </p>
        </div>
      </div>
      {(item.body || item.url) && (
        <div className="content-item-body">
          {item.body && <Markdown text={item.body} headingLevel={4} lang={enrolment.cohort.programme.language} />}
          {item.url && (
            <p>
              <a href={item.url} target="_blank" rel="noreferrer">
                <FormattedMessage
                  id="learner.weekPanel.openItem"
                  defaultMessage="Open {kind, select, TUTORIAL {tutorial} VIDEO {video} READING {reading} CASE_STUDY {case study} other {link}}: {title}<hidden> (opens in a new tab)</hidden>"
                  values={{ kind: item.kind, title: item.title, hidden }}
                />
              </a>
            </p>
          )}
        </div>
      )}
      {error != null && (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'learner.weekPanel.tickNotSaved', defaultMessage: 'Your tick was not saved' })}
        />
      )}
    </li>
  );
}

/** "45 min", "1 h", "1 h 30 min" in the display language. */
export function formatMinutes(intl: IntlShape, minutes: number): string {
  if (minutes < 60) return intl.formatMessage({ id: 'learner.duration.minutes', defaultMessage: '{minutes, number} min' }, { minutes });
  const hours = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m
    ? intl.formatMessage(
        { id: 'learner.duration.hoursMinutes', defaultMessage: '{hours, number} h {minutes, number} min' },
        { hours, minutes: m },
      )
    : intl.formatMessage({ id: 'learner.duration.hours', defaultMessage: '{hours, number} h' }, { hours });
}
