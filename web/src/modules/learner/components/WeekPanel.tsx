import { AssignmentSubmissionSlot } from '../../grading/components/slots';
import { useId, useState } from 'react';
import { formatDateTime, formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { ErrorNotice } from '../../../ui/Feedback';
import { PlainText } from '../../../ui/PlainText';
import { LockIcon } from '../../../ui/WeekStrip';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useSetItemCompleted, type LearnerEnrolment, type LearnerItem, type LearnerWeek } from '../hooks/useLearnerHome';

export const KIND_LABEL: Record<string, string> = { TUTORIAL: 'Tutorial', VIDEO: 'Video', READING: 'Reading', CASE_STUDY: 'Case study', LINK: 'Link' };
const SUBMISSION_LABEL: Record<string, string> = { TEXT: 'text', LINK: 'a link', FILE: 'a file' };

/** One week of the learner's programme: its content with ticks and its assignment, or when it opens. */
export function WeekPanel({ enrolment, week }: { enrolment: LearnerEnrolment; week: LearnerWeek }) {
  const timeZone = useTimeZone();
  const minutes = week.contentItems.reduce((n, c) => n + c.minutes, 0);
  const done = week.contentItems.filter((c) => c.completed).length;
  const title = `Week ${week.week}: ${week.title}`;
  const tag = week.current ? <span className="pill pill-status-running">This week</span> : !week.open ? <span className="pill pill-quiet">Locked</span> : undefined;

  if (!week.open) {
    return (
      <Card title={title} actions={tag} className="week-panel">
        <div className="locked-week">
          <LockIcon />
          <p>
            This week opens on <time dateTime={week.opensAt}>{formatDateTime(week.opensAt, timeZone)}</time>.
          </p>
        </div>
      </Card>
    );
  }

  return (
    <Card title={title} actions={tag} description={week.summary || undefined} className="week-panel">
      <section className="week-section" aria-labelledby={`content-${week.week}`}>
        <h3 id={`content-${week.week}`} className="section-title">
          Content <span className="count">{done} of {week.contentItems.length} done</span>
          <span className="section-meta">about {formatMinutes(minutes)}</span>
        </h3>
        <ul className="content-items">
          {week.contentItems.map((item) => (
            <ContentItemRow key={item.id} enrolment={enrolment} item={item} />
          ))}
        </ul>
      </section>
      {week.assignment && (
        <section className="week-section assignment" aria-labelledby={`assignment-${week.week}`}>
          <h3 id={`assignment-${week.week}`} className="section-title">
            Assignment
          </h3>
          <div className="assignment-box">
            <p className="assignment-title">{week.assignment.title}</p>
            <p className="assignment-due">
              Due <time dateTime={week.assignment.dueAt}>{formatSessionTime(week.assignment.dueAt, timeZone)}</time>
            </p>
            {week.assignment.instructions && <PlainText text={week.assignment.instructions} />}
            {week.assignment.submissionKinds.length > 0 && (
              <p className="field-hint">Submit as {listOr(week.assignment.submissionKinds.map((k) => SUBMISSION_LABEL[k] ?? k.toLowerCase()))}.</p>
            )}
            <AssignmentSubmissionSlot enrolmentId={enrolment.id} week={week.week} open={week.open} />
          </div>
        </section>
      )}
    </Card>
  );
}

function ContentItemRow({ enrolment, item }: { enrolment: LearnerEnrolment; item: LearnerItem }) {
  const id = useId();
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
            {KIND_LABEL[item.kind] ?? item.kind} · {formatMinutes(item.minutes)}
            {item.completed && <span className="visually-hidden">, done</span>}
          </p>
        </div>
      </div>
      {(item.body || item.url) && (
        <div className="content-item-body">
          {item.body && <PlainText text={item.body} />}
          {item.url && (
            <p>
              <a href={item.url} target="_blank" rel="noreferrer">
                Open {KIND_LABEL[item.kind]?.toLowerCase() ?? 'link'}: {item.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </p>
          )}
        </div>
      )}
      {error != null && <ErrorNotice error={error} title="Your tick was not saved" />}
    </li>
  );
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

function listOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
