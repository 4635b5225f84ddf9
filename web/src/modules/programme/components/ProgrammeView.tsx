import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { ProgrammeDetailFieldsFragment, SubmissionKind } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/Feedback';
import { Markdown } from '../../../ui/Markdown';
import { PlainText } from '../../../ui/PlainText';
import { KIND_LABEL, weekdayName } from '../hooks/definition';
import { SPACE } from '../../../lib/jsx';

/** How a submission is handed in, as the assignment line says it ("submitted as file, link"). */
const SUBMISSION_KIND = defineMessages({
  FILE: { id: 'programme.view.submissionFile', defaultMessage: 'file' },
  LINK: { id: 'programme.view.submissionLink', defaultMessage: 'link' },
  TEXT: { id: 'programme.view.submissionText', defaultMessage: 'text' },
});

/** Not a word: what stands between the levels of a rubric criterion. */
const LEVEL_SEP = ' · ';

type Module = ProgrammeDetailFieldsFragment['modules'][number];
type Plan = ProgrammeDetailFieldsFragment['sessionPlan'];

/** A programme's definition, week by week, as learners and coaches will meet it. */
export function ProgrammeView({ programme: p }: { programme: ProgrammeDetailFieldsFragment }) {
  const intl = useIntl();
  return (
    <div className="stack page-stack">
      <div className="home-grid">
        <Card title={intl.formatMessage({ id: 'programme.view.overview', defaultMessage: 'Overview' })}>
          {p.summary ? (
            <PlainText text={p.summary} />
          ) : (
            <p className="muted">
              <FormattedMessage id="programme.view.noSummary" defaultMessage="No summary yet." />
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>
                <FormattedMessage id="programme.view.weeks" defaultMessage="Weeks" />
              </dt>
              <dd>{intl.formatNumber(p.weeks)}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="programme.view.hoursPerWeek" defaultMessage="Hours a week" />
              </dt>
              <dd>{intl.formatNumber(p.hoursPerWeek)}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="programme.view.liveSessions" defaultMessage="Live sessions" />
              </dt>
              <dd>{intl.formatNumber(p.sessionPlan.length)}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="programme.view.coachingSessions" defaultMessage="Coaching sessions" />
              </dt>
              <dd>
                <FormattedMessage
                  id="programme.view.perLearner"
                  defaultMessage="{count, number} per learner"
                  values={{ count: p.coachingSessions }}
                />
              </dd>
            </div>
          </dl>
        </Card>
        <Card title={intl.formatMessage({ id: 'programme.view.completion', defaultMessage: 'Completion and credential' })}>
          <ul className="checklist">
            <li>
              {p.completion.allAssignmentsPassed ? (
                <FormattedMessage id="programme.view.allAssignments" defaultMessage="Every assignment passed" />
              ) : (
                <FormattedMessage id="programme.view.notAllAssignments" defaultMessage="Assignments need not all be passed" />
              )}
            </li>
            <li>
              <FormattedMessage
                id="programme.view.minAttendance"
                defaultMessage="At least {percent, number} % of live sessions attended"
                values={{ percent: p.completion.minAttendancePercent }}
              />
            </li>
            <li>
              <FormattedMessage
                id="programme.view.coachingDone"
                defaultMessage="{required, number} of {total, plural, one {# coaching session} other {# coaching sessions}} done"
                values={{ required: p.completion.coachingSessionsRequired, total: p.coachingSessions }}
              />
            </li>
          </ul>
          <div className="credential-box">
            <p className="cell-strong">{p.credential.name}</p>
            <p>{p.credential.description}</p>
            <p className="field-hint">
              <FormattedMessage
                id="programme.view.criteria"
                defaultMessage="Criteria: {criteria}"
                values={{ criteria: p.credential.criteria }}
              />
            </p>
            <p className="field-hint">
              {p.credential.validityMonths ? (
                <FormattedMessage
                  id="programme.view.validFor"
                  defaultMessage="Valid for {months, plural, one {# month} other {# months}}"
                  values={{ months: p.credential.validityMonths }}
                />
              ) : (
                <FormattedMessage id="programme.view.neverExpires" defaultMessage="Never expires" />
              )}
            </p>
          </div>
        </Card>
      </div>
      <section className="card" aria-labelledby="weeks-heading">
        <h2 id="weeks-heading" className="card-title">
          <FormattedMessage id="programme.view.weeks" defaultMessage="Weeks" />
          <span className="count">{p.modules.length}</span>
        </h2>
        <ol className="module-list">
          {p.modules.map((m) => (
            <ModuleView
              key={m.week}
              module={m}
              plan={p.sessionPlan.filter((s) => s.week === m.week)}
              open={m.week === 1}
              language={p.language}
            />
          ))}
        </ol>
      </section>
      <SessionPlanTable plan={p.sessionPlan} />
    </div>
  );
}

function ModuleView({ module: m, plan, open, language }: { module: Module; plan: Plan; open: boolean; language: string }) {
  const intl = useIntl();
  const minutes = m.contentItems.reduce((n, c) => n + c.minutes, 0);
  const submittedAs = (kinds: readonly SubmissionKind[]) =>
    intl.formatList(
      kinds.map((k) => (k in SUBMISSION_KIND ? intl.formatMessage(SUBMISSION_KIND[k]) : k.toLowerCase())),
      { type: 'unit', style: 'short' },
    );
  return (
    <li className="module disclosure">
      <details open={open}>
        <summary>
          <span className="module-title">
            <FormattedMessage
              id="programme.view.moduleTitle"
              defaultMessage="Week {week, number}: {title}"
              values={{ week: m.week, title: m.title }}
            />
          </span>
          <span className="message-meta">
            <FormattedMessage
              id="programme.view.moduleMeta"
              defaultMessage="{items, plural, one {# item} other {# items}} · {minutes, number} min · {assignment, select, yes {1 assignment} other {no assignment}} · {sessions, plural, one {# session} other {# sessions}}"
              values={{ items: m.contentItems.length, minutes, assignment: m.assignment ? 'yes' : 'no', sessions: plan.length }}
            />
          </span>
        </summary>
        <div className="module-body">
          {m.summary && <p className="page-lead">{m.summary}</p>}
          <h3 className="section-title">
            <FormattedMessage id="programme.view.content" defaultMessage="Content" />
          </h3>
          {m.contentItems.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="programme.view.noContent" defaultMessage="No content yet." />
            </p>
          ) : (
            <ol className="item-list">
              {m.contentItems.map((c) => (
                <li key={c.id}>
                  <span className="pill pill-quiet">{intl.formatMessage(KIND_LABEL[c.kind])}</span>
                  {SPACE}
                  <span className="cell-strong inline">{c.title}</span>
                  {SPACE}
                  <span className="muted">
                    <FormattedMessage
                      id="programme.view.itemMinutes"
                      defaultMessage="· {minutes, number} min"
                      values={{ minutes: c.minutes }}
                    />
                  </span>
                  {c.url && (
                    <span className="cell-sub">
                      <a href={c.url} target="_blank" rel="noreferrer">
                        {c.url}
                      </a>
                    </span>
                  )}
                  {c.body && <Markdown text={c.body} headingLevel={4} lang={language} className="cell-sub" />}
                </li>
              ))}
            </ol>
          )}
          {m.assignment && (
            <>
              <h3 className="section-title">
                <FormattedMessage id="programme.view.assignment" defaultMessage="Assignment" />
              </h3>
              <div className="assignment-box">
                <p className="assignment-title">{m.assignment.title}</p>
                <p className="assignment-due">
                  <FormattedMessage
                    id="programme.view.assignmentDue"
                    defaultMessage="Due on day {day, number} of the week at {time} (cohort time) · pass mark {passMark, number} of {maxPoints, number} · submitted as {kinds}"
                    values={{
                      day: m.assignment.dueDay,
                      time: m.assignment.dueTime,
                      passMark: m.assignment.passMark,
                      maxPoints: m.assignment.maxPoints,
                      kinds: submittedAs(m.assignment.submissionKinds),
                    }}
                  />
                </p>
                <Markdown text={m.assignment.instructions} headingLevel={4} lang={language} />
                {m.assignment.rubric.length > 0 && (
                  <DataTable
                    name={{ caption: intl.formatMessage({ id: 'programme.view.rubric', defaultMessage: 'Rubric' }), visible: true }}
                    className="table-compact rubric"
                    wrap={false}
                    columns={[
                      intl.formatMessage({ id: 'programme.view.colCriterion', defaultMessage: 'Criterion' }),
                      intl.formatMessage({ id: 'programme.view.colLevels', defaultMessage: 'Levels' }),
                    ]}
                    rows={m.assignment.rubric}
                    rowKey={(r) => r.id}
                    renderRow={(r) => (
                      <tr>
                        <th scope="row">{r.title}</th>
                        <td>
                          {r.levels
                            .map((l) =>
                              intl.formatMessage(
                                { id: 'programme.view.level', defaultMessage: '{label} ({points, number})' },
                                { label: l.label, points: l.points },
                              ),
                            )
                            .join(LEVEL_SEP)}
                        </td>
                      </tr>
                    )}
                  />
                )}
              </div>
            </>
          )}
        </div>
      </details>
    </li>
  );
}

function SessionPlanTable({ plan }: { plan: Plan }) {
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="plan-heading">
      <div>
        <h2 id="plan-heading" className="card-title">
          <FormattedMessage id="programme.view.sessionPlan" defaultMessage="Session plan" />
          <span className="count">{plan.length}</span>
        </h2>
        <p className="card-description">
          <FormattedMessage
            id="programme.view.sessionPlanDescription"
            defaultMessage="{count, plural, one {# planned live session} other {# planned live sessions}}. Each cohort dates them from its start, on its own wall clock."
            values={{ count: plan.length }}
          />
        </p>
      </div>
      <DataTable
        name={{ caption: intl.formatMessage({ id: 'programme.view.planCaption', defaultMessage: 'Planned live sessions' }) }}
        className="table-compact"
        columns={[
          intl.formatMessage({ id: 'programme.view.colWeek', defaultMessage: 'Week' }),
          intl.formatMessage({ id: 'programme.view.colSession', defaultMessage: 'Session' }),
          intl.formatMessage({ id: 'programme.view.colDay', defaultMessage: 'Day' }),
          intl.formatMessage({ id: 'programme.view.colTime', defaultMessage: 'Time' }),
          intl.formatMessage({ id: 'programme.view.colDuration', defaultMessage: 'Duration' }),
        ]}
        rows={[...plan].sort((a, b) => a.week - b.week || a.weekday - b.weekday || a.time.localeCompare(b.time))}
        rowKey={(_, i) => i}
        renderRow={(s) => (
          <tr>
            <td>{intl.formatNumber(s.week)}</td>
            <th scope="row">{s.title}</th>
            <td>{weekdayName(s.weekday)}</td>
            <td>{s.time}</td>
            <td>
              <FormattedMessage
                id="programme.view.minutes"
                defaultMessage="{minutes, number} min"
                values={{ minutes: s.durationMinutes }}
              />
            </td>
          </tr>
        )}
        empty={<EmptyState title={intl.formatMessage({ id: 'programme.view.noSessions', defaultMessage: 'No sessions planned' })} />}
      />
    </section>
  );
}
