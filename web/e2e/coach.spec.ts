import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, see, seeHeading } from './support/browser';

/** The coach of the running cohort takes attendance for a session already held. */
describe('the coach takes attendance', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'coach@beacon.test');
    await seeHeading(page, 'Welcome, Sipho');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coach home lists their cohorts with sessions and learners’ attendance', async () => {
    const running = page.getByRole('region', { name: /^COIM Johannesburg/ });
    await running.getByText('Week 3 of 7').waitFor();
    await running
      .getByRole('region', { name: /^Learners/ })
      .getByText('Lerato Mokoena')
      .waitFor();
    await page.getByRole('region', { name: /^COIM Accra/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'coach-cohorts');
  });

  test('the coach marks a held session (keyboard included) and saves', async () => {
    const running = page.getByRole('region', { name: /^COIM Johannesburg/ });
    await running.getByRole('button', { name: /^Show all 18 sessions/ }).click();
    await running.getByRole('link', { name: 'Take attendance for Week 1 live session: Introduction to an Outside-In world' }).click();
    await seeHeading(page, 'Attendance: Week 1 live session: Introduction to an Outside-In world');

    // one radio group per learner; arrow keys move within it
    const ama = page.getByRole('radiogroup', { name: 'Attendance of Ama Owusu' });
    await ama.getByRole('radio', { name: 'Present' }).check();
    await ama.getByRole('radio', { name: 'Present' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await ama.getByRole('radio', { name: 'Absent' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Mark all present' }).click();
    expect(await ama.getByRole('radio', { name: 'Present' }).isChecked()).toBe(true);
    await page.getByRole('radiogroup', { name: 'Attendance of Lerato Mokoena' }).getByRole('radio', { name: 'Excused' }).check();
    await expectAccessible(page);
    await screenshot(page, 'coach-attendance');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await see(page, /Attendance saved for \d+ learners\./);

    // what was saved is what the page shows when opened again
    await page.reload();
    await seeHeading(page, /^Attendance: Week 1 live session/);
    await page.getByRole('radiogroup', { name: 'Attendance of Lerato Mokoena' }).waitFor();
    expect(
      await page.getByRole('radiogroup', { name: 'Attendance of Lerato Mokoena' }).getByRole('radio', { name: 'Excused' }).isChecked(),
    ).toBe(true);
    expect(
      await page.getByRole('radiogroup', { name: 'Attendance of Ama Owusu' }).getByRole('radio', { name: 'Present' }).isChecked(),
    ).toBe(true);
  });
});

/** Nothing wider than the screen: no sideways scrolling of the page. */
async function expectFits(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/**
 * Issue 14: a cohort of many learners, on a phone. The coach pages and searches the learner list
 * of their home and a session's attendance sheet; marks made on one page stay while they visit
 * another. The running demo cohort gets 60 more learners for this, removed afterwards.
 */
describe('the coach pages and searches a large cohort’s learners and attendance sheet, on a phone', () => {
  const EXTRA = 60;
  /** per test: the coach home grows long with 60 more learners (the at-risk panel lists them all), and axe reads all of it */
  const BOUND = 180_000;
  let browser: Browser;
  let page: Page;
  let db: pg.Client;
  let cohort: { id: string; name: string; capacity: number };
  let userIds: string[] = [];

  beforeAll(async () => {
    const url = process.env.BEACON_E2E_DATABASE_URL;
    if (!url) throw new Error('BEACON_E2E_DATABASE_URL is not set: run these tests through jest (global-setup.ts starts the server)');
    db = new pg.Client({ connectionString: url });
    await db.connect();
    [cohort] = (await db.query(`SELECT id, name, capacity FROM cohort WHERE name LIKE 'COIM Johannesburg%' AND status = 'RUNNING'`)).rows;
    await db.query(`UPDATE cohort SET capacity = capacity + $2 WHERE id = $1`, [cohort.id, EXTRA]);
    userIds = (
      await db.query(
        `INSERT INTO "user" (email, name, time_zone)
         SELECT 'paging.e2e.' || lpad(n::text, 2, '0') || '@example.org', 'Paging Learner ' || lpad(n::text, 2, '0'), 'Africa/Johannesburg' FROM generate_series(1, $1::int) AS n
         RETURNING id`,
        [EXTRA],
      )
    ).rows.map((r: { id: string }) => r.id);
    await db.query(`INSERT INTO enrolment (cohort_id, user_id, status) SELECT $1, u, 'ACTIVE' FROM unnest($2::uuid[]) AS u`, [
      cohort.id,
      userIds,
    ]);
    browser = await launchBrowser();
    page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, 'coach@beacon.test');
    // logged in once the app has left the login page
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  });
  afterAll(async () => {
    await browser?.close();
    if (db) {
      // the demo cohort as it was: its learners, their attendance, its capacity
      await db.query(`DELETE FROM enrolment WHERE user_id = ANY($1::uuid[])`, [userIds]);
      await db.query(`DELETE FROM "user" WHERE id = ANY($1::uuid[])`, [userIds]);
      if (cohort) await db.query(`UPDATE cohort SET capacity = $2 WHERE id = $1`, [cohort.id, cohort.capacity]);
      await db.end();
    }
  });

  test(
    'the learner list: lowest attendance first, a page at a time (keyboard included), searchable',
    async () => {
      await page.goto('/coach');
      const running = page.getByRole('region', { name: /^COIM Johannesburg/ });
      const learners = running.getByRole('region', { name: /^Learners/ });
      const pager = learners.getByRole('navigation', { name: `Pages of the learners of ${cohort.name}`, exact: true });
      await pager.getByText(/^1–25 of \d+ · page 1 of \d+$/).waitFor();
      // the new learners have attended nothing: they come first
      expect(await learners.getByRole('rowheader', { name: /^Paging Learner \d+$/ }).count()).toBeGreaterThan(0);

      const next = pager.getByRole('button', { name: 'Next page', exact: true });
      await next.focus();
      await page.keyboard.press('Enter');
      await pager.getByText(/^26–50 of \d+ · page 2 of \d+$/).waitFor();
      await expectFits(page);
      await expectAccessible(page);
      await screenshot(page, 'coach-learners-paged-390');

      // a search starts again from the first page
      await learners.getByRole('searchbox', { name: 'Search learners by name or email', exact: true }).fill('lerato');
      await learners.getByRole('rowheader', { name: 'Lerato Mokoena' }).waitFor();
      expect(await learners.getByRole('rowheader').count()).toBe(1);
      expect(await learners.getByRole('navigation', { name: `Pages of the learners of ${cohort.name}`, exact: true }).count()).toBe(0);
      await learners.getByRole('searchbox', { name: 'Search learners by name or email', exact: true }).fill('nobody like this');
      await learners.getByText('No learners match “nobody like this”').waitFor();
    },
    BOUND,
  );

  test(
    'the attendance sheet: marks made on two pages of a search are kept, asked about before leaving, saved at once',
    async () => {
      await page.goto('/coach');
      const running = page.getByRole('region', { name: /^COIM Johannesburg/ });
      await running.getByRole('button', { name: /^Show all 18 sessions/ }).click();
      await running.getByRole('link', { name: 'Take attendance for Week 1 live session: Introduction to an Outside-In world' }).click();
      await seeHeading(page, 'Attendance: Week 1 live session: Introduction to an Outside-In world');
      const pager = page.getByRole('navigation', { name: 'Pages of the session’s learners', exact: true });
      await pager.getByText(/^1–50 of \d+ · page 1 of 2$/).waitFor();
      await page.getByRole('button', { name: 'Mark the 50 learners shown present', exact: true }).waitFor();

      await page.getByRole('searchbox', { name: 'Search learners by name or email', exact: true }).fill('paging learner');
      await pager.getByText(`1–50 of ${EXTRA} · page 1 of 2`).waitFor();
      const first = page.getByRole('radiogroup', { name: 'Attendance of Paging Learner 01', exact: true });
      await first.getByRole('radio', { name: 'Absent' }).check();
      await pager.getByRole('button', { name: 'Next page', exact: true }).click();
      await pager.getByText(`51–${EXTRA} of ${EXTRA} · page 2 of 2`).waitFor();
      const last = page.getByRole('radiogroup', { name: `Attendance of Paging Learner ${EXTRA}`, exact: true });
      await last.getByRole('radio', { name: 'Present' }).check();
      // arrow keys move within a learner's choice
      await last.getByRole('radio', { name: 'Present' }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await last.getByRole('radio', { name: 'Absent' }).isChecked()).toBe(true);
      await see(page, '2 not saved yet');
      await expectFits(page);
      await expectAccessible(page);
      await screenshot(page, 'coach-attendance-paged-390');

      await pager.getByRole('button', { name: 'Previous page', exact: true }).click();
      await pager.getByText(`1–50 of ${EXTRA} · page 1 of 2`).waitFor();
      expect(await first.getByRole('radio', { name: 'Absent' }).isChecked()).toBe(true);

      // leaving asks first; staying keeps both marks
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your cohorts' }).click();
      const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
      await dialog.getByText('2 changes to this session’s attendance are not saved yet.').waitFor();
      await dialog.getByRole('button', { name: 'Stay and save' }).click();
      await page.getByRole('button', { name: 'Save attendance', exact: true }).click();
      await see(page, 'Attendance saved for 2 learners.');
      const saved = (
        await db.query(
          `SELECT u.name, a.status FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN "user" u ON u.id = e.user_id
          WHERE e.user_id = ANY($1::uuid[]) ORDER BY u.name`,
          [userIds],
        )
      ).rows;
      expect(saved).toEqual([
        { name: 'Paging Learner 01', status: 'ABSENT' },
        { name: `Paging Learner ${EXTRA}`, status: 'ABSENT' },
      ]);
      expect(await page.getByText(/not saved yet/).count()).toBe(0);
    },
    BOUND,
  );
});
