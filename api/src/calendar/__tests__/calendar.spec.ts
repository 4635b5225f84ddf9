import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ICAL from 'ical.js';
import { planSessions, pointInWeek } from '@beacon/domain';
import type { DataSource } from 'typeorm';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import {
  assignCoach,
  enrolLearner,
  makeCohort,
  makeProgrammeVersion,
  makeUser,
  partnerIdBySlug,
  userIdByEmail,
} from '../../test/factories.js';
import { COIM } from '../../demo/coim-programme.js';
import type { LiveSessionEntity } from '../../cohort/entities/live-session.entity.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: Date;
  end: Date;
  status: string | null;
  location: string | null;
  url: string | null;
  description: string;
}

/** Reads the feed as a calendar app would: with a third-party parser (ical.js, Mozilla's). */
function parseFeed(body: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
      location: e.location ?? null,
      url: (v.getFirstPropertyValue('url') as string | null) ?? null,
      description: e.description ?? '',
    };
  });
}

const sessionEvents = (events: ParsedEvent[]) => events.filter((e) => e.uid.startsWith('session-'));
const dueEvents = (events: ParsedEvent[]) => events.filter((e) => e.uid.startsWith('due-'));
/** the demo people are in demo cohorts too: stories look at the events of their own cohort */
const ofCohort = (events: ParsedEvent[], cohortId: string, sessions: { id: string }[]) => {
  const uids = new Set(sessions.map((s) => `session-${s.id}@beacon`));
  return {
    sessions: events.filter((e) => uids.has(e.uid)),
    due: events.filter((e) => e.uid.startsWith(`due-${cohortId}-`)),
  };
};
const localTime = (at: Date, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

describe('a learner, a coach and others subscribe to their calendar feeds', () => {
  let t: TestApp;
  let db: DataSource;
  let versionId: string;
  let cohortId: string;
  let sessions: LiveSessionEntity[];
  let learnerToken: string;

  const FEED = `{ me { calendarFeedUrl } }`;
  const RESET = `mutation { resetCalendarFeed }`;

  const fetchFeed = async (path: string) => {
    const res = await t.beacon.http!.getHttpAdapter().getInstance().inject({ method: 'GET', url: path });
    return { status: res.statusCode, headers: res.headers, body: res.body };
  };
  const feedPathOf = async (sessionToken: string) =>
    new URL((await t.gql(FEED, {}, { token: sessionToken })).data!.me.calendarFeedUrl).pathname;
  const feedPathOfUser = async (userId: string) => {
    const [{ calendar_token }] = await db.query(`SELECT calendar_token FROM "user" WHERE id = $1`, [userId]);
    return `/calendar/${calendar_token}.ics`;
  };
  const eventsAt = async (path: string) => {
    const r = await fetchFeed(path);
    expect(r.status).toBe(200);
    return parseFeed(r.body);
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.beacon.db;
    versionId = (await makeProgrammeVersion(db)).id;
    const made = await makeCohort(db, {
      partnerId: await partnerIdBySlug(db, 'africa'),
      programmeVersionId: versionId,
      name: 'COIM Johannesburg, September 2026',
      startDate: '2026-09-07',
      timeZone: 'Africa/Johannesburg',
      status: 'RUNNING',
    });
    cohortId = made.cohort.id;
    sessions = made.sessions;
    await enrolLearner(db, cohortId, await userIdByEmail(db, 'learner@beacon.test'));
    learnerToken = await t.login('learner@beacon.test');
  }, 60_000);
  afterAll(() => t?.close());

  it('the learner’s feed holds the 18 live sessions at the planned instants and the 7 due dates', async () => {
    const path = await feedPathOf(learnerToken);
    const r = await fetchFeed(path);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = ofCohort(parseFeed(r.body), cohortId, sessions);

    const planned = planSessions('2026-09-07', 'Africa/Johannesburg', COIM.sessionPlan);
    const got = events.sessions.sort((a, b) => a.start.getTime() - b.start.getTime());
    expect(got).toHaveLength(18);
    expect(got.map((e) => e.start.toISOString())).toEqual(planned.map((p) => p.startsAt.toISOString()));
    expect(got.map((e) => (e.end.getTime() - e.start.getTime()) / 60_000)).toEqual(planned.map((p) => p.durationMinutes));
    // 17:00 in Johannesburg (UTC+2, no daylight saving) is 15:00Z
    expect(got.find((e) => e.summary.startsWith('Week 1 live session'))!.start.toISOString()).toBe('2026-09-08T15:00:00.000Z');
    for (const e of got) {
      const s = sessions.find((x) => `session-${x.id}@beacon` === e.uid)!;
      expect(s).toBeDefined();
      expect(e.summary).toBe(s.title);
      expect(e.location).toBe(s.joinUrl);
      expect(e.url).toBe(s.joinUrl);
      expect(e.description).toContain('COIM Johannesburg, September 2026');
      expect(e.status).toBe('CONFIRMED');
    }

    const due = events.due.sort((a, b) => a.start.getTime() - b.start.getTime());
    expect(due.map((e) => e.uid)).toEqual([1, 2, 3, 4, 5, 6, 7].map((w) => `due-${cohortId}-w${w}@beacon`));
    expect(due.map((e) => e.start.toISOString())).toEqual(
      COIM.modules.map((m) =>
        pointInWeek('2026-09-07', 'Africa/Johannesburg', m.week, m.assignment!.dueDay, m.assignment!.dueTime).toISOString(),
      ),
    );
    // day 6 of week 1 at 23:59 local
    expect(due[0].start.toISOString()).toBe('2026-09-12T21:59:00.000Z');
    expect(due[0].summary).toBe(`Due: ${COIM.modules[0].assignment!.title}`);
  });

  it('a New York cohort starting the week US clocks go back keeps its sessions at 17:00 local on both sides', async () => {
    const { cohort } = await makeCohort(db, {
      partnerId: await partnerIdBySlug(db, 'americas'),
      programmeVersionId: versionId,
      startDate: '2026-10-26',
      timeZone: 'America/New_York',
    });
    const user = await makeUser(db, { email: 'ny.learner@example.org', name: 'Jordan Lee', timeZone: 'America/New_York' });
    await enrolLearner(db, cohort.id, user.id);
    const got = sessionEvents(await eventsAt(await feedPathOfUser(user.id)));
    expect(got).toHaveLength(18);

    const w1 = got.find((e) => e.summary.startsWith('Week 1 live session'))!;
    const w2 = got.find((e) => e.summary.startsWith('Week 2 live session'))!;
    expect(w1.start.toISOString()).toBe('2026-10-27T21:00:00.000Z'); // EDT, UTC−4
    expect(w2.start.toISOString()).toBe('2026-11-03T22:00:00.000Z'); // EST, UTC−5
    for (const e of [w1, w2]) expect(localTime(e.start, 'America/New_York')).toBe('17:00');
    // every session is at its planned wall-clock time in New York
    for (const e of got) {
      const plan = COIM.sessionPlan.find((p) => p.title === e.summary)!;
      expect(localTime(e.start, 'America/New_York')).toBe(plan.time);
    }
  });

  it('due events follow the cohort’s moved due point and the learner’s extension, as myAssignments does, on both sides of the US clock change', async () => {
    // week 1 is due Saturday 31 October 2026 (EDT, UTC−4), week 2 Saturday 7 November (EST, UTC−5)
    const { cohort } = await makeCohort(db, {
      partnerId: await partnerIdBySlug(db, 'americas'),
      programmeVersionId: versionId,
      startDate: '2026-10-26',
      timeZone: 'America/New_York',
      status: 'RUNNING',
    });
    const learnerId = await userIdByEmail(db, 'learner@beacon.test');
    const graduateId = await userIdByEmail(db, 'graduate@beacon.test');
    const mine = await enrolLearner(db, cohort.id, learnerId);
    const theirs = await enrolLearner(db, cohort.id, graduateId);
    const partner = await t.login('partner.americas@beacon.test');
    const SET_COHORT = `mutation($i: SetCohortDueDateInput!) { setCohortDueDate(input: $i) { week dueAt } }`;
    const EXTEND = `mutation($i: SetDueExtensionInput!) { setDueExtension(input: $i) { week dueAt source } }`;
    const MINE = `query($e: ID!) { myAssignments(enrolmentId: $e) { week dueAt dueSource } }`;

    // the cohort's week 1 moves across the change: Monday 2 November 12:00 EST
    const cohortWeek1 = '2026-11-02T17:00:00.000Z';
    // this learner's week 2 is extended to Tuesday 10 November 09:00 EST; week 1 (before the change) to Sunday 1 November 01:30 EDT
    const extWeek2 = '2026-11-10T14:00:00.000Z';
    const extWeek1 = '2026-11-01T05:30:00.000Z';
    for (const [q, i] of [
      [SET_COHORT, { cohortId: cohort.id, week: 1, dueAt: cohortWeek1 }],
      [EXTEND, { enrolmentId: mine.id, week: 2, dueAt: extWeek2, reason: 'Travel' }],
      [SET_COHORT, { cohortId: cohort.id, week: 3, dueAt: '2026-11-13T23:00:00.000Z' }],
    ] as const) {
      const r = await t.gql(q, { i }, { token: partner });
      expect(r.errors).toBeUndefined();
    }
    const feedDues = async (userId: string) =>
      Object.fromEntries(
        (await eventsAt(await feedPathOfUser(userId)))
          .filter((e) => e.uid.startsWith(`due-${cohort.id}-`))
          .map((e) => [Number(/-w(\d+)@/.exec(e.uid)![1]), e.start.toISOString()]),
      );
    const assignmentDues = async (userEmail: string, enrolmentId: string) => {
      const r = await t.gql(MINE, { e: enrolmentId }, { token: await t.login(userEmail) });
      expect(r.errors).toBeUndefined();
      return Object.fromEntries((r.data!.myAssignments as { week: number; dueAt: string }[]).map((a) => [a.week, a.dueAt]));
    };

    const learnerFeed = await feedDues(learnerId);
    expect(learnerFeed).toEqual(await assignmentDues('learner@beacon.test', mine.id));
    expect([learnerFeed[1], learnerFeed[2], learnerFeed[3]]).toEqual([cohortWeek1, extWeek2, '2026-11-13T23:00:00.000Z']);
    // untouched weeks keep the programme's day 6 at 23:59 New York time, on either side of the change
    expect(learnerFeed[4]).toBe(pointInWeek('2026-10-26', 'America/New_York', 4, 6, '23:59').toISOString());
    expect(localTime(new Date(learnerFeed[4]), 'America/New_York')).toBe('23:59');

    // the other learner has the cohort's points, not this learner's extension
    const graduateFeed = await feedDues(graduateId);
    expect(graduateFeed).toEqual(await assignmentDues('graduate@beacon.test', theirs.id));
    expect(graduateFeed[1]).toBe(cohortWeek1);
    expect(graduateFeed[2]).toBe(pointInWeek('2026-10-26', 'America/New_York', 2, 6, '23:59').toISOString());
    expect(graduateFeed[2]).toBe('2026-11-08T04:59:00.000Z'); // 23:59 EST

    // an extension on the summer-time side beats the cohort's override
    expect(codeOf(await t.gql(EXTEND, { i: { enrolmentId: mine.id, week: 1, dueAt: extWeek1 } }, { token: partner }))).toBeUndefined();
    const after = await feedDues(learnerId);
    expect(after[1]).toBe(extWeek1);
    expect(localTime(new Date(extWeek1), 'America/New_York')).toBe('01:30');
    expect(after).toEqual(await assignmentDues('learner@beacon.test', mine.id));
    // the UIDs stay those of cohort and week, so calendar apps move the event they hold
    expect(
      Object.keys(after)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('a session moved by updateLiveSession gets a higher SEQUENCE; a title change alone does not', async () => {
    const coach = await t.login('coach@beacon.test');
    await assignCoach(db, cohortId, await userIdByEmail(db, 'coach@beacon.test'));
    const session = sessions.find((s) => s.title.startsWith('Week 3 live session'))!;
    const UPDATE = `mutation($id: ID!, $i: UpdateLiveSessionInput!) { updateLiveSession(id: $id, input: $i) { id startsAt } }`;
    const sequenceOf = async () => {
      const calendar = new ICAL.Component(ICAL.parse((await fetchFeed(await feedPathOf(learnerToken))).body));
      const v = calendar.getAllSubcomponents('vevent').find((x) => x.getFirstPropertyValue('uid') === `session-${session.id}@beacon`)!;
      return {
        sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
        start: new ICAL.Event(v).startDate.toJSDate().toISOString(),
        location: v.getFirstPropertyValue('location'),
      };
    };
    const before = await sequenceOf();
    expect(before.sequence).toBe(0);
    const moved = new Date(session.startsAt.getTime() + 2 * 3600_000).toISOString();
    const r = await t.gql(UPDATE, { id: session.id, i: { startsAt: moved } }, { token: coach });
    expect(r.errors).toBeUndefined();
    expect(await sequenceOf()).toMatchObject({ sequence: 1, start: moved });
    await t.gql(UPDATE, { id: session.id, i: { title: session.title + ' (renamed)' } }, { token: coach });
    expect((await sequenceOf()).sequence).toBe(1);
    await t.gql(UPDATE, { id: session.id, i: { joinUrl: 'https://meet.example.org/elsewhere' } }, { token: coach });
    expect(await sequenceOf()).toMatchObject({ sequence: 2, location: 'https://meet.example.org/elsewhere' });
  });

  it('a coach’s feed holds the sessions of the cohort they coach, without due dates', async () => {
    await assignCoach(db, cohortId, await userIdByEmail(db, 'coach@beacon.test'));
    const events = await eventsAt(await feedPathOf(await t.login('coach@beacon.test')));
    expect(
      ofCohort(events, cohortId, sessions)
        .sessions.map((e) => e.uid)
        .sort(),
    ).toEqual(sessions.map((s) => `session-${s.id}@beacon`).sort());
    // the demo coach coaches other cohorts too, and is a learner in none
    expect(dueEvents(events)).toEqual([]);
  });

  it('a learner who withdraws no longer sees the cohort in their feed', async () => {
    const graduateId = await userIdByEmail(db, 'graduate@beacon.test');
    const enrolment = await enrolLearner(db, cohortId, graduateId);
    const path = await feedPathOfUser(graduateId);
    const before = ofCohort(await eventsAt(path), cohortId, sessions);
    expect([before.sessions.length, before.due.length]).toEqual([18, 7]);

    await db.query(`UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = $1`, [enrolment.id]);
    const events = await eventsAt(path);
    expect(ofCohort(events, cohortId, sessions)).toEqual({ sessions: [], due: [] });
    expect(events.some((e) => e.description.includes('COIM Johannesburg, September 2026'))).toBe(false);
  });

  it('a cancelled session stays in the feed with STATUS:CANCELLED, so calendar apps remove it', async () => {
    const cancelled = sessions.find((s) => s.title === 'Mid-programme review')!;
    await db.query(`UPDATE live_session SET cancelled_at = now() WHERE id = $1`, [cancelled.id]);
    const r = await fetchFeed(await feedPathOf(learnerToken));
    expect(r.body).toMatch(/STATUS:CANCELLED/);
    const got = ofCohort(parseFeed(r.body), cohortId, sessions).sessions;
    expect(got).toHaveLength(18);
    expect(got.filter((e) => e.status === 'CANCELLED').map((e) => e.uid)).toEqual([`session-${cancelled.id}@beacon`]);
  });

  it('answers 404 with a short text for an unknown token or a malformed path', async () => {
    for (const path of [
      `/calendar/${'ab'.repeat(24)}.ics`,
      '/calendar/nonsense.ics',
      '/calendar/.ics',
      (await feedPathOf(learnerToken)).replace(/\.ics$/, ''),
    ]) {
      const r = await fetchFeed(path);
      expect(r.status).toBe(404);
      expect(r.headers['content-type']).toMatch(/^text\/plain/);
      expect(r.body).toBe('Calendar feed not found');
    }
  });

  it('costs the same number of queries for one cohort or several (no per-cohort queries)', async () => {
    const user = await makeUser(db, { email: 'busy.learner@example.org', name: 'Busy Learner' });
    const path = await feedPathOfUser(user.id);
    const africaId = await partnerIdBySlug(db, 'africa');
    const queriesFor = async () => {
      const spy = jest.spyOn(db, 'query');
      try {
        await eventsAt(path);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const { cohort: first } = await makeCohort(db, {
      partnerId: africaId,
      programmeVersionId: versionId,
      startDate: '2027-01-11',
      timeZone: 'Africa/Lagos',
    });
    await enrolLearner(db, first.id, user.id);
    const withOne = await queriesFor();
    for (const startDate of ['2027-02-08', '2027-03-08']) {
      const { cohort } = await makeCohort(db, {
        partnerId: africaId,
        programmeVersionId: versionId,
        startDate,
        timeZone: 'Africa/Nairobi',
      });
      await enrolLearner(db, cohort.id, user.id);
      await assignCoach(db, cohort.id, user.id);
    }
    const events = await eventsAt(path);
    expect(sessionEvents(events)).toHaveLength(3 * 18);
    expect(dueEvents(events)).toHaveLength(3 * 7);
    expect(await queriesFor()).toBe(withOne);
    expect(withOne).toBe(4); // user, cohorts with due points, sessions, bookings
  });

  it('resetCalendarFeed replaces the URL: the old one answers 404, the new one works', async () => {
    expect(codeOf(await t.gql(RESET))).toBe('UNAUTHENTICATED');
    const oldPath = await feedPathOf(learnerToken);
    const r = await t.gql<{ resetCalendarFeed: string }>(RESET, {}, { token: learnerToken });
    expect(r.errors).toBeUndefined();
    const newUrl = r.data!.resetCalendarFeed;
    expect(newUrl).toMatch(/^http:\/\/localhost:\d+\/calendar\/[0-9a-f]{48}\.ics$/);
    expect(new URL(newUrl).pathname).not.toBe(oldPath);
    expect((await t.gql(FEED, {}, { token: learnerToken })).data!.me.calendarFeedUrl).toBe(newUrl);

    expect((await fetchFeed(oldPath)).status).toBe(404);
    const events = ofCohort(await eventsAt(new URL(newUrl).pathname), cohortId, sessions);
    expect([events.sessions.length, events.due.length]).toEqual([18, 7]);
  });
});
