import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  logIn,
  newPage,
  screenshot,
  scrollToDeferred,
  see,
  seeHeading,
  type Json,
} from './support/browser';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through jest (global-setup.ts starts the server)`);
  return value;
}

async function api(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, Json>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}
async function tokenOf(email: string): Promise<string> {
  return (await api('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD }))
    .login.token;
}
const setLocale = async (token: string, locale: string) =>
  api('mutation($l: String!) { updateProfile(input: { locale: $l }) { locale } }', { l: locale }, token);

/**
 * A coach's daily work beyond grading: saying what became of each past coaching session (only
 * held ones count), confirming learners' goal check-ins; and a learner reading their path to
 * the credential in their own language. What this file changes in the demo data it puts back.
 */
describe('coach tools: session outcomes, goal check-ins, the path in the learner’s language', () => {
  let browser: Browser;
  let db: pg.Client;

  beforeAll(async () => {
    browser = await launchBrowser();
    db = new pg.Client({ connectionString: env('BEACON_E2E_DATABASE_URL') });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
  });

  describe('the coach marks a past session as a learner no-show', () => {
    let page: Page;
    /** the demo coach's most recent session that has started, as the demo left it */
    let booking: {
      id: string;
      learner: string;
      outcome: string | null;
      outcome_marked_at: Date | null;
      outcome_marked_by_id: string | null;
    };

    beforeAll(async () => {
      [booking] = (
        await db.query(
          `SELECT b.id, l.name AS learner, b.outcome, b.outcome_marked_at, b.outcome_marked_by_id
             FROM booking b JOIN "user" c ON c.id = b.coach_id JOIN enrolment e ON e.id = b.enrolment_id JOIN "user" l ON l.id = e.user_id
            WHERE c.email = 'coach@beacon.test' AND b.status = 'CONFIRMED' AND b.starts_at <= now()
            ORDER BY b.starts_at DESC LIMIT 1`,
        )
      ).rows;
      if (!booking) throw new Error('the demo coach has no past coaching session');
      // unmarked, as a session the coach has not yet looked back on
      await db.query(`UPDATE booking SET outcome = NULL, outcome_marked_at = NULL, outcome_marked_by_id = NULL WHERE id = $1`, [
        booking.id,
      ]);
      page = await newPage(browser);
      await logIn(page, 'coach@beacon.test');
      // logged in once the app has left the login page
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    });
    afterAll(async () => {
      if (booking) {
        await db.query(`UPDATE booking SET outcome = $2, outcome_marked_at = $3, outcome_marked_by_id = $4 WHERE id = $1`, [
          booking.id,
          booking.outcome,
          booking.outcome_marked_at,
          booking.outcome_marked_by_id,
        ]);
      }
      await page?.close();
    });

    test('the coach home calls out the sessions to mark and leads to them', async () => {
      await page.goto('/coach');
      const callOut = page.getByRole('link', { name: /^\d+ sessions? to mark$/ });
      await callOut.waitFor();
      await callOut.click();
      await seeHeading(page, 'Bookings');
      await page.getByRole('region', { name: /^Past sessions/ }).waitFor();
    });

    test('“Learner didn’t come” is recorded, and can be changed back', async () => {
      const past = page.getByRole('region', { name: /^Past sessions/ });
      const choices = past.getByRole('group', { name: `What became of the session with ${booking.learner}?` }).first();
      await choices.getByRole('button', { name: 'Learner didn’t come' }).click();
      await see(page, `Recorded: ${booking.learner} didn’t come. It does not count toward the credential.`);
      const [row] = (await db.query(`SELECT outcome FROM booking WHERE id = $1`, [booking.id])).rows;
      expect(row.outcome).toBe('LEARNER_NO_SHOW');
      await expectAccessible(page);
      await screenshot(page, 'coach-session-outcomes');

      // a mistake is corrected: the session was held after all
      await past
        .getByRole('button', { name: `Change what became of the session with ${booking.learner}` })
        .first()
        .click();
      await past
        .getByRole('group', { name: `What became of the session with ${booking.learner}?` })
        .first()
        .getByRole('button', { name: 'Held' })
        .click();
      await see(page, `Recorded: held. It counts toward ${booking.learner}’s credential.`);
    });
  });

  describe('the coach confirms a learner’s goal check-in', () => {
    let page: Page;
    /** the demo graduate's mid-programme check-in, as the demo left it (confirmed) */
    let checkIn: {
      id: string;
      learner: string;
      cohort: string;
      coach_confirmed_at: Date | null;
      coach_confirmed_by_id: string | null;
      coach_comment: string | null;
    };
    let coachName: string;

    beforeAll(async () => {
      [checkIn] = (
        await db.query(
          `SELECT g.id, u.name AS learner, c.name AS cohort, g.coach_confirmed_at, g.coach_confirmed_by_id, g.coach_comment
             FROM goal_check_in g JOIN enrolment e ON e.id = g.enrolment_id JOIN "user" u ON u.id = e.user_id JOIN cohort c ON c.id = e.cohort_id
            WHERE u.email = 'graduate@beacon.test' AND g.kind = 'MID'`,
        )
      ).rows;
      if (!checkIn) throw new Error('the demo graduate has no mid-programme check-in');
      [{ name: coachName }] = (await db.query(`SELECT name FROM "user" WHERE email = 'coach@beacon.test'`)).rows;
      // waiting for the coach, as it was before they saw the evidence
      await db.query(
        `UPDATE goal_check_in SET coach_confirmed_at = NULL, coach_confirmed_by_id = NULL, coach_comment = NULL WHERE id = $1`,
        [checkIn.id],
      );
      page = await newPage(browser);
      await logIn(page, 'coach@beacon.test');
      // logged in once the app has left the login page
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    });
    afterAll(async () => {
      if (checkIn) {
        await db.query(`UPDATE goal_check_in SET coach_confirmed_at = $2, coach_confirmed_by_id = $3, coach_comment = $4 WHERE id = $1`, [
          checkIn.id,
          checkIn.coach_confirmed_at,
          checkIn.coach_confirmed_by_id,
          checkIn.coach_comment,
        ]);
      }
      await page?.close();
    });

    test('from the coach home, with a comment the learner reads', async () => {
      await page.goto('/coach');
      const goals = page.getByRole('region', { name: 'Learners’ goals' });
      await goals.waitFor();
      const cohort = goals.getByLabel('Cohort', { exact: true });
      if (await cohort.count()) await cohort.selectOption({ label: checkIn.cohort });
      await goals.getByText(/\d+ check-ins? to confirm/).waitFor();
      await goals.getByLabel(`Your comment for ${checkIn.learner} (optional)`).first().fill('The mortgage journey map is convincing.');
      await goals.getByRole('button', { name: `Confirm ${checkIn.learner}’s Mid-programme check-in` }).click();
      await goals.getByText(`Confirmed by ${coachName}: The mortgage journey map is convincing.`).waitFor();
      const [row] = (await db.query(`SELECT coach_comment, coach_confirmed_at FROM goal_check_in WHERE id = $1`, [checkIn.id])).rows;
      expect(row.coach_comment).toBe('The mortgage journey map is convincing.');
      expect(row.coach_confirmed_at).not.toBeNull();
      await expectAccessible(page);
      await screenshot(page, 'coach-goal-check-ins');
    });
  });

  describe('a French learner reads their path to the credential in French', () => {
    const LEARNER = 'learner@beacon.test';
    let page: Page;
    let token: string;

    beforeAll(async () => {
      token = await tokenOf(LEARNER);
      await setLocale(token, 'fr');
      page = await newPage(browser);
      await logIn(page, LEARNER);
      // logged in once the app has left the login page
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    });
    afterAll(async () => {
      // the shared demo learner speaks English again for the specs after this one
      if (token) await setLocale(token, 'en');
      await page?.close();
    });

    test('the sentence is built in French, plurals and the range of weeks included', async () => {
      await page.goto('/learner');
      // the path is further down the learner home: the learner scrolls to it
      await scrollToDeferred(page);
      const sentence = page.locator('.path-summary strong');
      await sentence.waitFor();
      const text = (await sentence.textContent())!;
      expect(text).toMatch(/^Encore atteignable\s:\s/);
      expect(text).toMatch(/assister à \d+ des \d+ séances restantes/);
      expect(text).toMatch(/réussir les semaines 2 à 7/);
      expect(text).toMatch(/suivre 1 séance de coaching \(1 réservée\)\.$/);
      expect(text).not.toMatch(/Still reachable|remaining|coaching session/);
      await screenshot(page, 'learner-path-fr');
    });
  });
});
