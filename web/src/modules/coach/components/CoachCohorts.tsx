import '../coach.css';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link } from '../../../lib/router';
import type { CohortStatus, LiveSessionFieldsFragment } from '../../../gql/graphql';
import { formatLocalDate, formatSessionTime } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/Feedback';
import { CohortStatusPill } from '../../../ui/StatusPill';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { useCohorts, useLiveSessions, type CohortView } from '../../cohort/hooks/useCohorts';
import { CoachLearners } from './CoachLearners';

const RANK: Record<CohortStatus, number> = { RUNNING: 0, OPEN: 1, DRAFT: 2, COMPLETED: 3, ARCHIVED: 4 };
/** Sessions shown before "Show all": the last few held and the next few. */
const AROUND = 3;
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
const cancelledPill = (chunks: ReactNode[]) => <span className="pill pill-revoked">{chunks}</span>;

/** "Week 3 of 7", "Starts 14 Dec 2026", "Ended", in the display language. */
function weekLine(intl: IntlShape, c: Pick<CohortView, 'currentWeek' | 'programme' | 'startDate'>): string {
  if (c.currentWeek === 0)
    return intl.formatMessage({ id: 'coach.cohort.starts', defaultMessage: 'Starts {date}' }, { date: formatLocalDate(c.startDate) });
  if (c.currentWeek > c.programme.weeks) return intl.formatMessage({ id: 'coach.cohort.ended', defaultMessage: 'Ended' });
  return intl.formatMessage(
    { id: 'coach.cohort.week', defaultMessage: 'Week {week, number} of {weeks, number}' },
    { week: c.currentWeek, weeks: c.programme.weeks },
  );
}

/** The cohorts a coach is assigned to, running ones first: sessions to take attendance for, learners at risk. */
export function CoachCohorts() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useCohorts();
  if (loading && !data)
    return <Loading label={intl.formatMessage({ id: 'coach.cohorts.loading', defaultMessage: 'Loading your cohorts…' })} />;
  if (error && !data)
    return (
      <ErrorNotice
        error={error}
        title={intl.formatMessage({ id: 'coach.cohorts.loadFailed', defaultMessage: 'Your cohorts could not be loaded' })}
        onRetry={() => void refetch()}
      />
    );
  const cohorts = [...(data?.cohorts ?? [])]
    .filter((c) => c.status !== 'ARCHIVED')
    .sort((a, b) => RANK[a.status] - RANK[b.status] || b.startDate.localeCompare(a.startDate));
  if (cohorts.length === 0) {
    return (
      <EmptyState title={intl.formatMessage({ id: 'coach.cohorts.emptyTitle', defaultMessage: 'No cohorts yet' })}>
        <FormattedMessage
          id="coach.cohorts.emptyText"
          defaultMessage="When a partner assigns you to a cohort, its sessions and learners appear here."
        />
      </EmptyState>
    );
  }
  return (
    <div className="stack page-stack">
      {cohorts.map((c) => (
        <CoachCohort key={c.id} cohort={c} />
      ))}
    </div>
  );
}

function CoachCohort({ cohort: c }: { cohort: CohortView }) {
  const intl = useIntl();
  return (
    <Card
      title={c.name}
      description={intl.formatMessage(
        { id: 'coach.cohort.description', defaultMessage: '{code} · {weekLine} · {seats, number} learners · {partner}' },
        { code: c.programme.code, weekLine: weekLine(intl, c), seats: c.seatsTaken, partner: c.partnerName },
      )}
      actions={<CohortStatusPill status={c.status} />}
      className="coach-cohort"
    >
      <div className="coach-cohort-grid">
        <CohortSessions cohort={c} />
        <CoachLearners cohort={c} />
      </div>
    </Card>
  );
}

function CohortSessions({ cohort }: { cohort: CohortView }) {
  const intl = useIntl();
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
        <FormattedMessage id="coach.sessions.heading" defaultMessage="Sessions" />
        {data && <span className="count">{sessions.length}</span>}
      </h3>
      {loading && !data ? (
        <Loading label={intl.formatMessage({ id: 'coach.sessions.loading', defaultMessage: 'Loading sessions…' })} />
      ) : error && !data ? (
        <ErrorNotice
          error={error}
          title={intl.formatMessage({ id: 'coach.sessions.loadFailed', defaultMessage: 'Sessions could not be loaded' })}
        />
      ) : (
        <>
          <ul className="session-list">
            {shown.map((s) => (
              <SessionItem key={s.id} session={s} cohortId={cohort.id} timeZone={timeZone} now={now} />
            ))}
          </ul>
          {sessions.length > shown.length && (
            <button type="button" className="button button-secondary button-small align-start" onClick={() => setAll(true)}>
              <FormattedMessage
                id="coach.sessions.showAll"
                defaultMessage="Show all {count, plural, one {# session} other {# sessions}}<hidden> of {cohort}</hidden>"
                values={{ count: sessions.length, cohort: cohort.name, hidden }}
              />
            </button>
          )}
        </>
      )}
    </section>
  );
}

function SessionItem({
  session: s,
  cohortId,
  timeZone,
  now,
}: {
  session: LiveSessionFieldsFragment;
  cohortId: string;
  timeZone: string;
  now: number;
}) {
  const intl = useIntl();
  const started = new Date(s.startsAt).getTime() - 30 * 60_000 <= now;
  const held = new Date(s.endsAt).getTime() <= now;
  return (
    <li className={`session-item${s.cancelled ? ' row-muted' : ''}`}>
      <div className="session-main">
        <span className="cell-strong">{s.title}</span>
        <span className="cell-sub">
          <FormattedMessage
            id="coach.sessions.meta"
            defaultMessage="Week {week, number} · {when}{state, select, cancelled { · <pill>Cancelled</pill>} held { · held} other {}}"
            values={{
              week: s.week,
              when: <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, timeZone)}</time>,
              state: s.cancelled ? 'cancelled' : held ? 'held' : 'upcoming',
              pill: cancelledPill,
            }}
          />
        </span>
      </div>
      {!s.cancelled && started ? (
        <Link
          className="button button-secondary button-small"
          to={`/coach/sessions/${s.id}?cohort=${cohortId}`}
          aria-label={intl.formatMessage(
            { id: 'coach.sessions.takeAttendanceFor', defaultMessage: 'Take attendance for {title}' },
            { title: s.title },
          )}
        >
          <FormattedMessage id="coach.sessions.takeAttendance" defaultMessage="Take attendance" />
        </Link>
      ) : !s.cancelled && s.joinUrl ? (
        <a className="button button-secondary button-small" href={s.joinUrl} target="_blank" rel="noreferrer">
          <FormattedMessage
            id="coach.sessions.join"
            defaultMessage="Join<hidden> {title} (opens in a new tab)</hidden>"
            values={{ title: s.title, hidden }}
          />
        </a>
      ) : null}
    </li>
  );
}
