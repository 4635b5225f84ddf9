import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { Change, ChangedField, ProgrammeDiff } from '../hooks/programmeDiff';

const FIELD = defineMessages<ChangedField>({
  title: { id: 'programme.diff.fieldTitle', defaultMessage: 'title' },
  summary: { id: 'programme.diff.fieldSummary', defaultMessage: 'summary' },
  language: { id: 'programme.diff.fieldLanguage', defaultMessage: 'language' },
  hoursPerWeek: { id: 'programme.diff.fieldHoursPerWeek', defaultMessage: 'hours a week' },
  coachingSessions: { id: 'programme.diff.fieldCoachingSessions', defaultMessage: 'coaching sessions' },
  completion: { id: 'programme.diff.fieldCompletion', defaultMessage: 'completion criteria' },
  credential: { id: 'programme.diff.fieldCredential', defaultMessage: 'credential' },
  kind: { id: 'programme.diff.fieldKind', defaultMessage: 'kind' },
  body: { id: 'programme.diff.fieldBody', defaultMessage: 'text' },
  url: { id: 'programme.diff.fieldUrl', defaultMessage: 'URL' },
  minutes: { id: 'programme.diff.fieldMinutes', defaultMessage: 'minutes' },
  instructions: { id: 'programme.diff.fieldInstructions', defaultMessage: 'instructions' },
  submissionKinds: { id: 'programme.diff.fieldSubmissionKinds', defaultMessage: 'submission kinds' },
  passMark: { id: 'programme.diff.fieldPassMark', defaultMessage: 'pass mark' },
  due: { id: 'programme.diff.fieldDue', defaultMessage: 'due point' },
  levels: { id: 'programme.diff.fieldLevels', defaultMessage: 'levels and points' },
  week: { id: 'programme.diff.fieldWeek', defaultMessage: 'week' },
  weekday: { id: 'programme.diff.fieldWeekday', defaultMessage: 'day' },
  time: { id: 'programme.diff.fieldTime', defaultMessage: 'time' },
  durationMinutes: { id: 'programme.diff.fieldDuration', defaultMessage: 'duration' },
});

/** One line of the summary, e.g. "Rubric criterion changed: Insight (title, was “Customer insight”)". */
function ChangeLine({ change: c }: { change: Change }) {
  const intl = useIntl();
  const title =
    c.subject === 'session'
      ? intl.formatMessage(
          { id: 'programme.diff.sessionTitle', defaultMessage: '{title} (week {week, number})' },
          { title: c.title, week: c.week ?? 0 },
        )
      : c.title;
  switch (c.kind) {
    case 'added':
      return (
        <FormattedMessage
          id="programme.diff.added"
          defaultMessage="{subject, select, module {Week added} item {Content added} assignment {Assignment added} criterion {Rubric criterion added} session {Live session added} other {Added}}: {title}"
          values={{ subject: c.subject, title: <q>{title}</q> }}
        />
      );
    case 'removed':
      return (
        <FormattedMessage
          id="programme.diff.removed"
          defaultMessage="{subject, select, module {Week removed} item {Content removed} assignment {Assignment removed} criterion {Rubric criterion removed} session {Live session removed} other {Removed}}: {title}"
          values={{ subject: c.subject, title: <q>{title}</q> }}
        />
      );
    case 'reordered':
      return (
        <FormattedMessage
          id="programme.diff.reordered"
          defaultMessage="{subject, select, item {Content items in a new order} criterion {Rubric criteria in a new order} other {New order}}"
          values={{ subject: c.subject }}
        />
      );
    case 'changed': {
      const fields = intl.formatList(
        c.fields.map((f) =>
          f === 'title' && c.previousTitle !== undefined
            ? intl.formatMessage(
                { id: 'programme.diff.titleWas', defaultMessage: 'title, was “{previous}”' },
                { previous: c.previousTitle },
              )
            : intl.formatMessage(FIELD[f]),
        ),
        { type: 'unit', style: 'narrow' },
      );
      return (
        <FormattedMessage
          id="programme.diff.changed"
          defaultMessage="{subject, select, programme {Programme details changed} module {Week changed} item {Content changed} assignment {Assignment changed} criterion {Rubric criterion changed} session {Live session changed} other {Changed}}: {title} ({fields})"
          values={{ subject: c.subject, title: <q>{title}</q>, fields }}
        />
      );
    }
  }
}

function ChangeList({ changes }: { changes: Change[] }) {
  return (
    <ul className="diff-list">
      {changes.map((c, i) => (
        <li key={i} className={`diff-${c.kind}`}>
          <ChangeLine change={c} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What publishing would change, section by section: the programme's own details, each week
 * (content, assignment, rubric criteria), and the session plan. `headingLevel` is the level
 * of the section headings (one below the heading the summary sits under).
 */
export function PublishDiff({ diff, version, headingLevel }: { diff: ProgrammeDiff; version: number; headingLevel: 3 | 4 }) {
  const intl = useIntl();
  const H = `h${headingLevel}` as const;
  if (diff.count === 0) {
    return (
      <p>
        <FormattedMessage id="programme.diff.none" defaultMessage="Nothing differs from version {version, number}." values={{ version }} />
      </p>
    );
  }
  return (
    <div className="publish-diff">
      {diff.programme.length > 0 && (
        <section>
          <H className="diff-heading">
            <FormattedMessage id="programme.diff.programme" defaultMessage="Programme" />
          </H>
          <ChangeList changes={diff.programme} />
        </section>
      )}
      {diff.weeks.map((w) => (
        <section key={w.week}>
          <H className="diff-heading">
            {intl.formatMessage(
              { id: 'programme.diff.week', defaultMessage: 'Week {week, number}: {title}' },
              { week: w.week, title: w.title },
            )}
          </H>
          <ChangeList changes={w.changes} />
        </section>
      ))}
      {diff.sessions.length > 0 && (
        <section>
          <H className="diff-heading">
            <FormattedMessage id="programme.diff.sessionPlan" defaultMessage="Session plan" />
          </H>
          <ChangeList changes={diff.sessions} />
        </section>
      )}
    </div>
  );
}
