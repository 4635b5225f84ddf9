import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, see, seeHeading } from './support/browser';

/**
 * Issue 14, learner and coach: each journey at a laptop's 1366 px and a phone's 390 px, every
 * page without horizontal page scroll and axe-clean.
 */
const WIDTHS = [1366, 390] as const;
/** per test: a journey with axe runs and screenshots, on a machine shared by many */
const BOUND = 120_000;

async function expectFits(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function checkPage(page: Page, name: string, width: number): Promise<void> {
  await expectFits(page);
  await expectAccessible(page);
  await screenshot(page, `${name}-${width}`);
}

const top = async (page: Page, heading: string) =>
  (await page.getByRole('heading', { name: heading, exact: true }).first().boundingBox())!.y;

describe('the learner: what is due, the schedule, the calendar', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'learner@beacon.test');
    await seeHeading(page, 'Welcome, Lerato');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of WIDTHS) {
    test(
      `${width} px: “what’s due” says where each week stands and links to it; next session and what’s due come first`,
      async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/learner');
        const due = page.getByRole('region', { name: 'What’s due' });
        // week 1 passed: gone; week 2 submitted: awaiting review
        const week2 = due.getByRole('listitem').filter({ hasText: 'Week 2' });
        await week2.getByText('Submitted · awaiting review').waitFor();
        expect(await due.getByRole('listitem').filter({ hasText: 'Week 1 ·' }).count()).toBe(0);
        expect(await week2.getByRole('link').getAttribute('href')).toMatch(/^\/learner\/assignments\/[0-9a-f-]+\/2$/);
        if (width < 900) {
          // on a phone the next session and what is due come before the programme's weeks
          const weeks = await page
            .getByRole('heading', { level: 2 })
            .filter({ hasText: /^COIM Johannesburg/ })
            .boundingBox();
          expect(await top(page, 'Next live session')).toBeLessThan(weeks!.y);
          expect(await top(page, 'What’s due')).toBeLessThan(weeks!.y);
        } else {
          // beside the week, in the first screen
          expect(await top(page, 'Next live session')).toBeLessThan(900);
        }
        await checkPage(page, 'learner-home', width);
      },
      BOUND,
    );

    test(
      `${width} px: the schedule lists all 18 sessions with attendance, recordings or join links, and the cohort’s groups`,
      async () => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('/learner');
        await page.getByRole('link', { name: 'All sessions, recordings and your attendance' }).click();
        await seeHeading(page, 'Schedule');
        await page.getByTestId('schedule-session').nth(17).waitFor();
        expect(await page.getByTestId('schedule-session').count()).toBe(18);
        const past = page.locator('[data-testid="schedule-session"][data-when="PAST"]');
        expect(await past.count()).toBeGreaterThan(0);
        await past
          .first()
          .getByText(/^(Present|Absent|Excused|Attendance not recorded)$/)
          .waitFor();
        const upcoming = page.locator('[data-testid="schedule-session"][data-when="UPCOMING"]');
        expect(
          await upcoming
            .first()
            .getByRole('link', { name: /^Join link/ })
            .getAttribute('href'),
        ).toMatch(/^https:\/\//);
        expect(await page.getByRole('link', { name: /^Cohort community/ }).getAttribute('href')).toMatch(
          /^https:\/\/community\.example\.org\//,
        );
        // subscribe beside copy: webcal, Google Calendar, Outlook
        const feed = page.getByRole('region', { name: 'Your calendar feed' });
        const webcal = await feed.getByRole('link', { name: /^Subscribe/ }).getAttribute('href');
        expect(webcal).toMatch(/^webcal:\/\/.+\/calendar\/.+\.ics$/);
        expect(await feed.getByRole('link', { name: /^Google Calendar/ }).getAttribute('href')).toBe(
          `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal!)}`,
        );
        expect(await feed.getByRole('link', { name: /^Outlook/ }).getAttribute('href')).toMatch(
          /^https:\/\/outlook\.live\.com\/calendar\/0\/addfromweb\?url=http/,
        );
        await checkPage(page, 'learner-schedule', width);
      },
      BOUND,
    );
  }
});

