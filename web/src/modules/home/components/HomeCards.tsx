import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Role } from '../../../gql/graphql';
import { Card } from '../../../ui/Card';
import { CopyField } from '../../../ui/CopyField';
import { EmptyState } from '../../../ui/Feedback';
import { useViewer } from '../../auth/hooks/useViewer';
import '../home.css';

/** Between a partner's region and its zone; not a word. */
const SEPARATOR = ' · ';
/** Calendar services, named as they name themselves. */
const GOOGLE_CALENDAR = 'Google Calendar';
const OUTLOOK_COM = 'Outlook.com';
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** The partners in which the viewer holds a role. */
export function usePartnersFor(role: Role) {
  const viewer = useViewer();
  return viewer.memberships.filter((m) => m.role === role && m.partner).map((m) => m.partner!);
}

/** Where the viewer works in this role. */
export function PartnersCard({ role }: { role: Role }) {
  const intl = useIntl();
  const partners = usePartnersFor(role);
  return (
    <Card
      title={intl.formatMessage(
        { id: 'home.partners.title', defaultMessage: '{count, plural, one {Your partner} other {Your partners}}' },
        { count: partners.length },
      )}
      description={intl.formatMessage(
        {
          id: 'home.partners.description',
          defaultMessage:
            '{role, select, ADMIN {Where you are an admin.} PARTNER_ADMIN {Where you are a partner admin.} COACH {Where you are a coach.} other {Where you are a learner.}}',
        },
        { role },
      )}
    >
      {partners.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'home.partners.emptyTitle', defaultMessage: 'No partner yet' })}>
          <FormattedMessage
            id="home.partners.emptyText"
            defaultMessage="{role, select, ADMIN {When a partner adds you as an admin, it appears here.} PARTNER_ADMIN {When a partner adds you as a partner admin, it appears here.} COACH {When a partner adds you as a coach, it appears here.} other {When a partner adds you as a learner, it appears here.}}"
            values={{ role }}
          />
        </EmptyState>
      ) : (
        <ul className="partner-chips">
          {partners.map((p) => (
            <li key={p.id} className="partner-chip">
              <span className="partner-chip-name">{p.name}</span>
              <span className="partner-chip-meta">
                {p.region}
                {SEPARATOR}
                {p.timeZone.replaceAll('_', ' ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** What this home will show as the programme features arrive. */
export function ComingSoonCard({ role, items }: { role: Role; items: ReactNode[] }) {
  const intl = useIntl();
  return (
    <Card
      title={intl.formatMessage({ id: 'home.comingSoon.title', defaultMessage: 'What will appear here' })}
      description={intl.formatMessage(
        {
          id: 'home.comingSoon.description',
          defaultMessage:
            '{role, select, ADMIN {Your admin home fills in as your cohorts open.} PARTNER_ADMIN {Your partner admin home fills in as your cohorts open.} COACH {Your coach home fills in as your cohorts open.} other {Your learner home fills in as your cohorts open.}}',
        },
        { role },
      )}
    >
      <ul className="checklist">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </Card>
  );
}

/** Where to subscribe to an https feed URL: the webcal link calendar apps open, Google Calendar's and Outlook's "add from web". */
export function calendarSubscribeLinks(feedUrl: string): { webcal: string; google: string; outlook: string } {
  const webcal = feedUrl.replace(/^https?:\/\//, 'webcal://');
  return {
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent('Beacon')}`,
  };
}

/** The private iCalendar feed, to subscribe to from any calendar app. */
export function CalendarFeedCard() {
  const intl = useIntl();
  const viewer = useViewer();
  const links = calendarSubscribeLinks(viewer.calendarFeedUrl);
  const newTab = (service: string) => (
    <FormattedMessage
      id="home.calendarFeed.serviceLink"
      defaultMessage="{service}<hidden> (opens in a new tab)</hidden>"
      values={{ service, hidden }}
    />
  );
  return (
    <Card
      title={intl.formatMessage({ id: 'home.calendarFeed.title', defaultMessage: 'Your calendar feed' })}
      description={intl.formatMessage({
        id: 'home.calendarFeed.description',
        defaultMessage: 'Subscribe in Google Calendar, Outlook or Apple Calendar to see live sessions, due dates and coaching bookings.',
      })}
    >
      <div
        className="subscribe-row"
        role="group"
        aria-label={intl.formatMessage({ id: 'home.calendarFeed.subscribeGroup', defaultMessage: 'Subscribe to your calendar feed' })}
      >
        <a className="button button-secondary button-small" href={links.webcal}>
          <FormattedMessage
            id="home.calendarFeed.subscribe"
            defaultMessage="Subscribe<hidden> in your calendar app (Apple Calendar, Outlook desktop)</hidden>"
            values={{ hidden }}
          />
        </a>
        <a className="button button-secondary button-small" href={links.google} target="_blank" rel="noreferrer">
          {newTab(GOOGLE_CALENDAR)}
        </a>
        <a className="button button-secondary button-small" href={links.outlook} target="_blank" rel="noreferrer">
          {newTab(OUTLOOK_COM)}
        </a>
      </div>
      <CopyField
        label={intl.formatMessage({ id: 'home.calendarFeed.urlLabel', defaultMessage: 'Calendar feed URL' })}
        value={viewer.calendarFeedUrl}
        hint={intl.formatMessage({
          id: 'home.calendarFeed.urlHint',
          defaultMessage: 'Private to you: anyone with this link can see your schedule.',
        })}
      />
    </Card>
  );
}
