import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, scrollToDeferred, see, seeHeading } from './support/browser';

/** Both widths: a laptop and a phone. At each the page must not scroll sideways (wide tables scroll in their own box). */
const WIDTHS = [1366, 390] as const;

async function fitsWidth(page: Page): Promise<void> {
  const { scroll, inner, widest } = await page.evaluate(() => {
    // what sticks out, to say so when it fails
    const out = [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1);
    const widest = out.slice(-3).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, widest };
  });
  expect({ scroll: Math.min(scroll, inner), widest: scroll > inner ? widest : [] }).toEqual({ scroll: inner, widest: [] });
}

/** On pages whose other parts belong to other features: this part, at least, stays within the screen. */
async function regionFits(page: Page, region: Locator): Promise<void> {
  const box = await region.boundingBox();
  const inner = await page.evaluate(() => window.innerWidth);
  expect(box!.x + box!.width).toBeLessThanOrEqual(inner);
}

describe.each(WIDTHS)('outcomes first, at %i px', (width) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const open = async (email: string) => {
    const page = await newPage(browser);
    await page.setViewportSize({ width, height: 900 });
    await logIn(page, email);
    return page;
  };
  /** The partner admin on the running cohort's page (from the outcomes table), its at-risk list shown. */
  const atRiskOfRunningCohort = async () => {
    const page = await open('partner@beacon.test');
    await page
      .getByRole('table', { name: /Outcomes per cohort/ })
      .getByRole('link', { name: /COIM Johannesburg/ })
      .click();
    await seeHeading(page, /^COIM Johannesburg/);
    const list = page.getByRole('table', { name: /Learners at risk: \d+/ });
    await list.waitFor();
    return { page, list };
  };

  test('the partner home leads with outcomes: totals, each cohort, a trend with its table, a CSV export', async () => {
    const page = await open('partner@beacon.test');
    const outcomes = page.getByRole('region', { name: 'Outcomes', exact: true });
    await outcomes.waitFor();
    const summary = page.getByRole('definition').filter({ hasText: 'hold the credential' });
    await summary.first().waitFor();
    const table = page.getByRole('table', { name: /Outcomes per cohort of Outside-In Africa/ });
    // the Nairobi cohort's certified and on-time rates; the running cohort's learners at risk
    const nairobi = table.getByRole('row', { name: /COIM Nairobi/ });
    expect(await nairobi.textContent()).toMatch(/\d+ %/);
    const running = table.getByRole('row', { name: /COIM Johannesburg/ });
    expect(await running.textContent()).toMatch(/—/);
    await page.getByText('The chart’s figures as a table').click();
    await page.getByRole('table', { name: 'Trend across cohorts, oldest first' }).waitFor();
    await expectAccessible(page);
    await regionFits(page, outcomes);
    await screenshot(page, `outcomes-partner-home-${width}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('outcomes-outside-in-africa.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'cohort,start,status,enrolled,active,withdrawn,certified,certified_rate,on_time_rate,median_days_to_credential,goal_reached_rate,attendance_rate,at_risk',
    );
    expect(csv).toContain('COIM Nairobi');
    await page.context().close();
  });

  test('the cohort page lists learners at risk with reasons, and messages the learners who miss sessions', async () => {
    const { page, list } = await atRiskOfRunningCohort();
    expect(await list.getByRole('row', { name: /Fatima Bello/ }).textContent()).toContain('Revision not resubmitted');
    expect(await list.getByRole('row', { name: /Tendai Moyo/ }).textContent()).toContain('Attendance below the minimum');
    expect(await list.textContent()).toContain('Assignment overdue');
    // (who else is at risk depends on what earlier browser specs did to the shared demo data)
    await page.getByRole('group', { name: 'Choose learners who' }).getByRole('button', { name: 'Attendance below the minimum' }).click();
    const chosen = page.getByText(/^\d+ learners? chosen\.$/);
    await chosen.waitFor();
    const n = Number((await chosen.textContent())!.match(/^\d+/)![0]);
    expect(n).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Subject').fill('The next live sessions');
    await page.getByLabel('Message', { exact: true }).fill('Shall we find a way for you to join the next sessions?');
    await expectAccessible(page);
    await regionFits(page, page.getByRole('region', { name: 'Learners at risk', exact: true }));
    await screenshot(page, `outcomes-cohort-at-risk-${width}`);
    await page.getByRole('button', { name: `Send to ${n} learner${n === 1 ? '' : 's'}` }).click();
    await see(page, `Sent to ${n} learner${n === 1 ? '' : 's'}.`);
    await page.context().close();
  });

  test('more learners at risk than a page holds: 20 at a time, and choosing by reason spans every page', async () => {
    // 25 learners join the running cohort today: each has missed every session so far, so each is at risk
    const db = new pg.Client({ connectionString: process.env.BEACON_E2E_DATABASE_URL });
    await db.connect();
    const tag = `pager${width}`;
    const [cohort] = (await db.query(`SELECT id, capacity FROM cohort WHERE name LIKE 'COIM Johannesburg%'`)).rows;
    try {
      await db.query(`UPDATE cohort SET capacity = capacity + 25 WHERE id = $1`, [cohort.id]);
      await db.query(
        `WITH u AS (
           INSERT INTO "user" (email, name)
           SELECT '${tag}.' || i || '@africa.example.org', 'Pager Learner ' || lpad(i::text, 2, '0') FROM generate_series(1, 25) i
           RETURNING id)
         INSERT INTO enrolment (cohort_id, user_id, status) SELECT $1, id, 'ACTIVE' FROM u`,
        [cohort.id],
      );
      const { page, list } = await atRiskOfRunningCohort();
      const total = Number((await list.locator('caption').textContent())!.match(/(\d+)$/)![1]);
      expect(total).toBeGreaterThanOrEqual(25);
      const pager = page.getByRole('navigation', { name: 'Pages of Learners at risk' });
      await pager.getByText(`1–20 of ${total} · page 1 of ${Math.ceil(total / 20)}`).waitFor();
      expect(await list.locator('tbody tr').count()).toBe(20);
      await pager.getByRole('button', { name: 'Next page' }).click();
      await pager.getByText(new RegExp(`^21–${Math.min(40, total)} of ${total}`)).waitFor();
      expect(await list.locator('tbody tr').count()).toBe(Math.min(20, total - 20));
      // choosing by reason takes every page's learners with it, not only the 20 on screen
      await page.getByRole('group', { name: 'Choose learners who' }).getByRole('button', { name: 'Attendance below the minimum' }).click();
      const chosen = page.getByText(/^\d+ learners? chosen\.$/);
      await chosen.waitFor();
      expect(Number((await chosen.textContent())!.match(/^\d+/)![0])).toBeGreaterThanOrEqual(25);
      await pager.getByRole('button', { name: 'Previous page' }).click();
      await pager.getByText(`1–20 of ${total} · page 1 of ${Math.ceil(total / 20)}`).waitFor();
      await expectAccessible(page);
      await regionFits(page, page.getByRole('region', { name: 'Learners at risk', exact: true }));
      await screenshot(page, `outcomes-at-risk-pages-${width}`);
      await page.context().close();
    } finally {
      await db.query(`DELETE FROM enrolment WHERE user_id IN (SELECT id FROM "user" WHERE email LIKE '${tag}.%')`);
      await db.query(`DELETE FROM "user" WHERE email LIKE '${tag}.%'`);
      await db.query(`UPDATE cohort SET capacity = $2 WHERE id = $1`, [cohort.id, cohort.capacity]);
      await db.end();
    }
  });

  test('the admin compares partners against the network median', async () => {
    const page = await open('admin@beacon.test');
    await seeHeading(page, 'Partners');
    // on a phone the main menu is folded behind its button
    const toggle = page.getByRole('button', { name: 'Menu' });
    if (await toggle.isVisible()) await toggle.click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network outcomes' }).click();
    await seeHeading(page, 'Network outcomes');
    const table = page.getByRole('table', { name: 'Outcomes per partner, with the network median' });
    await table.waitFor();
    await table.getByRole('row', { name: /Outside-In Africa/ }).waitFor();
    await table.getByRole('row', { name: /Network median/ }).waitFor();
    await page.getByLabel('Programme').selectOption({ label: 'COIM — Certified Outside-In Master' });
    await table.getByRole('row', { name: /Outside-In Africa/ }).waitFor();
    await expectAccessible(page);
    await fitsWidth(page);
    await screenshot(page, `outcomes-network-${width}`);
    await page.context().close();
  });

  test('the learner sees their path to the credential and their goal', async () => {
    const page = await open('learner@beacon.test');
    await scrollToDeferred(page);
    const path = page.getByRole('region', { name: 'Path to your credential' });
    await path.waitFor();
    await path.getByText(/^Still reachable: attend \d+ of the \d+ remaining sessions, pass weeks 2–7/).waitFor();
    const goal = page.getByRole('region', { name: 'Your goal' });
    await goal.getByText(/Measured as repeat calls per week: from 1200 to 960/).waitFor();
    await expectAccessible(page);
    await fitsWidth(page);
    await screenshot(page, `outcomes-learner-path-${width}`);
    await page.context().close();
  });

  test('the graduate keeps their goal history after the programme', async () => {
    const page = await open('graduate@beacon.test');
    await scrollToDeferred(page);
    const history = page.getByRole('list', { name: 'Goal check-ins' });
    await history.waitFor();
    expect(await history.textContent()).toContain('End of programme: Reached');
    expect(await history.textContent()).toContain('Confirmed by your coach');
    await expectAccessible(page);
    await fitsWidth(page);
    await page.context().close();
  });

  test('the coach home shows the learners at risk first', async () => {
    const page = await open('coach@beacon.test');
    const atRisk = page.getByRole('region', { name: /^Learners at risk in COIM Johannesburg/ });
    await atRisk.waitFor();
    // before everything else on the page
    const first = await page.locator('main section.card').first().getAttribute('aria-labelledby');
    expect(await page.locator(`[id="${first}"]`).textContent()).toMatch(/^Learners at risk in COIM Johannesburg/);
    await expectAccessible(page);
    await regionFits(page, atRisk);
    await page.context().close();
  });
});
