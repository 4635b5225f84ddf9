import '../coach.css';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CohortStatus, LiveSessionFieldsFragment } from '../../../gql/graphql';
import { formatLocalDate, formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { CohortStatusPill } from '../../../ui/StatusPill';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { AttendanceCell } from '../../cohort/components/RosterCard';
import { cohortWeekLine, useCohorts, useEnrolments, useLiveSessions, type CohortView } from '../../cohort/hooks/useCohorts';

const RANK: Record<CohortStatus, number> = { RUNNING: 0, OPEN: 1, DRAFT: 2, COMPLETED: 3, ARCHIVED: 4 };
/** Sessions shown before "Show all": the last few held and the next few. */
const AROUND = 3;

/** The cohorts a coach is assigned to, running ones first: sessions to take attendance for, learners at risk. */
export function CoachCohorts() {
  const { data, loading, error, refetch } = useCohorts();
  if (loading && !data) return <Loading label="Loading your cohorts…" />;
  if (error && !data) return <ErrorNotice error={error} title="Your cohorts could not be loaded" onRetry={() => void refetch()} />;
  const cohorts = [...(data?.cohorts ?? [])].filter((c) => c.status !== 'ARCHIVED').sort((a, b) => RANK[a.status] - RANK[b.status] || b.startDate.localeCompare(a.startDate));
  if (cohorts.length === 0) return <EmptyState title="No cohorts yet">When a partner assigns you to a cohort, its sessions and learners appear here.</EmptyState>;
  return (
    <div className="stack page-stack">
      {cohorts.map((c) => (
        <CoachCohort key={c.id} cohort={c} />
      ))}
    </div>
  );
}

function CoachCohort({ cohort: c }: { cohort: CohortView }) {
  return (
    <Card
      title={c.name}
      description={`${c.programme.code} · ${cohortWeekLine(c, formatLocalDate(c.startDate))} · ${c.seatsTaken} learners · ${c.partnerName}`}
      actions={<CohortStatusPill status={c.status} />}
      className="coach-cohort"
    >
      <div className="coach-cohort-grid">
        <CohortSessions cohort={c} />
        <CohortLearners cohort={c} />
      </div>
    </Card>
  );
}

function CohortSessions({ cohort }: { cohort: CohortView }) {
  const timeZone = useTimeZone();
  const { data, loading, error } = useLiveSessions(cohort.id);
  const [all, setAll] = useState(false);
  const sessions = data?.liveSessions ?? [];
  const now = Date.now();
  const firstUpcoming = sessions.findIndex((s) => new Date(s.endsAt).getTime() > now);
  const pivot = firstUpcoming === -1 ? sessions.length : firstUpcoming;
  const shown = all ? sessions : sessions.slice(Math.max(0, pivot - AROUND), pivot + AROUND);
  const headingId = `sessions-${cohort.id}`;
  return (
    <section className="people-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        Sessions{data && <span className="count">{sessions.length}</span>}
      </h3>
      {loading && !data ? (
        <Loading label="Loading sessions…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Sessions could not be loaded" />
      ) : (
        <>
          <ul className="session-list">
            {shown.map((s) => (
              <SessionItem key={s.id} session={s} cohortId={cohort.id} timeZone={timeZone} now={now} />
            ))}
          </ul>
          {sessions.length > shown.length && (
            <button type="button" className="button button-secondary button-small align-start" onClick={() => setAll(true)}>
              Show all {sessions.length} sessions<span className="visually-hidden"> of {cohort.name}</span>
            </button>
          )}
        </>
      )}
    </section>
  );
}

function SessionItem({ session: s, cohortId, timeZone, now }: { session: LiveSessionFieldsFragment; cohortId: string; timeZone: string; now: number }) {
  const started = new Date(s.startsAt).getTime() - 30 * 60_000 <= now;
  const held = new Date(s.endsAt).getTime() <= now;
  return (
    <li className={`session-item${s.cancelled ? ' row-muted' : ''}`}>
      <div className="session-main">
        <span className="cell-strong">{s.title}</span>
        <span className="cell-sub">
          Week {s.week} · <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, timeZone)}</time>
          {s.cancelled ? (
            <>
              {' '}
              · <span className="pill pill-revoked">Cancelled</span>
            </>
          ) : held ? (
            ' · held'
          ) : null}
        </span>
      </div>
      {!s.cancelled && started ? (
        <Link className="button button-secondary button-small" to={`/coach/sessions/${s.id}?cohort=${cohortId}`} aria-label={`Take attendance for ${s.title}`}>
          Take attendance
        </Link>
      ) : !s.cancelled && s.joinUrl ? (
        <a className="button button-secondary button-small" href={s.joinUrl} target="_blank" rel="noreferrer">
          Join<span className="visually-hidden"> {s.title} (opens in a new tab)</span>
        </a>
      ) : null}
    </li>
  );
}

/** Learners by attendance, lowest first, so those at risk of missing the credential stand out. */
function CohortLearners({ cohort }: { cohort: CohortView }) {
  const { data, loading, error } = useEnrolments(cohort.id);
  const min = cohort.programme.minAttendancePercent;
  const learners = [...(data?.enrolments ?? [])]
    .filter((e) => e.status === 'ACTIVE' || e.status === 'COMPLETED' || e.status === 'INVITED')
    .sort((a, b) => (a.attendance.percent ?? 101) - (b.attendance.percent ?? 101) || a.progressPercent - b.progressPercent);
  const atRisk = learners.filter((e) => e.attendance.percent != null && e.attendance.percent < min).length;
  const headingId = `learners-${cohort.id}`;
  return (
    <section className="people-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="section-title">
        Learners{data && <span className="count">{learners.length}</span>}
        {atRisk > 0 && <span className="pill pill-risk">{atRisk} at risk</span>}
      </h3>
      {loading && !data ? (
        <Loading label="Loading learners…" />
      ) : error && !data ? (
        <ErrorNotice error={error} title="Learners could not be loaded" />
      ) : (
        <DataTable
          name={{ caption: <>Learners of {cohort.name}, lowest attendance first; the programme asks for {min} %</> }}
          className="table-compact"
          wrap={false}
          columns={['Learner', 'Attendance', 'Progress']}
          rows={learners}
          rowKey={(e) => e.id}
          renderRow={(e) => {
            const risk = e.attendance.percent != null && e.attendance.percent < min;
            return (
              <tr className={risk ? 'row-risk' : undefined}>
                <th scope="row">
                  <span className="cell-strong">{e.learner.name}</span>
                  {e.outcomeGoal && <span className="cell-sub cell-goal-line" title={e.outcomeGoal}>Goal: {e.outcomeGoal}</span>}
                </th>
                <td>
                  <AttendanceCell percent={e.attendance.percent} atRisk={risk} attended={e.attendance.attended} held={e.attendance.counted} />
                </td>
                <td>{e.progressPercent} %</td>
              </tr>
            );
          }}
          empty={<EmptyState title="No learners yet" />}
        />
      )}
    </section>
  );
}
