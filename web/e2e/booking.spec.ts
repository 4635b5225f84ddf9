import pg from 'pg';
import type { Browser, Locator, Page, Route } from 'playwright-core';
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

/** A GraphQL client for one demo account, for what the story needs around the browser (a rival booking, tidying up). */
async function apiAs(email: string) {
  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, Json>; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data!;
  };
  const { login } = await call('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
    email,
    password: DEMO_PASSWORD,
  });
  return (query: string, variables: Record<string, unknown> = {}) => call(query, variables, login.token);
}

const AVAILABILITY = `{ timeZone weeklyHours { weekday start end } exceptions { date kind start end } slotMinutes bufferBeforeMinutes bufferAfterMinutes minNoticeMinutes horizonDays cancellationCutoffMinutes meetingUrl }`;
const CONFIRMED = `query { myBookings(status: CONFIRMED, first: 100) { id learner { email } } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id, reason: "Tidying up after the browser tests") { id } }`;

/** The coach's list of upcoming sessions (coach home and bookings page). */
const coachCard = (page: Page) => page.getByRole('region', { name: /^1-on-1 coaching/ });

/** Pages the coach's list forward until `item` shows (or there is no next page). */
async function pageTo(page: Page, item: Locator): Promise<void> {
  const card = coachCard(page);
  await card.getByRole('listitem').first().waitFor();
  const next = card.getByRole('navigation', { name: 'Pages of your upcoming sessions' }).getByRole('button', { name: 'Next page' });
  for (let i = 0; i < 20 && !(await item.count()) && (await next.count()) && (await next.isEnabled()); i++) {
    const summary = await pagerSummary(page);
    await next.click();
    await page.waitForFunction(
      (before) => document.querySelector('nav[aria-label="Pages of your upcoming sessions"] p')?.textContent !== before,
      summary,
    );
    await card.locator('ul[aria-busy="false"]').waitFor();
  }
  await item.waitFor();
}

const pagerSummary = (page: Page) =>
  coachCard(page).getByRole('navigation', { name: 'Pages of your upcoming sessions' }).locator('p').textContent();

