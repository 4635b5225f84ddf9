import { describe, expect, it } from '@jest/globals';
import { buildCalendarFeed } from '../../calendar/calendar-feed.util.js';
import { bookingInvite } from '../../booking/booking-invite.util.js';

// iCalendar folds lines at 75 octets: unfold before reading
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('Beacon’s own words in calendars follow the reader’s language', () => {
  const feed = (locale?: 'fr' | 'ar') =>
    unfold(
      buildCalendarFeed({
        userName: 'Amélie',
        locale,
        sessions: [
          {
            id: 's1',
            cohortName: 'COIM Dakar',
            title: 'Kick-off',
            startsAt: new Date('2027-01-11T09:00:00Z'),
            durationMinutes: 60,
            joinUrl: null,
            cancelledAt: new Date(),
            updatedAt: new Date(),
          },
        ],
        due: [
          {
            cohortId: 'c1',
            cohortName: 'COIM Dakar',
            startDate: '2027-01-11',
            timeZone: 'Africa/Dakar',
            assignments: [{ week: 1, title: 'Map your customer', dueDay: 6, dueTime: '23:59' }],
          },
        ],
      }),
    );

  it('a French feed: names, descriptions and due dates in French, the programme’s titles as written', () => {
    const ics = feed('fr');
    expect(ics).toContain('X-WR-CALDESC:Séances en direct, dates limites des devoirs et séances de coaching sur Beacon');
    expect(ics).toContain('SUMMARY:À rendre : Map your customer');
    expect(ics).toContain('DESCRIPTION:Cette séance a été annulée.\\nCOIM Dakar\\nLe lien de connexion sera communiqué avant la séance.');
    expect(ics).toContain('SUMMARY:Kick-off');
  });

  it('an English feed as before', () => {
    const ics = feed();
    expect(ics).toContain('SUMMARY:Due: Map your customer');
    expect(ics).toContain('DESCRIPTION:COIM Dakar\\, week 1: submit "Map your customer" by this time.');
  });

  it('a booking invite in each recipient’s language', () => {
    const booking = {
      id: 'b1',
      sequence: 0,
      startsAt: new Date('2027-01-12T09:00:00Z'),
      endsAt: new Date('2027-01-12T09:45:00Z'),
      cancelled: false,
      cohortName: 'COIM São Paulo',
      coach: { name: 'Rafael Lima', email: 'rafael@example.org' },
      learner: { name: 'Ana Souza', email: 'ana@example.org' },
      meetingUrl: null,
    };
    expect(unfold(bookingInvite(booking, 'pt').content)).toContain('SUMMARY:Coaching: Ana Souza com Rafael Lima');
    expect(unfold(bookingInvite(booking, 'ar').content)).toContain('SUMMARY:جلسة تدريب: Ana Souza مع Rafael Lima');
    expect(unfold(bookingInvite(booking, 'en').content)).toContain('SUMMARY:Coaching: Ana Souza with Rafael Lima');
  });
});
