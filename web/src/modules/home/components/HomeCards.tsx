import type { ReactNode } from 'react';
import type { Role } from '../../../gql/graphql';
import { ROLE_LABEL, withArticle } from '../../../lib/roles';
import { Card } from '../../../ui/Card';
import { CopyField } from '../../../ui/CopyField';
import { EmptyState } from '../../../ui/Feedback';
import { useViewer } from '../../auth/hooks/useViewer';
import '../home.css';

/** The partners in which the viewer holds a role. */
export function usePartnersFor(role: Role) {
  const viewer = useViewer();
  return viewer.memberships.filter((m) => m.role === role && m.partner).map((m) => m.partner!);
}

/** Where the viewer works in this role. */
export function PartnersCard({ role }: { role: Role }) {
  const partners = usePartnersFor(role);
  return (
    <Card title={partners.length === 1 ? 'Your partner' : 'Your partners'} description={`Where you are ${withArticle(role)}.`}>
      {partners.length === 0 ? (
        <EmptyState title="No partner yet">When a partner adds you as {withArticle(role)}, it appears here.</EmptyState>
      ) : (
        <ul className="partner-chips">
          {partners.map((p) => (
            <li key={p.id} className="partner-chip">
              <span className="partner-chip-name">{p.name}</span>
              <span className="partner-chip-meta">
                {p.region} · {p.timeZone.replaceAll('_', ' ')}
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
  return (
    <Card title="What will appear here" description={`Your ${ROLE_LABEL[role].toLowerCase()} home fills in as your cohorts open.`}>
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
  const viewer = useViewer();
  const links = calendarSubscribeLinks(viewer.calendarFeedUrl);
  return (
    <Card title="Your calendar feed" description="Subscribe in Google Calendar, Outlook or Apple Calendar to see live sessions, due dates and coaching bookings.">
      <div className="subscribe-row" role="group" aria-label="Subscribe to your calendar feed">
        <a className="button button-secondary button-small" href={links.webcal}>
          Subscribe<span className="visually-hidden"> in your calendar app (Apple Calendar, Outlook desktop)</span>
        </a>
        <a className="button button-secondary button-small" href={links.google} target="_blank" rel="noreferrer">
          Google Calendar<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <a className="button button-secondary button-small" href={links.outlook} target="_blank" rel="noreferrer">
          Outlook.com<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      <CopyField label="Calendar feed URL" value={viewer.calendarFeedUrl} hint="Private to you: anyone with this link can see your schedule." />
    </Card>
  );
}