/** Nothing wider than the screen: no sideways scrolling of the page. */
async function expectFits(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** The last day of the demo coach's open times shown whose heading matches ("Friday …"): the later one when there are two. */
function lastDay(page: Page, weekday: RegExp): Locator {
  return page.getByRole('region', { name: 'Sipho Dlamini' }).getByRole('group', { name: weekday }).last();
}

/**
 * 1-on-1 coaching: the coach publishes Friday hours, a learner of the running cohort books one,
 * loses a slot to a quicker learner, moves and cancels (the entitlement comes back), the coach
 * cancels with a reason, and the partner admin follows the cohort's bookings. The demo coach's
 * availability and every booking made here are put back afterwards, whatever happens.
 */
describe('1-on-1 coaching', () => {
  let browser: Browser;
  let page: Page;
  let coachApi: Awaited<ReturnType<typeof apiAs>>;
  let original: Record<string, unknown>;
  /** the day of the Friday the learner books ("Fri 11 Dec"), told apart from the demo's Monday session */
  let bookedDay = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    coachApi = await apiAs('coach@beacon.test');
    original = (await coachApi(`query { myAvailability ${AVAILABILITY} }`)).myAvailability;
  });
  /** Each person in a browser profile of their own. */
  const switchTo = async (email: string) => {
    await page?.context().close();
    page = await newPage(browser);
    await logIn(page, email);
  };

  afterAll(async () => {
    await browser?.close();
    // the demo's own bookings stay; the ones made by the learners of this story go
    for (const email of ['ama.owusu@example.org', 'bongani.khumalo@example.org']) {
      const learner = await apiAs(email);
      for (const b of (await learner(CONFIRMED)).myBookings.filter((b: { learner: { email: string } }) => b.learner.email === email))
        await learner(CANCEL, { id: b.id });
    }
    await coachApi(`mutation($input: AvailabilityInput!) { setAvailability(input: $input) { published } }`, { input: original });
  });

  test('the coach home lists upcoming bookings with the learner, the cohort, the time in the coach’s zone and the link to join', async () => {
    await switchTo('coach@beacon.test');
    await seeHeading(page, 'Welcome, Sipho');
    const card = page.getByRole('region', { name: /^1-on-1 coaching/ });
    const lerato = card.getByRole('listitem').filter({ hasText: 'Lerato Mokoena' });
    await lerato.waitFor();
    expect(await lerato.textContent()).toMatch(/COIM Johannesburg — .*/);
    expect(await lerato.textContent()).toMatch(/\w{3} \d{1,2} \w{3}, 10:00–10:45 GMT\+2/);
    expect(await lerato.getByRole('link', { name: /^Join the session with Lerato Mokoena/ }).getAttribute('href')).toBe(
      'https://meet.example.org/coach-sipho',
    );
    await expectAccessible(page);
    await screenshot(page, 'coach-home-bookings');
  });

  test('the coach adds Friday hours: the API’s validation message first, then saved, and the preview shows Fridays', async () => {
    await page.getByRole('link', { name: 'Your availability' }).click();
    await seeHeading(page, 'Coaching availability');
    await see(page, /^Published\. Last saved/);
    const friday = page.getByRole('group', { name: 'Friday' });
    await friday.getByText('Not available').waitFor();
    await friday.getByRole('button', { name: 'Add hours on Friday' }).click();
    // a range that ends before it starts: the API refuses it in words
    await friday.getByLabel('From').fill('12:00');
    await friday.getByLabel('Until').fill('09:00');
    await see(page, 'You have unsaved changes.');
    await page.getByRole('button', { name: 'Save availability' }).click();
    // the problem is said beside the faulty range, in the inputs' 24-hour clock
    await friday.getByText('Friday: The end (09:00) must be after the start (12:00).').waitFor();

    await friday.getByLabel('From').fill('09:00');
    await friday.getByLabel('Until').fill('12:00');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await see(page, /^Availability saved\./);
    await page
      .getByRole('region', { name: 'Next open slots' })
      .getByText(/^Friday \d{1,2} \w+$/)
      .first()
      .waitFor();
    expect(await page.getByRole('region', { name: 'Next open slots' }).textContent()).toContain('09:00 · 10:00 · 11:00');
    await expectAccessible(page);
    await screenshot(page, 'coach-availability');

    // what was saved is what the page shows when opened again
    await page.reload();
    await seeHeading(page, 'Coaching availability');
    expect(await page.getByRole('group', { name: 'Friday' }).getByLabel('Until').inputValue()).toBe('12:00');
  });

  test('a learner books a Friday slot; a slot taken meanwhile says so and the slots are read again', async () => {
    await switchTo('ama.owusu@example.org');
    await seeHeading(page, 'Welcome, Ama');
    await scrollToDeferred(page);
    const card = page.getByRole('region', { name: 'Coaching' });
    // the demo gave Ama one session next Monday: one more is hers to book
    expect(await card.getByTestId('coaching-line').textContent()).toMatch(/^0 of 2 used — next: Mon /);
    await card.getByText('1 session left to book.').waitFor();
    await card.getByRole('link', { name: /coaching/ }).click();
    await seeHeading(page, '1-on-1 coaching');
    expect(await page.getByTestId('sessions-left').textContent()).toBe('1');
    await see(page, /in your time zone: South Africa Standard Time \(GMT\+2\)/);

    // the last Friday of the fortnight shown: at least a week ahead, well before any cut-off
    const friday = lastDay(page, /^Friday/);
    const at10 = friday.getByRole('button', { name: /^10:00 to 10:45 GMT\+2/ });
    expect(await at10.textContent()).toContain('Sipho: 10:00');
    // keyboard: focus the slot and pick it with Enter
    await at10.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: /^Book \w{3} \d{1,2} \w{3}, 10:00–10:45 GMT\+2 with Sipho Dlamini\?$/ });
    await confirm.waitFor();
    // another learner of the cohort books the same time first
    const startsAt = await at10.locator('time').getAttribute('datetime');
    const bongani = await apiAs('bongani.khumalo@example.org');
    const { myEnrolments } = await bongani(`query { myEnrolments { id cohort { name coaches { id } } } }`);
    const running = (myEnrolments as { id: string; cohort: { name: string; coaches: { id: string }[] } }[]).find((e) =>
      e.cohort.name.startsWith('COIM Johannesburg'),
    )!;
    await bongani(`mutation($e: ID!, $c: ID!, $s: DateTime!) { bookCoaching(enrolmentId: $e, coachId: $c, startsAt: $s) { id } }`, {
      e: running.id,
      c: running.cohort.coaches[0].id,
      s: startsAt,
    });

    await confirm.getByRole('button', { name: 'Book session' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('That time was just taken; pick another slot').waitFor();
    // the slots were read again: 10:00 on that Friday is gone
    await lastDay(page, /^Friday/)
      .getByRole('button', { name: /^10:00 to/ })
      .waitFor({ state: 'detached' });
    expect(
      await lastDay(page, /^Friday/)
        .getByRole('button', { name: /^(09|11):00 to/ })
        .count(),
    ).toBe(2);

    await lastDay(page, /^Friday/)
      .getByRole('button', { name: /^09:00 to/ })
      .click();
    await page.getByRole('button', { name: 'Book session' }).click();
    await see(page, /^Booked: \w{3} \d{1,2} \w{3}, 09:00–09:45 GMT\+2 with Sipho Dlamini\./);
    bookedDay = /^Booked: (\w{3} \d{1,2} \w{3}),/.exec(
      (await page
        .getByText(/^Booked:/)
        .first()
        .textContent()) ?? '',
    )![1];
    const sessions = page.getByRole('region', { name: 'Your sessions' });
    await sessions
      .getByRole('region', { name: /^Upcoming/ })
      .getByText(new RegExp(`${bookedDay}, 09:00–09:45 GMT\\+2`))
      .waitFor();
    await sessions
      .getByText(/You can move or cancel it until \d{1,2} \w{3} \d{4}, 09:00 GMT\+2\./)
      .first()
      .waitFor();
    expect(await page.getByTestId('sessions-left').textContent()).toBe('0');
    await expectAccessible(page);
    await screenshot(page, 'learner-coaching');
  });

  test('the learner moves the session, then cancels it, and the session returns to their allowance', async () => {
    const sessions = page.getByRole('region', { name: 'Your sessions' });
    await sessions.getByRole('button', { name: new RegExp(`^Move the session of ${bookedDay}`) }).click();
    await page.getByRole('region', { name: 'Move your session' }).waitFor();
    await see(page, /^Moving your session of/);
    await lastDay(page, /^Friday/)
      .getByRole('button', { name: /^11:00 to/ })
      .click();
    await page.getByRole('button', { name: 'Move session' }).click();
    await see(page, /^Moved: your session with Sipho Dlamini is now \w{3} \d{1,2} \w{3}, 11:00–11:45 GMT\+2\./);
    await sessions.getByText(/11:00–11:45 GMT\+2/).waitFor();

    await sessions.getByRole('button', { name: new RegExp(`^Cancel the session of ${bookedDay}`) }).click();
    const form = sessions.getByRole('form', { name: /^Cancel your session with Sipho Dlamini on/ });
    await form.getByLabel('Reason (optional)').fill('A clash with a board meeting');
    await form.getByRole('button', { name: 'Cancel session' }).click();
    await see(page, /was cancelled\. It is back among the sessions you can book\./);
    await page.waitForFunction(() => document.querySelector('[data-testid="sessions-left"]')?.textContent === '1');
    const cancelled = sessions.getByRole('region', { name: /^Cancelled/ });
    await cancelled.getByText('Reason: A clash with a board meeting').waitFor();
    expect(await cancelled.textContent()).toContain('cancelled by you');
    // Monday's session stays; Friday's is gone from what is ahead
    expect(await sessions.getByRole('region', { name: /^Upcoming/ }).textContent()).not.toContain(bookedDay);
  });

  test('the coach cancels a booking: a reason is required, and the learner sees it', async () => {
    // Ama books again, for the coach to cancel
    await lastDay(page, /^Friday/)
      .getByRole('button', { name: /^09:00 to/ })
      .click();
    await page.getByRole('button', { name: 'Book session' }).click();
    await see(page, /^Booked:/);

    const coach = await newPage(browser);
    await logIn(coach, 'coach@beacon.test');
    await seeHeading(coach, 'Welcome, Sipho');
    const card = coachCard(coach);
    // the home shows a few sessions a page; the demo's week of coaching comes before Friday's
    const ama = card
      .getByRole('listitem')
      .filter({ hasText: 'Ama Owusu' })
      .filter({ hasText: `${bookedDay}, 09:00–09:45` });
    await pageTo(coach, ama);
    const total = card.getByTestId('coach-bookings-total');
    const upcoming = Number(/^(\d+) upcoming$/.exec((await total.textContent()) ?? '')![1]);
    await ama.getByRole('button', { name: 'Cancel the session with Ama Owusu' }).click();
    const form = ama.getByRole('form', { name: /^Cancel your session with Ama Owusu on/ });
    await form.getByRole('button', { name: 'Cancel session' }).click();
    await form.getByText('Tell the learner why: a reason is required when a coach cancels.').waitFor();
    await form.getByLabel('Reason for cancelling').fill('I am ill that day; please book another time.');
    await expectAccessible(coach);
    await form.getByRole('button', { name: 'Cancel session' }).click();
    await see(coach, 'Your session with Ama Owusu was cancelled.');
    // the session leaves the list of upcoming ones, and their count
    await ama.waitFor({ state: 'detached' });
    await card
      .getByTestId('coach-bookings-total')
      .getByText(`${upcoming - 1} upcoming`, { exact: true })
      .waitFor();
    await coach.context().close();

    await page.reload();
    await seeHeading(page, '1-on-1 coaching');
    const cancelled = page.getByRole('region', { name: 'Your sessions' }).getByRole('region', { name: /^Cancelled/ });
    await cancelled.getByText('Reason: I am ill that day; please book another time.').waitFor();
    expect(await cancelled.textContent()).toContain('cancelled by Sipho Dlamini');
    expect(await page.getByTestId('sessions-left').textContent()).toBe('1');
  });

  test('the demo learner sees one session held, one booked with its cut-off, and why there is nothing more to book', async () => {
    await switchTo('learner@beacon.test');
    await seeHeading(page, 'Welcome, Lerato');
    await scrollToDeferred(page);
    const card = page.getByRole('region', { name: 'Coaching' });
    expect(await card.getByTestId('coaching-line').textContent()).toMatch(/^1 of 2 used — next: \w{3} \d{1,2} \w{3}, 10:00–10:45 GMT\+2/);
    await card.getByRole('link', { name: 'Manage your coaching' }).click();
    await seeHeading(page, '1-on-1 coaching');
    const entitlement = page.getByTestId('entitlement');
    expect(await entitlement.textContent()).toMatch(/Held1.*Booked ahead1.*Left to book0/);
    await see(page, 'You have booked all 2 coaching sessions of your programme');
    const sessions = page.getByRole('region', { name: 'Your sessions' });
    await sessions
      .getByRole('region', { name: /^Held/ })
      .getByText(/10:00–10:45 GMT\+2/)
      .waitFor();
    await sessions
      .getByRole('region', { name: /^Upcoming/ })
      .getByText(/You can move or cancel it until/)
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'learner-coaching-used');
  });

  test('the partner admin sees the cohort’s bookings: counts and each booking', async () => {
    await switchTo('partner@beacon.test');
    await page.getByRole('link', { name: 'Cohorts', exact: true }).first().click();
    await seeHeading(page, 'Outside-In Africa cohorts');
    await page.getByRole('link', { name: /^COIM Johannesburg/ }).click();
    await seeHeading(page, /^COIM Johannesburg/);
    await page.getByRole('navigation', { name: 'Cohort sections' }).getByRole('link', { name: 'Coaching' }).click();
    const card = page.getByRole('region', { name: /^1-on-1 coaching/ });
    await card.getByRole('table').waitFor();
    expect(Number(await card.getByTestId('bookings-held').textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await card.getByTestId('bookings-upcoming').textContent())).toBeGreaterThanOrEqual(1);
    const lerato = card.getByRole('row', { name: /Lerato Mokoena/ }).filter({ hasText: 'Upcoming' });
    expect(await lerato.textContent()).toContain('Sipho Dlamini');
    const ama = card.getByRole('row', { name: /Ama Owusu/ }).filter({ hasText: 'I am ill that day' });
    expect(await ama.textContent()).toContain('Cancelled');
    await expectAccessible(page);
    await card.screenshot({ path: `${process.env.BEACON_E2E_ARTIFACTS ?? 'artifacts'}/screenshots/partner-cohort-bookings.png` });
  });

  test('the coach takes the Friday hours off again', async () => {
    await switchTo('coach@beacon.test');
    await seeHeading(page, 'Welcome, Sipho');
    await page.goto('/coach/availability');
    await seeHeading(page, 'Coaching availability');
    const friday = page.getByRole('group', { name: 'Friday' });
    await friday.getByRole('button', { name: /^Remove Friday/ }).click();
    await friday.getByText('Not available').waitFor();
    await page.getByRole('button', { name: 'Save availability' }).click();
    await see(page, /^Availability saved\./);
  });
});

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through jest (global-setup.ts starts the server)`);
  return value;
}

/**
 * Issue 14, the coach: their upcoming 1-on-1 sessions a page at a time, with how many there are,
 * at a laptop's 1366 px and a phone's 390 px. Eight new learners of the running cohort each get a
 * session with the demo coach six weeks ahead and more (so after every other), removed afterwards.
 */
describe('the coach pages through their upcoming coaching sessions, with how many there are', () => {
  const ADDED = 8;
  /** sessions per page on the coach home */
  const PAGE = 5;
  let browser: Browser;
  let page: Page;
  let db: pg.Client;
  let cohort: { id: string; capacity: number } | undefined;
  let userIds: string[] = [];
  const learners: string[] = [];
  let total = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    db = new pg.Client({ connectionString: env('BEACON_E2E_DATABASE_URL') });
    await db.connect();
    const [{ id: coachId }] = (await db.query(`SELECT id FROM "user" WHERE email = 'coach@beacon.test'`)).rows;
    // eight learners of their own in the demo coach's running cohort (a seat each), each with one session
    const [running]: { id: string; capacity: number }[] = (
      await db.query(`SELECT id, capacity FROM cohort WHERE name LIKE 'COIM Johannesburg%' AND status = 'RUNNING'`)
    ).rows;
    cohort = running;
    await db.query(`UPDATE cohort SET capacity = capacity + $2 WHERE id = $1`, [running.id, ADDED]);
    const users: { id: string; name: string }[] = (
      await db.query(
        `INSERT INTO "user" (email, name, time_zone)
         SELECT 'upcoming.e2e.' || n || '@example.org', 'Upcoming Learner ' || n, 'Africa/Johannesburg' FROM generate_series(1, $1::int) AS n
         RETURNING id, name`,
        [ADDED],
      )
    ).rows;
    userIds = users.map((u) => u.id);
    for (const [i, u] of users.entries()) {
      const [{ id: enrolmentId }] = (
        await db.query(`INSERT INTO enrolment (cohort_id, user_id, status) VALUES ($1, $2, 'ACTIVE') RETURNING id`, [running.id, u.id])
      ).rows;
      await db.query(
        `INSERT INTO booking (enrolment_id, cohort_id, learner_id, coach_id, starts_at, ends_at)
         VALUES ($1, $2, $3, $4, date_trunc('day', now()) + make_interval(days => 42 + $5::int, hours => 9),
                 date_trunc('day', now()) + make_interval(days => 42 + $5::int, hours => 9, mins => 45))`,
        [enrolmentId, running.id, u.id, coachId, i],
      );
      learners.push(u.name);
    }
    // what the coach should be told: every confirmed session of theirs not over yet, in the cohorts they coach
    total = (
      await db.query(
        `SELECT count(*)::int AS n FROM booking b
          WHERE b.coach_id = $1 AND b.status = 'CONFIRMED' AND b.ends_at > now()
            AND EXISTS (SELECT 1 FROM cohort_coach cc WHERE cc.cohort_id = b.cohort_id AND cc.user_id = b.coach_id)`,
        [coachId],
      )
    ).rows[0].n;
    page = await newPage(browser);
    await logIn(page, 'coach@beacon.test');
    await seeHeading(page, 'Welcome, Sipho');
  });
  afterAll(async () => {
    await browser?.close();
    if (db) {
      // the demo cohort as it was: their bookings go with their enrolments
      await db.query(`DELETE FROM enrolment WHERE user_id = ANY($1::uuid[])`, [userIds]);
      await db.query(`DELETE FROM "user" WHERE id = ANY($1::uuid[])`, [userIds]);
      if (cohort) await db.query(`UPDATE cohort SET capacity = $2 WHERE id = $1`, [cohort.id, cohort.capacity]);
      await db.end();
    }
  });

  test.each([1366, 390])('at %i px: “N upcoming”, then the next page and back, the buttons off while a page loads', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/coach');
    await seeHeading(page, 'Welcome, Sipho');
    const card = coachCard(page);
    await card.getByTestId('coach-bookings-total').getByText(`${total} upcoming`, { exact: true }).waitFor();
    const pages = Math.ceil(total / PAGE);
    const pager = card.getByRole('navigation', { name: 'Pages of your upcoming sessions' });
    const previous = pager.getByRole('button', { name: 'Previous page' });
    const next = pager.getByRole('button', { name: 'Next page' });
    expect(await pagerSummary(page)).toBe(`1–${PAGE} of ${total} · page 1 of ${pages}`);
    expect(await card.getByRole('listitem').count()).toBe(PAGE);
    expect(await previous.isDisabled()).toBe(true);
    const firstPage = await card.locator('li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    await expectFits(page);
    await expectAccessible(page);

    // the next page is held back until the buttons have been seen off
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route: Route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('MyUpcomingCoachingSessions') && body.includes('"offset":5')) await held;
      await route.fallback();
    });
    await next.click();
    await card.locator('ul[aria-busy="true"]').waitFor();
    expect([await previous.isDisabled(), await next.isDisabled()]).toEqual([true, true]);
    release();
    await card.locator('ul[aria-busy="false"]').waitFor();
    await page.unroute('**/graphql');

    const shown = Math.min(PAGE, total - PAGE);
    expect(await pagerSummary(page)).toBe(`6–${PAGE + shown} of ${total} · page 2 of ${pages}`);
    const secondPage = await card.locator('li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(secondPage).toHaveLength(shown);
    // soonest first, across the pages
    const times = [...firstPage, ...secondPage].map((t) => new Date(t).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await previous.isEnabled()).toBe(true);
    // focus went back to the top of the list
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Upcoming sessions, soonest first');
    await expectFits(page);
    await expectAccessible(page);

    // the last page ends with the sessions six weeks ahead
    await pageTo(page, card.getByRole('listitem').filter({ hasText: learners[ADDED - 1] }));
    expect(await pagerSummary(page)).toBe(`${(pages - 1) * PAGE + 1}–${total} of ${total} · page ${pages} of ${pages}`);
    expect(await next.isDisabled()).toBe(true);
    await card.screenshot({ path: `${process.env.BEACON_E2E_ARTIFACTS ?? 'artifacts'}/screenshots/coach-upcoming-sessions-${width}.png` });

    await previous.click();
    await page.waitForFunction(
      (summary) => document.querySelector('nav[aria-label="Pages of your upcoming sessions"] p')?.textContent === summary,
      `${(pages - 2) * PAGE + 1}–${(pages - 1) * PAGE} of ${total} · page ${pages - 1} of ${pages}`,
    );
  });
});
