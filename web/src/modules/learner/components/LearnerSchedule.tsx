import type { ReactNode } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import type { AttendanceStatus, MyScheduleQuery, ScheduledSessionWhen } from '../../../gql/graphql';
import { formatSessionTime, zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { attendanceSummary } from '../hooks/attendance';
import { formatMinutes } from './WeekPanel';
import '../learner.css';

type Schedule = MyScheduleQuery['mySchedule'];
type Scheduled = Schedule['sessions'][number];

const ATTENDANCE_LABEL = defineMessages({
  PRESENT: { id: 'learner.schedule.present', defaultMessage: 'Present' },
  ABSENT: { id: 'learner.schedule.absent', defaultMessage: 'Absent' },
  EXCUSED: { id: 'learner.schedule.excused', defaultMessage: 'Excused' },
}) satisfies Record<AttendanceStatus, unknown>;
const ATTENDANCE_TONE: Record<AttendanceStatus, string> = { PRESENT: 'pill-accepted', ABSENT: 'pill-failed', EXCUSED: 'pill-quiet' };
const WHEN_LABEL = defineMessages({
  PAST: { id: 'learner.schedule.held', defaultMessage: 'Held' },
  LIVE: { id: 'learner.schedule.onNow', defaultMessage: 'On now' },
  UPCOMING: { id: 'learner.schedule.upcoming', defaultMessage: 'Upcoming' },
  CANCELLED: { id: 'learner.schedule.cancelled', defaultMessage: 'Cancelled' },
}) satisfies Record<ScheduledSessionWhen, unknown>;
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** Every session of the learner's cohort: past ones with the recording and their attendance, upcoming ones with the link to join. */
export function LearnerSchedule({ schedule }: { schedule: Schedule }) {
  const intl = useIntl();
  const timeZone = useTimeZone();
  const upcoming = schedule.sessions.filter((s) => s.when === 'UPCOMING' || s.when === 'LIVE');
  const past = schedule.sessions.filter((s) => s.when === 'PAST' || s.when === 'CANCELLED');
  const upcomingLabel = intl.formatMessage({ id: 'learner.schedule.upcomingLabel', defaultMessage: 'Upcoming sessions' });
  const pastLabel = intl.formatMessage({ id: 'learner.schedule.pastLabel', defaultMessage: 'Past sessions' });
  return (
    <div className="stack">
      <Card
        title={intl.formatMessage({ id: 'learner.schedule.groupsTitle', defaultMessage: 'Your cohort’s groups' })}
        description={intl.formatMessage({
          id: 'learner.schedule.groupsDescription',
          defaultMessage: 'Where your cohort talks between sessions.',
        })}
      >
        {schedule.communityLinks.length === 0 ? (
          <EmptyState title={intl.formatMessage({ id: 'learner.schedule.noGroupsTitle', defaultMessage: 'No groups yet' })}>
            <FormattedMessage
              id="learner.schedule.noGroupsText"
              defaultMessage="When your partner adds your cohort’s WhatsApp or LinkedIn group, it appears here."
            />
          </EmptyState>
        ) : (
          <ul className="community-links">
            {schedule.communityLinks.map((l) => (
              <li key={l.url}>
                <a className="button button-secondary" href={l.url} target="_blank" rel="noreferrer">
                  <FormattedMessage
                    id="learner.schedule.groupLink"
                    defaultMessage="{label}<hidden> (opens in a new tab)</hidden>"
                    values={{ label: l.label, hidden }}
                  />
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        title={intl.formatMessage(
          { id: 'learner.schedule.upcomingTitle', defaultMessage: 'Upcoming sessions ({count, number})' },
          { count: upcoming.length },
        )}
        description={intl.formatMessage(
          { id: 'learner.schedule.upcomingDescription', defaultMessage: 'Times in your time zone, {zone}.' },
          { zone: zoneLongName(timeZone) },
        )}
      >
        {upcoming.length === 0 ? (
          <EmptyState title={intl.formatMessage({ id: 'learner.schedule.noneLeftTitle', defaultMessage: 'No sessions left' })}>
            <FormattedMessage id="learner.schedule.noneLeftText" defaultMessage="Every live session of your cohort has been held." />
          </EmptyState>
        ) : (
          <ol className="schedule-list" aria-label={upcomingLabel}>
            {upcoming.map((s) => (
              <SessionRow key={s.session.id} item={s} timeZone={timeZone} />
            ))}
          </ol>
        )}
      </Card>
      <Card
        title={intl.formatMessage(
          { id: 'learner.schedule.pastTitle', defaultMessage: 'Past sessions ({count, number})' },
          { count: past.length },
        )}
        description={intl.formatMessage(
          { id: 'learner.schedule.pastDescription', defaultMessage: 'Attendance: {summary}.' },
          { summary: attendanceSummary(intl, schedule.attendance) },
        )}
      >
        {past.length === 0 ? (
          <EmptyState title={intl.formatMessage({ id: 'learner.schedule.noneHeldTitle', defaultMessage: 'No session held yet' })}>
            <FormattedMessage
              id="learner.schedule.noneHeldText"
              defaultMessage="Held sessions appear here with their recording and your attendance."
            />
          </EmptyState>
        ) : (
          <ol className="schedule-list" aria-label={pastLabel}>
            {past.map((s) => (
              <SessionRow key={s.session.id} item={s} timeZone={timeZone} />
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}

function SessionRow({ item, timeZone }: { item: Scheduled; timeZone: string }) {
  const intl = useIntl();
  const s = item.session;
  const past = item.when === 'PAST';
  return (
    <li className="schedule-item" data-testid="schedule-session" data-when={item.when}>
      <div>
        <p className="schedule-item-title">{s.title}</p>
        <p className="schedule-item-meta muted">
          <FormattedMessage
            id="learner.schedule.sessionMeta"
            defaultMessage="Week {week, number} · {when} · {duration}{hosted, select, yes { · hosted by {host}} other {}}"
            values={{
              week: s.week,
              when: <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, timeZone)}</time>,
              duration: formatMinutes(intl, s.durationMinutes),
              hosted: s.host ? 'yes' : 'no',
              host: s.host?.name ?? '',
            }}
          />
        </p>
      </div>
      <div className="schedule-item-actions">
        {item.when !== 'UPCOMING' && item.when !== 'LIVE' && (
          <span className="pill pill-quiet">
            <FormattedMessage {...WHEN_LABEL[item.when]} />
          </span>
        )}
        {past &&
          (item.attendance ? (
            <span className={`pill ${ATTENDANCE_TONE[item.attendance]}`}>
              <FormattedMessage {...ATTENDANCE_LABEL[item.attendance]} />
            </span>
          ) : (
            <span className="pill pill-quiet">
              <FormattedMessage id="learner.schedule.notRecorded" defaultMessage="Attendance not recorded" />
            </span>
          ))}
        {past &&
          (s.recordingUrl ? (
            <a className="button button-secondary button-small" href={s.recordingUrl} target="_blank" rel="noreferrer">
              <FormattedMessage
                id="learner.schedule.watchRecording"
                defaultMessage="Watch recording<hidden> of {title} (opens in a new tab)</hidden>"
                values={{ title: s.title, hidden }}
              />
            </a>
          ) : (
            <span className="muted">
              <FormattedMessage id="learner.schedule.noRecording" defaultMessage="No recording yet" />
            </span>
          ))}
        {(item.when === 'UPCOMING' || item.when === 'LIVE') &&
          (s.joinUrl ? (
            <a
              className={`button button-small ${item.when === 'LIVE' ? 'button-primary' : 'button-secondary'}`}
              href={s.joinUrl}
              target="_blank"
              rel="noreferrer"
            >
              {item.when === 'LIVE' ? (
                <FormattedMessage
                  id="learner.schedule.joinNow"
                  defaultMessage="Join now<hidden> for {title} (opens in a new tab)</hidden>"
                  values={{ title: s.title, hidden }}
                />
              ) : (
                <FormattedMessage
                  id="learner.schedule.joinLink"
                  defaultMessage="Join link<hidden> for {title} (opens in a new tab)</hidden>"
                  values={{ title: s.title, hidden }}
                />
              )}
            </a>
          ) : (
            <span className="muted">
              <FormattedMessage id="learner.schedule.joinLinkToCome" defaultMessage="Join link to come" />
            </span>
          ))}
      </div>
    </li>
  );
}