describe('the coach: home, queue, grading one after another, attendance, availability, notes', () => {
  let browser: Browser;
  let coach: Page;
  let learner: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    coach = await newPage(browser);
    await logIn(coach, 'coach@beacon.test');
    await seeHeading(coach, 'Welcome, Sipho');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of WIDTHS) {
    test(
      `${width} px: the coach home fits`,
      async () => {
        await coach.setViewportSize({ width, height: 900 });
        await coach.goto('/coach');
        await coach
          .getByRole('region', { name: /^COIM Johannesburg/ })
          .getByText('Week 3 of 7')
          .waitFor();
        await checkPage(coach, 'coach-home', width);
      },
      BOUND,
    );

    test(
      `${width} px: the grading queue fits, with “Grade” in reach`,
      async () => {
        await coach.setViewportSize({ width, height: 900 });
        await coach.goto('/coach/grading');
        await seeHeading(coach, 'Grading queue');
        const grade = coach.getByRole('link', { name: /^Grade / }).first();
        await grade.waitFor();
        const box = (await grade.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        await checkPage(coach, 'coach-grading-queue', width);
      },
      BOUND,
    );

    test(
      `${width} px: previous and next submission without going back to the queue`,
      async () => {
        await coach.setViewportSize({ width, height: 900 });
        await coach.goto('/coach/grading?state=ALL');
        await coach
          .getByRole('link', { name: /^(Grade|Continue|View) / })
          .first()
          .click();
        await coach
          .getByRole('group', { name: 'Move through the grading queue' })
          .getByText(/^1 of \d+ in the queue$/)
          .waitFor();
        const first = await coach.getByRole('heading', { level: 1 }).textContent();
        await coach.getByRole('link', { name: 'Next submission →' }).click();
        await coach.getByText(/^2 of \d+ in the queue$/).waitFor();
        expect(await coach.getByRole('heading', { level: 1 }).textContent()).not.toBe(first);
        await checkPage(coach, 'coach-grade-submission', width);
        await coach.getByRole('link', { name: '← Previous submission' }).click();
        await coach.getByText(/^1 of \d+ in the queue$/).waitFor();
        expect(await coach.getByRole('heading', { level: 1 }).textContent()).toBe(first);
      },
      BOUND,
    );

    test(
      `${width} px: availability says what is wrong beside the faulty range, and “Remove” stays in view`,
      async () => {
        await coach.setViewportSize({ width, height: 900 });
        await coach.goto('/coach/availability');
        const monday = coach.getByRole('group', { name: 'Monday' });
        const range = monday.getByTestId('availability-range').first();
        await range.waitFor();
        const remove = range.getByRole('button', { name: /^Remove/ });
        const box = (await remove.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        await range.getByLabel('Until').fill('08:00');
        await range.getByLabel('From').fill('10:00');
        await coach.getByRole('button', { name: /^(Save|Publish) availability$/ }).click();
        // en-GB: the 24-hour clock of the inputs
        await range.getByText('Monday: The end (08:00) must be after the start (10:00).').waitFor();
        expect(await coach.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
        await checkPage(coach, 'coach-availability', width);
        await coach.reload();
      },
      BOUND,
    );
  }

  test(
    'attendance: leaving with unsaved marks asks first; staying keeps them',
    async () => {
      await coach.setViewportSize({ width: 1366, height: 900 });
      await coach.goto('/coach');
      const running = coach.getByRole('region', { name: /^COIM Johannesburg/ });
      await running.getByRole('button', { name: /^Show all 18 sessions/ }).click();
      await running
        .getByRole('link', { name: /^Take attendance for Week 2/ })
        .first()
        .click();
      await seeHeading(coach, /^Attendance: Week 2/);
      const ama = coach.getByRole('radiogroup', { name: 'Attendance of Ama Owusu' });
      const wasExcused = await ama.getByRole('radio', { name: 'Excused' }).isChecked();
      await ama.getByRole('radio', { name: wasExcused ? 'Absent' : 'Excused' }).check();
      await coach.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Your cohorts' }).click();
      const dialog = coach.getByRole('dialog', { name: 'Leave without saving?' });
      await dialog.waitFor();
      await expectAccessible(coach);
      await dialog.getByRole('button', { name: 'Stay and save' }).click();
      await seeHeading(coach, /^Attendance: Week 2/);
      expect(await ama.getByRole('radio', { name: wasExcused ? 'Absent' : 'Excused' }).isChecked()).toBe(true);
      await coach.getByRole('button', { name: 'Save attendance' }).click();
      await see(coach, /Attendance saved for \d+ learners?\./);

      // the browser's back button is held the same way: the page stays until the coach chooses to leave
      const sheetUrl = coach.url();
      await ama.getByRole('radio', { name: wasExcused ? 'Excused' : 'Absent' }).check();
      await coach.evaluate(() => history.back());
      await dialog.waitFor();
      expect(coach.url()).toBe(sheetUrl);
      await dialog.getByRole('button', { name: 'Stay and save' }).click();
      await seeHeading(coach, /^Attendance: Week 2/);
      expect(coach.url()).toBe(sheetUrl);
      await coach.evaluate(() => history.back());
      await dialog.getByRole('button', { name: 'Leave without saving' }).click();
      await coach.waitForURL((url) => url.href !== sheetUrl);
      await seeHeading(coach, 'Welcome, Sipho');
    },
    BOUND,
  );

  test(
    'a learner submits once however often they click; the coach validates before “release?”, then releases and moves to the next',
    async () => {
      learner = await newPage(browser);
      await logIn(learner, 'ama.owusu@example.org');
      await seeHeading(learner, 'Welcome, Ama');
      await learner
        .getByRole('region', { name: 'What’s due' })
        .getByRole('listitem')
        .filter({ hasText: 'Week 3' })
        .getByRole('link')
        .click();
      const form = learner.getByRole('region', { name: 'Submit your work', exact: true });
      await form.getByLabel('Your answer').fill('Failure demand is a third of our calls; the causes are unclear letters.');
      await form.getByRole('button', { name: 'Submit your work' }).dblclick();
      await learner
        .getByRole('region', { name: /^Your versions/ })
        .getByText(/Version 1/)
        .first()
        .waitFor();
      expect(
        await learner
          .getByRole('region', { name: /^Your versions/ })
          .getByText(/Version 2/)
          .count(),
      ).toBe(0);

      await coach.goto('/coach/grading?week=3');
      await coach.getByRole('link', { name: 'Grade Ama Owusu, week 3' }).click();
      await seeHeading(coach, 'Ama Owusu: week 3, version 1');
      // graded from the whole queue ("to grade", every week), where other submissions wait
      await coach.goto(new URL(coach.url()).pathname);
      await seeHeading(coach, 'Ama Owusu: week 3, version 1');
      const here = coach.url();
      await coach.getByRole('button', { name: 'Release to learner' }).click();
      await coach.getByRole('alert').getByText('The review is not complete').waitFor();
      expect(await coach.getByText(/^Release this review to Ama Owusu\?/).count()).toBe(0);

      await coach
        .getByRole('group', { name: /^Customer insight/ })
        .getByRole('radio', { name: /4 points/ })
        .check();
      await coach
        .getByRole('group', { name: /^Use of the method/ })
        .getByRole('radio', { name: /4 points/ })
        .check();
      await coach
        .getByRole('group', { name: /^Application at work/ })
        .getByRole('radio', { name: /2 points/ })
        .check();
      await coach.getByRole('radio', { name: /^Pass/ }).check();
      await coach.getByLabel('Feedback to the learner').fill('Clear causes, well measured.');
      await coach.getByRole('button', { name: 'Release to learner' }).click();
      await coach.getByText(/^Release this review to Ama Owusu\?/).waitFor();
      await coach.getByRole('button', { name: 'Release and next' }).click();
      await coach.waitForURL((u) => u.toString() !== here && /\/coach\/submissions\//.test(u.pathname));
      await learner.reload();
      await learner
        .getByText(/Passed/)
        .first()
        .waitFor();
    },
    BOUND,
  );

  test(
    'the coach keeps private notes on a coaching session',
    async () => {
      await coach.setViewportSize({ width: 390, height: 900 });
      await coach.goto('/coach');
      const coaching = coach.getByRole('region', { name: /^1-on-1 coaching/ });
      const item = coaching.getByRole('listitem').first();
      await item.getByText(/^Private notes/).click();
      await item.getByLabel('Notes for yourself about this session').fill('Bring the call data.');
      await item.getByRole('button', { name: 'Save notes' }).click();
      await item.getByText('Notes saved.').waitFor();
      await coach.reload();
      await coach
        .getByRole('region', { name: /^1-on-1 coaching/ })
        .getByRole('listitem')
        .first()
        .getByText(/^Private notes \(saved\)/)
        .waitFor();
      await expectFits(coach);
      await expectAccessible(coach);
    },
    BOUND,
  );
});
