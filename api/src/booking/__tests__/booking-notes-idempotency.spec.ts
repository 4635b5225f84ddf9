import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { BOOKING_FIELDS, coachWithHours, learnerIn, outbox, runningCohort, slotsOf, type Person } from './booking-fixtures.js';

const BOOK_ONCE = `mutation($e: ID!, $c: ID!, $at: DateTime!, $m: String) { bookCoaching(enrolmentId: $e, coachId: $c, startsAt: $at, clientMutationId: $m) { ${BOOKING_FIELDS} } }`;
const NOTES = `query($ids: [ID!]!) { bookingNotes(bookingIds: $ids) { bookingId body updatedAt } }`;
const SET_NOTE = `mutation($b: ID!, $body: String!) { setBookingNote(bookingId: $b, body: $body) { bookingId body updatedAt } }`;

describe('a double click books once; the coach keeps private notes on the session', () => {
  let t: TestApp;
  let cohortId: string;
  let coach: Person, otherCoach: Person;
  let learner: Person & { enrolmentId: string };
  let bookingId: string;

  beforeAll(async () => {
    t = await startTestApp();
    cohortId = (await runningCohort(t, 'COIM Polokwane')).id;
    coach = await coachWithHours(t, cohortId, 'notes.coach@example.org');
    otherCoach = await coachWithHours(t, cohortId, 'other.notes.coach@example.org');
    learner = await learnerIn(t, cohortId, 'double.clicker@example.org');
  }, 60_000);
  afterAll(() => t?.close());

  it('two identical bookCoaching requests with one client mutation id at the same moment: both answer the same booking, one row, one pair of emails', async () => {
    const [slot] = await slotsOf(t, learner, coach.id, 2, 5);
    const m = randomUUID();
    const [a, b] = await Promise.all(
      [0, 1].map(() => t.gql(BOOK_ONCE, { e: learner.enrolmentId, c: coach.id, at: slot, m }, { token: learner.token })),
    );
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.bookCoaching.id).toBe(b.data!.bookCoaching.id);
    bookingId = a.data!.bookCoaching.id;
    const rows = await t.beacon.db.query(`SELECT id FROM booking WHERE enrolment_id = $1`, [learner.enrolmentId]);
    expect(rows).toEqual([{ id: bookingId }]);
    const emails = await outbox(t, `kind = 'booking-confirmed' AND to_email IN ($1, $2)`, [learner.email, coach.email]);
    expect(emails).toHaveLength(2);
    // the same request once more, later (a retry after a lost answer): still that booking
    const again = await t.gql(BOOK_ONCE, { e: learner.enrolmentId, c: coach.id, at: slot, m }, { token: learner.token });
    expect(again.data!.bookCoaching.id).toBe(bookingId);
  });

  it('refuses a client mutation id that is not a UUID with BAD_USER_INPUT', async () => {
    const [, slot] = await slotsOf(t, learner, coach.id, 6, 9);
    const r = await t.gql(BOOK_ONCE, { e: learner.enrolmentId, c: coach.id, at: slot, m: 'click-1' }, { token: learner.token });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('the booking’s coach writes and reads private notes; empty text clears them', async () => {
    const empty = await t.gql(NOTES, { ids: [bookingId] }, { token: coach.token });
    expect(empty.data!.bookingNotes).toEqual([{ bookingId, body: '', updatedAt: null }]);
    const set = await t.gql(
      SET_NOTE,
      { b: bookingId, body: '  Wants to work on demand analysis; bring the call data.  ' },
      { token: coach.token },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setBookingNote).toMatchObject({ bookingId, body: 'Wants to work on demand analysis; bring the call data.' });
    expect((await t.gql(NOTES, { ids: [bookingId] }, { token: coach.token })).data!.bookingNotes[0].body).toBe(
      'Wants to work on demand analysis; bring the call data.',
    );
    const cleared = await t.gql(SET_NOTE, { b: bookingId, body: ' ' }, { token: coach.token });
    expect(cleared.data!.setBookingNote).toEqual({ bookingId, body: '', updatedAt: null });
    await t.gql(SET_NOTE, { b: bookingId, body: 'Second thoughts' }, { token: coach.token });
  });

  it('nobody else sees or writes them: another coach of the cohort gets NOT_FOUND and no notes, the learner FORBIDDEN', async () => {
    expect(codeOf(await t.gql(SET_NOTE, { b: bookingId, body: 'Mine now' }, { token: otherCoach.token }))).toBe('NOT_FOUND');
    expect((await t.gql(NOTES, { ids: [bookingId] }, { token: otherCoach.token })).data!.bookingNotes).toEqual([]);
    expect(codeOf(await t.gql(NOTES, { ids: [bookingId] }, { token: learner.token }))).toBe('FORBIDDEN');
    const [{ body }] = await t.beacon.db.query(`SELECT body FROM booking_coach_note WHERE booking_id = $1`, [bookingId]);
    expect(body).toBe('Second thoughts');
  });

  it('refuses notes over 10,000 characters with BAD_USER_INPUT', async () => {
    expect(codeOf(await t.gql(SET_NOTE, { b: bookingId, body: 'x'.repeat(10_001) }, { token: coach.token }))).toBe('BAD_USER_INPUT');
  });
});
