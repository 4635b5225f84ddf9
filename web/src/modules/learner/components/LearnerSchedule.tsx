import type { AttendanceStatus, MyScheduleQuery, ScheduledSessionWhen } from '../../../gql/graphql';
import { formatSessionTime, zoneLongName } from '../../../lib/time';
import { Card } from '../../../ui/Card';
import { EmptyState } from '../../../ui/Feedback';
import { useTimeZone } from '../../auth/hooks/useViewer';
import { formatMinutes } from './WeekPanel';
import '../learner.css';

type Schedule = MyScheduleQuery['mySchedule'];
type Scheduled = Schedule['sessions'][number];

const ATTENDANCE_LABEL: Record<AttendanceStatus, string> = { PRESENT: 'Present', ABSENT: 'Absent', EXCUSED: 'Excused' };
const ATTENDANCE_TONE: Record<AttendanceStatus, string> = { PRESENT: 'pill-accepted', ABSENT: 'pill-failed', EXCUSED: 'pill-quiet' };
const WHEN_LABEL: Record<ScheduledSessionWhen, string> = { PAST: 'Held', LIVE: 'On now', UPCOMING: 'Upcoming', CANCELLED: 'Cancelled' };

/** Every session of the learner's cohort: past ones with the recording and their attendance, upcoming ones with the link to join. */
export function LearnerSchedule({ schedule }: { schedule: Schedule }) {
  const timeZone = useTimeZone();
  const upcoming = schedule.sessions.filter((s) => s.when === 'UPCOMING' || s.when === 'LIVE');
  const past = schedule.sessions.filter((s) => s.when === 'PAST' || s.when === 'CANCELLED');
  return (
    <div className="stack">
      <Card title="Your cohort’s groups" description="Where your cohort talks between sessions.">
        {schedule.communityLinks.length === 0 ? (
          <EmptyState title="No groups yet">When your partner adds your cohort’s WhatsApp or LinkedIn group, it appears here.</EmptyState>
        ) : (
          <ul className="community-links">
            {schedule.communityLinks.map((l) => (
              <li key={l.url}>
                <a className="button button-secondary" href={l.url} target="_blank" rel="noreferrer">
                  {l.label}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Upcoming sessions (${upcoming.length})`} description={`Times in your time zone, ${zoneLongName(timeZone)}.`}>
        {upcoming.length === 0 ? (
          <EmptyState title="No sessions left">Every live session of your cohort has been held.</EmptyState>
        ) : (
          <ol className="schedule-list" aria-label="Upcoming sessions">
            {upcoming.map((s) => (
              <SessionRow key={s.session.id} item={s} timeZone={timeZone} />
            ))}
          </ol>
        )}
      </Card>
      <Card title={`Past sessions (${past.length})`} description={`Attendance: ${schedule.attendance.summary}.`}>
        {past.length === 0 ? (
          <EmptyState title="No session held yet">Held sessions appear here with their recording and your attendance.</EmptyState>
        ) : (
          <ol className="schedule-list" aria-label="Past sessions">
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
  const s = item.session;
  const past = item.when === 'PAST';
  return (
    <li className="schedule-item" data-testid="schedule-session" data-when={item.when}>
      <div>
        <p className="schedule-item-title">{s.title}</p>
        <p className="schedule-item-meta muted">
          Week {s.week} · <time dateTime={s.startsAt}>{formatSessionTime(s.startsAt, timeZone)}</time> · {formatMinutes(s.durationMinutes)}
          {s.host && <> · hosted by {s.host.name}</>}
        </p>
      </div>
      <div className="schedule-item-actions">
        {item.when !== 'UPCOMING' && item.when !== 'LIVE' && <span className="pill pill-quiet">{WHEN_LABEL[item.when]}</span>}
        {past &&
          (item.attendance ? (
            <span className={`pill ${ATTENDANCE_TONE[item.attendance]}`}>{ATTENDANCE_LABEL[item.attendance]}</span>
          ) : (
            <span className="pill pill-quiet">Attendance not recorded</span>
          ))}
        {past &&
          (s.recordingUrl ? (
            <a className="button button-secondary button-small" href={s.recordingUrl} target="_blank" rel="noreferrer">
              Watch recording<span className="visually-hidden"> of {s.title} (opens in a new tab)</span>
            </a>
          ) : (
            <span className="muted">No recording yet</span>
          ))}
        {(item.when === 'UPCOMING' || item.when === 'LIVE') &&
          (s.joinUrl ? (
            <a className={`button button-small ${item.when === 'LIVE' ? 'button-primary' : 'button-secondary'}`} href={s.joinUrl} target="_blank" rel="noreferrer">
              {item.when === 'LIVE' ? 'Join now' : 'Join link'}
              <span className="visually-hidden"> for {s.title} (opens in a new tab)</span>
            </a>
          ) : (
            <span className="muted">Join link to come</span>
          ))}
      </div>
    </li>
  );
}
