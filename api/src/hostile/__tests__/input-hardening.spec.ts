import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { codeOf, startTestApp, type TestApp } from '../../test/harness.js';
import { userIdByEmail } from '../../test/factories.js';
import { csvField } from '../../grading/gradebook.service.js';
import { SAMPLES, runningCohortId, upload } from '../../grading/__tests__/grading-fixtures.js';

/**
 * The smaller holes of issue 11 (item 6), as an attacker feeds them in: formulas for spreadsheets
 * of `;` locales, a web page uploaded as a PNG under an .html name, bidi tricks in file names,
 * filling the disk, line breaks in names, calendar links broken by escaping, and malformed ids
 * that must not raise alarms in the logs.
 */

const QUOTA_MB = 1;

describe('input hardening: CSV, uploads, quota, names, calendar links, malformed ids', () => {
  let t: TestApp;
  const logs: { level: number; msg?: string }[] = [];
  let learner: string, coach: string, admin: string, partner: string;
  let cohortId: string;

  const inject = (url: string, token: string) =>
    t.beacon
      .http!.getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
        done();
      },
    });
    t = await startTestApp({
      queue: 'postgres',
      env: { BEACON_ROLE: 'api', BEACON_UPLOAD_QUOTA_MB: String(QUOTA_MB) },
      logger: pino({ level: 'info' }, sink),
    });
    [learner, coach, admin, partner] = await Promise.all(
      ['learner@beacon.test', 'coach@beacon.test', 'admin@beacon.test', 'partner@beacon.test'].map((e) => t.login(e)),
    );
    cohortId = await runningCohortId(t.beacon.db);
  }, 120_000);
  afterAll(() => t?.close(), 60_000);

  it('quotes a formula after a `;` in the gradebook CSV, so a `;`-locale spreadsheet keeps it text', async () => {
    const learnerId = await userIdByEmail(t.beacon.db, 'learner@beacon.test');
    await t.beacon.db.query(`UPDATE "user" SET name = $1 WHERE id = $2`, ['Bob;=HYPERLINK("https://evil.example","Click")', learnerId]);
    const csv = (await inject(`/cohorts/${cohortId}/gradebook.csv`, coach)).body;
    expect(csv).toContain(`"Bob;'=HYPERLINK(""https://evil.example"",""Click"")"`);
    // read as a `;`-delimited file (quotes count only at a cell's start): no cell starts a formula
    const cells = csv.split(/\r\n/).flatMap((line) => splitQuoted(line, ';'));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    // NUL characters (which PostgreSQL cannot hold, but other sources of a field may) are dropped before the formula check
    expect(csvField('\u0000=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('tab\there')).toBe('"tab\there"');
    expect(csvField('a; +1')).toBe(`"a; '+1"`);
  });

  it('stores a PNG uploaded as evil.html under the .png name, and serves it as an attachment of type image/png', async () => {
    const r = await upload(t, learner, 'evil.html', SAMPLES.png, { contentType: 'text/html' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ filename: 'evil.png', contentType: 'image/png' });
    const res = await inject(r.body.downloadUrl, learner);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="evil.png"; filename*=UTF-8''evil.png`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // no extension at all: it gets the one of what it is
    expect((await upload(t, learner, 'screenshot', SAMPLES.png)).body.filename).toBe('screenshot.png');
  });

  it('strips bidirectional-text controls from file names (evil‮gnp.exe does not read as evilexe.png)', async () => {
    const r = await upload(t, learner, 'invoice\u202Egnp.exe\u2066.png', SAMPLES.png);
    expect(r.status).toBe(201);
    expect(r.body.filename).toBe('invoicegnp.exe.png');
    const [{ filename }] = await t.beacon.db.query(`SELECT filename FROM submission_file WHERE id = $1`, [r.body.id]);
    expect(filename).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps a learner’s uploads within the quota, also when they race', async () => {
    const big = Buffer.concat([SAMPLES.png, Buffer.alloc(300 * 1024, 0x20)]);
    const used = async () =>
      Number(
        (
          await t.beacon.db.query(
            `SELECT coalesce(sum(size_bytes), 0) AS n FROM submission_file WHERE owner_id = (SELECT id FROM "user" WHERE email = 'ama.owusu@example.org')`,
          )
        )[0].n,
      );
    const ama = await t.login('ama.owusu@example.org');
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => upload(t, ama, `big-${i}.png`, big)));
    const accepted = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    expect(accepted).toHaveLength(3);
    expect(refused.map((r) => [r.status, r.body.reason])).toEqual(refused.map(() => [413, 'UPLOAD_QUOTA_EXCEEDED']));
    expect(refused[0].body.message).toMatch(/quota/);
    expect(await used()).toBeLessThanOrEqual(QUOTA_MB * 1024 * 1024);
  });

  it('stores person names without line breaks or other control characters, whatever writes them', async () => {
    const evil = 'Eve\r\nBcc: victim@example.org\u0007\u2028X';
    const enrolled = await t.gql(
      `mutation($i: EnrolLearnerInput!) { enrolLearner(input: $i) { id } }`,
      { i: { cohortId, email: 'crlf.learner@example.org', name: evil } },
      { token: partner },
    );
    expect(enrolled.errors).toBeUndefined();
    const invited = await t.gql(
      `mutation($i: InviteInput!) { invite(input: $i) { id } }`,
      {
        i: {
          partnerId: (await t.beacon.db.query(`SELECT partner_id FROM cohort WHERE id = $1`, [cohortId]))[0].partner_id,
          email: 'crlf.invitee@example.org',
          name: `\n${evil}\t`,
          role: 'COACH',
        },
      },
      { token: partner },
    );
    expect(invited.errors).toBeUndefined();
    await t.beacon.db.query(`UPDATE "user" SET name = E'By\\r\\nhand' WHERE email = 'ama.owusu@example.org'`);
    const names: { name: string }[] = await t.beacon.db.query(
      `SELECT name FROM "user" WHERE email IN ('crlf.learner@example.org', 'ama.owusu@example.org') UNION ALL SELECT name FROM invitation WHERE email = 'crlf.invitee@example.org'`,
    );
    expect(names.map((n) => n.name).sort()).toEqual(['By hand', 'Eve Bcc: victim@example.org X', 'Eve Bcc: victim@example.org X']);
    // a name that is nothing but control characters is no name
    const empty = await t.gql(
      `mutation($i: EnrolLearnerInput!) { enrolLearner(input: $i) { id } }`,
      { i: { cohortId, email: 'blank.learner@example.org', name: '\r\n\t' } },
      { token: partner },
    );
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
  });

  it('writes a session’s join link into the calendar feed as a URI, not text-escaped', async () => {
    const joinUrl = 'https://meet.example.org/j/123;pwd=abc,def?x=1&y=a\\b';
    const [{ id: sessionId }] = await t.beacon.db.query(
      `SELECT id FROM live_session WHERE cohort_id = $1 ORDER BY starts_at DESC LIMIT 1`,
      [cohortId],
    );
    const updated = await t.gql(
      `mutation($id: ID!, $i: UpdateLiveSessionInput!) { updateLiveSession(id: $id, input: $i) { joinUrl } }`,
      { id: sessionId, i: { joinUrl } },
      { token: admin },
    );
    expect(updated.errors).toBeUndefined();
    const feedUrl = (await t.gql<{ me: { calendarFeedUrl: string } }>('{ me { calendarFeedUrl } }', {}, { token: learner })).data!.me
      .calendarFeedUrl;
    const ics = (await inject(new URL(feedUrl).pathname, learner)).body.replace(/\r\n[ \t]/g, '');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:session-${sessionId}@beacon`))!;
    expect(event).toMatch(new RegExp(`^URL(;VALUE=URI)?:${escapeRegExp(joinUrl)}\\r$`, 'm'));
    // every line of the feed is folded at 75 octets
    expect((await inject(new URL(feedUrl).pathname, learner)).body.split('\r\n').filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
  });

  it('answers a malformed UUID with BAD_USER_INPUT or NOT_FOUND, logged below error level', async () => {
    logs.length = 0;
    const answers = [
      await t.gql(`query { cohort(id: "not-a-uuid") { id } }`, {}, { token: partner }),
      await t.gql(`query { liveSessions(cohortId: "1234") { id } }`, {}, { token: coach }),
      await t.gql(`query { submission(id: "x'; DROP TABLE submission; --") { id } }`, {}, { token: coach }),
      await t.gql(`query { gradebook(cohortId: "00000000-0000-0000-0000-00000000000g") { cohortName } }`, {}, { token: coach }),
    ];
    for (const a of answers) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(a));
    expect(answers.filter((a) => codeOf(a) === 'BAD_USER_INPUT').length).toBeGreaterThan(0);
    for (const url of [`/cohorts/not-a-uuid/gradebook.csv`, `/api/submissions/files/not-a-uuid`])
      expect([400, 404]).toContain((await inject(url, coach)).statusCode);
    expect(logs.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
  });
});

function splitQuoted(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
