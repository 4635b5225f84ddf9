import type { ProgrammeDetailFieldsFragment } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/Feedback';
import { PlainText } from '../../../ui/PlainText';
import { KIND_LABEL, WEEKDAYS } from '../hooks/definition';

type Module = ProgrammeDetailFieldsFragment['modules'][number];
type Plan = ProgrammeDetailFieldsFragment['sessionPlan'];

/** A programme's definition, week by week, as learners and coaches will meet it. */
export function ProgrammeView({ programme: p }: { programme: ProgrammeDetailFieldsFragment }) {
  return (
    <div className="stack page-stack">
      <div className="home-grid">
        <Card title="Overview">
          {p.summary ? <PlainText text={p.summary} /> : <p className="muted">No summary yet.</p>}
          <dl className="facts">
            <div>
              <dt>Weeks</dt>
              <dd>{p.weeks}</dd>
            </div>
            <div>
              <dt>Hours a week</dt>
              <dd>{p.hoursPerWeek}</dd>
            </div>
            <div>
              <dt>Live sessions</dt>
              <dd>{p.sessionPlan.length}</dd>
            </div>
            <div>
              <dt>Coaching sessions</dt>
              <dd>{p.coachingSessions} per learner</dd>
            </div>
          </dl>
        </Card>
        <Card title="Completion and credential">
          <ul className="checklist">
            <li>{p.completion.allAssignmentsPassed ? 'Every assignment passed' : 'Assignments need not all be passed'}</li>
            <li>At least {p.completion.minAttendancePercent} % of live sessions attended</li>
            <li>
              {p.completion.coachingSessionsRequired} of {p.coachingSessions} coaching sessions done
            </li>
          </ul>
          <div className="credential-box">
            <p className="cell-strong">{p.credential.name}</p>
            <p>{p.credential.description}</p>
            <p className="field-hint">Criteria: {p.credential.criteria}</p>
            <p className="field-hint">{p.credential.validityMonths ? `Valid for ${p.credential.validityMonths} months` : 'Never expires'}</p>
          </div>
        </Card>
      </div>
      <section className="card" aria-labelledby="weeks-heading">
        <h2 id="weeks-heading" className="card-title">
          Weeks<span className="count">{p.modules.length}</span>
        </h2>
        <ol className="module-list">
          {p.modules.map((m) => (
            <ModuleView key={m.week} module={m} plan={p.sessionPlan.filter((s) => s.week === m.week)} open={m.week === 1} />
          ))}
        </ol>
      </section>
      <SessionPlanTable plan={p.sessionPlan} />
    </div>
  );
}

function ModuleView({ module: m, plan, open }: { module: Module; plan: Plan; open: boolean }) {
  const minutes = m.contentItems.reduce((n, c) => n + c.minutes, 0);
  return (
    <li className="module disclosure">
      <details open={open}>
        <summary>
          <span className="module-title">
            Week {m.week}: {m.title}
          </span>
          <span className="message-meta">
            {m.contentItems.length} items · {minutes} min · {m.assignment ? '1 assignment' : 'no assignment'} · {plan.length} {plan.length === 1 ? 'session' : 'sessions'}
          </span>
        </summary>
        <div className="module-body">
          {m.summary && <p className="page-lead">{m.summary}</p>}
          <h3 className="section-title">Content</h3>
          {m.contentItems.length === 0 ? (
            <p className="muted">No content yet.</p>
          ) : (
            <ol className="item-list">
              {m.contentItems.map((c) => (
                <li key={c.id}>
                  <span className="pill pill-quiet">{KIND_LABEL[c.kind]}</span> <span className="cell-strong inline">{c.title}</span> <span className="muted">· {c.minutes} min</span>
                  {c.url && (
                    <span className="cell-sub">
                      <a href={c.url} target="_blank" rel="noreferrer">
                        {c.url}
                      </a>
                    </span>
                  )}
                  {c.body && <span className="cell-sub clamp">{c.body.replace(/^#+\s*/gm, '')}</span>}
                </li>
              ))}
            </ol>
          )}
          {m.assignment && (
            <>
              <h3 className="section-title">Assignment</h3>
              <div className="assignment-box">
                <p className="assignment-title">{m.assignment.title}</p>
                <p className="assignment-due">
                  Due on day {m.assignment.dueDay} of the week at {m.assignment.dueTime} (cohort time) · pass mark {m.assignment.passMark} of {m.assignment.maxPoints} · submitted as{' '}
                  {m.assignment.submissionKinds.map((k) => k.toLowerCase()).join(', ')}
                </p>
                <PlainText text={m.assignment.instructions} />
                {m.assignment.rubric.length > 0 && (
                  <DataTable
                    name={{ caption: 'Rubric', visible: true }}
                    className="table-compact rubric"
                    wrap={false}
                    columns={['Criterion', 'Levels']}
                    rows={m.assignment.rubric}
                    rowKey={(r) => r.id}
                    renderRow={(r) => (
                      <tr>
                        <th scope="row">{r.title}</th>
                        <td>{r.levels.map((l) => `${l.label} (${l.points})`).join(' · ')}</td>
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
  return (
    <section className="card" aria-labelledby="plan-heading">
      <div>
        <h2 id="plan-heading" className="card-title">
          Session plan<span className="count">{plan.length}</span>
        </h2>
        <p className="card-description">{plan.length} planned live sessions. Each cohort dates them from its start, on its own wall clock.</p>
      </div>
      <DataTable
        name={{ caption: 'Planned live sessions' }}
        className="table-compact"
        columns={['Week', 'Session', 'Day', 'Time', 'Duration']}
        rows={[...plan].sort((a, b) => a.week - b.week || a.weekday - b.weekday || a.time.localeCompare(b.time))}
        rowKey={(_, i) => i}
        renderRow={(s) => (
          <tr>
            <td>{s.week}</td>
            <th scope="row">{s.title}</th>
            <td>{WEEKDAYS[s.weekday - 1]}</td>
            <td>{s.time}</td>
            <td>{s.durationMinutes} min</td>
          </tr>
        )}
        empty={<EmptyState title="No sessions planned" />}
      />
    </section>
  );
}
