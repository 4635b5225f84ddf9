import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, scrollToDeferred, see, seeHeading } from './support/browser';

/** The demo learner follows the running cohort: this week first, ticks, progress and their own goal. */
describe('the learner’s week', () => {
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

  const progress = async () => (await page.getByTestId('progress-percent').textContent())?.trim();

  test('week 3 of 7 is open and current, week 4 is locked with its opening date', async () => {
    await see(page, 'Week 3 of 7');
    await page.getByRole('heading', { level: 2, name: /^COIM Johannesburg/ }).waitFor();
    const strip = page.getByRole('list', { name: 'Weeks of your programme' });
    const week3 = strip.getByRole('button', { name: /^Week 3/ });
    expect(await week3.getAttribute('aria-pressed')).toBe('true');
    expect(await week3.textContent()).toContain('This week');
    expect(await strip.getByRole('button', { name: /^Week 4/ }).textContent()).toMatch(/Opens \d{1,2} \w{3} \d{4}/);
    await page.getByRole('heading', { level: 2, name: 'Week 3: Focus on the Causes of Work' }).waitFor();
    // the next session is shown in the viewer's zone, with the zone named
    const next = page.getByRole('region', { name: 'Next live session' });
    expect(await next.textContent()).toMatch(/\d{2}:\d{2} (GMT|UTC)[+-]?\d*/);
    await next.getByRole('link', { name: /Join session/ }).waitFor();
    await page.getByRole('region', { name: 'What’s due' }).getByText('Assignment 3: Focus on the Causes of Work').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'learner-week');
  });

  test('ticking an item moves the progress at once, and the tick is kept', async () => {
    const item = page.getByRole('checkbox', { name: 'Lecture: Focus on the Causes of Work' });
    // the progress card is further down: the learner scrolls to it
    await scrollToDeferred(page);
    const before = await progress();
    const wasChecked = await item.isChecked();
    await item.click();
    await page.waitForFunction((b) => document.querySelector('[data-testid="progress-percent"]')?.textContent?.trim() !== b, before);
    expect(await item.isChecked()).toBe(!wasChecked);
    const after = await progress();
    expect(after).not.toBe(before);
    await page.reload();
    await seeHeading(page, 'Welcome, Lerato');
    await item.waitFor();
    await scrollToDeferred(page);
    expect(await progress()).toBe(after);
    expect(await page.getByRole('checkbox', { name: 'Lecture: Focus on the Causes of Work' }).isChecked()).toBe(!wasChecked);
  });

  test('the learner edits their outcome goal in place', async () => {
    const card = page.getByRole('region', { name: 'Your goal' });
    await card.getByRole('button', { name: 'Edit goal' }).click();
    await card.getByLabel('Your outcome goal').fill('Halve failure demand in our claims process by June.');
    await card.getByRole('button', { name: 'Save goal' }).click();
    await card.getByText('Goal saved').waitFor();
    await card.getByText('Halve failure demand in our claims process by June.').waitFor();
  });

  test('a locked week shows only when it opens', async () => {
    await page
      .getByRole('list', { name: 'Weeks of your programme' })
      .getByRole('button', { name: /^Week 4/ })
      .click();
    const panel = page.getByRole('region', { name: 'Week 4: The Disruption Factor' });
    await panel.getByText(/This week opens on/).waitFor();
    expect(await panel.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'learner-week-locked');
  });
});
