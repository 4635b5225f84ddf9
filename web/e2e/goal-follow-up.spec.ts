import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  DEMO_PASSWORD,
  expectAccessible,
  type Json,
  launchBrowser,
  newPage,
  screenshot,
  see,
  seeHeading,
} from './support/browser';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through jest (global-setup.ts starts the server)`);
  return value;
}

async function api(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Json> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** Asks `check` again until it answers (a job runs in the server's worker, in its own time). */
async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** What this file adds to the demo data, removed afterwards (other files never see it). */
interface Graduate {
  partnerId: string;
  cohortId: string;
  userId: string;
  email: string;
  cohortName: string;
}

/**
 * A learner whose cohort ended 91 days ago, with a measurable goal: due the 90-day follow-up.
 * In its own partner, so no other page's totals change while it exists.
 */
async function makeGraduate(db: pg.Client): Promise<Graduate> {
  const suffix = randomBytes(4).toString('hex');
  const email = `esi.follow-up.${suffix}@example.com`;
  const cohortName = `Follow-up cohort ${suffix}`;
  await db.query('BEGIN');
  try {
    const [partner] = (
      await db.query(`INSERT INTO partner (name, slug, region, time_zone) VALUES ($1, $2, 'Test', 'UTC') RETURNING id`, [
        `Follow-up partner ${suffix}`,
        `follow-up-${suffix}`,
      ])
    ).rows;
    const [cohort] = (
      await db.query(
        `INSERT INTO cohort (partner_id, programme_version_id, name, start_date, time_zone, capacity, status)
         SELECT $1, v.id, $2, (now() AT TIME ZONE 'UTC')::date - (7 * (v.definition->>'weeks')::int + 91), 'UTC', 5, 'COMPLETED'
           FROM programme_version v ORDER BY v.published_at, v.id LIMIT 1
         RETURNING id`,
        [partner.id, cohortName],
      )
    ).rows;
    if (!cohort) throw new Error('the demo data has no programme version');
    const [user] = (await db.query(`INSERT INTO "user" (email, name, time_zone) VALUES ($1, 'Esi Mensah', 'UTC') RETURNING id`, [email]))
      .rows;
    await db.query(
      `INSERT INTO enrolment (cohort_id, user_id, status, completed_at, outcome_goal, goal_measure, goal_baseline, goal_target, goal_by_date)
       VALUES ($1, $2, 'COMPLETED', now() - interval '91 days', 'Answer customers faster', 'days to answer a customer', 5, 2, NULL)`,
      [cohort.id, user.id],
    );
    await db.query('COMMIT');
    return { partnerId: partner.id, cohortId: cohort.id, userId: user.id, email, cohortName };
  } catch (e) {
    await db.query('ROLLBACK');
    throw e;
  }
}

/** Runs the daily follow-up job now, in the server's own worker (as its scheduler would at 06:30 UTC). */
async function runFollowUpJob(): Promise<void> {
  const redis = new URL(env('BEACON_E2E_REDIS_URL'));
  const queue = new Queue('outcomes', {
    connection: {
      host: redis.hostname,
      port: Number(redis.port || 6379),
      password: redis.password || undefined,
      db: Number(redis.pathname.slice(1) || 0),
    },
    prefix: env('BEACON_E2E_QUEUE_PREFIX'),
  });
  try {
    await queue.add('goal-follow-ups', {}, { removeOnComplete: true, removeOnFail: true });
  } finally {
    await queue.close();
  }
}

/** The link in the follow-up email, read in the admin's outbox (the only place its token exists). */
async function emailedFollowUpPath(to: string): Promise<string> {
  const login = await api(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: 'admin@beacon.test',
    p: DEMO_PASSWORD,
  });
  const token = login.data.login.token as string;
  return eventually(`the follow-up email to ${to}`, async () => {
    const outbox = await api(
      `query($to: String!) { outbox(first: 10, recipient: $to, kind: "goal-follow-up") { to body } }`,
      { to },
      token,
    );
    const message = outbox.data?.outbox.find((m: { to: string }) => m.to === to);
    const url = message?.body.match(/https?:\/\/\S+\/goal-follow-up\/[A-Za-z0-9_-]+/)?.[0];
    return url ? new URL(url).pathname : undefined;
  });
}

/** Ninety days after the cohort, the graduate follows the emailed link and says how far they got, without logging in. */
describe('the 90-day goal follow-up', () => {
  let browser: Browser;
  let db: pg.Client;
  let graduate: Graduate;
  let followUpPath: string;

  beforeAll(async () => {
    db = new pg.Client({ connectionString: env('BEACON_E2E_DATABASE_URL') });
    await db.connect();
    graduate = await makeGraduate(db);
    await runFollowUpJob();
    followUpPath = await emailedFollowUpPath(graduate.email);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (graduate) {
      await db.query(`DELETE FROM cohort WHERE id = $1`, [graduate.cohortId]);
      await db.query(`DELETE FROM partner WHERE id = $1`, [graduate.partnerId]);
      await db.query(`DELETE FROM "user" WHERE id = $1`, [graduate.userId]);
    }
    await db?.end();
  });

  test('the link opens without a login, records the answer, confirms it, and shows it again on the next visit', async () => {
    expect(followUpPath).toMatch(/^\/goal-follow-up\/[A-Za-z0-9_-]+$/);
    // a fresh browser profile: nobody is logged in
    const page: Page = await newPage(browser);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(followUpPath);
      await seeHeading(page, 'How did your goal go, Esi?');
      await see(page, 'Answer customers faster');
      await see(page, 'days to answer a customer');
      await see(page, graduate.cohortName);
      await expectAccessible(page);

      // the answer is required, and said by the choices
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await page.getByRole('alert').filter({ hasText: 'Choose yes, partly or not yet.' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('reached'); // focus on the first choice
      const answer = page.getByRole('radiogroup', { name: 'Did you reach your goal?' });
      // a number, if any
      await page.getByLabel('Where are you now? (days to answer a customer)').fill('two');
      await answer.getByRole('radio', { name: 'Partly' }).check();
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await see(page, 'Write a number, such as 1200 or 12.5, or leave it empty.');

      await page.getByLabel('Where are you now? (days to answer a customer)').fill('3');
      await page.getByLabel('Anything you want to add?').fill('The new triage board helped.');
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await see(page, 'Thank you, Esi!');
      const recorded = page.getByRole('region', { name: 'Your answer' });
      await recorded.getByText('Partly').waitFor();
      await recorded.getByText('3', { exact: true }).waitFor();
      await recorded.getByText('The new triage board helped.').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'goal-follow-up');

      // recorded for the learner's enrolment, as a FOLLOW_UP check-in
      const { rows } = await db.query(
        `SELECT g.reached, g.current_value::float AS current_value, g.note FROM goal_check_in g JOIN enrolment e ON e.id = g.enrolment_id
          WHERE e.cohort_id = $1 AND g.kind = 'FOLLOW_UP'`,
        [graduate.cohortId],
      );
      expect(rows).toEqual([{ reached: 'PARTLY', current_value: 3, note: 'The new triage board helped.' }]);

      // the link again: the answer is there, and can be changed
      await page.reload();
      await seeHeading(page, 'How did your goal go, Esi?');
      await page.getByRole('region', { name: 'Your answer' }).getByText('Partly').waitFor();
      await page.getByRole('button', { name: 'Change my answer' }).click();
      await page.getByRole('radiogroup', { name: 'Did you reach your goal?' }).getByRole('radio', { name: 'Yes, I reached it' }).check();
      await page.getByRole('button', { name: 'Send my answer' }).click();
      await page.getByRole('region', { name: 'Your answer' }).getByText('Yes, I reached it').waitFor();
    } finally {
      await page.context().close();
    }
  });

  test('a link that does not exist says so, and offers the login', async () => {
    const page = await newPage(browser);
    try {
      await page.goto(`/goal-follow-up/${randomBytes(32).toString('base64url')}`);
      await seeHeading(page, 'This follow-up link does not work');
      await page.getByRole('link', { name: 'Log in to Beacon' }).waitFor();
      await expectAccessible(page);
    } finally {
      await page.context().close();
    }
  });
});
