import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, see, seeHeading } from './support/browser';

/**
 * expectAccessible, plus axe's rule that a control's accessible name holds its visible label
 * (off by default in axe: experimental), which buttons named for screen readers can break.
 */
async function expectAccessibleNames(page: Page): Promise<void> {
  await expectAccessible(page);
  const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
}

/** Waits (with a bound) until this element has the keyboard focus. */
async function expectFocused(locator: Locator): Promise<void> {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction((el) => el === document.activeElement, handle, { timeout: 5_000 });
}

/** Nothing wider than the window: no sideways scrolling. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(inner);
}

/** The certifying body's admin reads COIM week by week, and drafts and publishes a new programme. */
describe('the admin defines programmes', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'admin@beacon.test');
    await seeHeading(page, 'Partners');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the programmes list shows COIM with its weeks and version', async () => {
    await page.getByRole('link', { name: 'Programmes' }).click();
    await seeHeading(page, 'Programmes');
    const row = page.getByRole('row', { name: /Certified Outside-In Master/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('COIM');
    expect(await row.textContent()).toContain('Version 1');
    await expectAccessible(page);
    await screenshot(page, 'admin-programmes');
  });

  test('COIM has 7 weeks and 18 planned sessions', async () => {
    await page.getByRole('link', { name: 'Certified Outside-In Master' }).click();
    await seeHeading(page, 'COIM — Certified Outside-In Master');
    const weeks = page.getByRole('region', { name: /^Weeks/ });
    expect(await weeks.locator('.module-list > li').count()).toBe(7);
    await weeks.getByText('Week 3: Focus on the Causes of Work').waitFor();
    await weeks.getByText('Week 7: The New Normal of the Customer Obsessed organization').waitFor();
    const plan = page.getByRole('region', { name: /^Session plan/ });
    await plan.getByText('18 planned live sessions').waitFor();
    expect(await plan.getByRole('row').count()).toBe(19);
    // week 1 is open: its content, assignment and rubric
    await weeks.getByText('Assignment 1: Introduction to an Outside-In world').waitFor();
    await weeks.getByRole('table', { name: 'Rubric' }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-programme');
  });

  test('the draft editor opens with the whole definition', async () => {
    await page.getByRole('button', { name: 'Edit draft' }).click();
    await seeHeading(page, 'Edit COIM draft');
    expect(await page.getByLabel('Week 1 title').inputValue()).toBe('Introduction to an Outside-In world');
    expect(await page.getByRole('group', { name: 'Session plan (18)' }).getByRole('row').count()).toBe(19);
    await expectAccessible(page);
    await screenshot(page, 'admin-programme-edit');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await seeHeading(page, 'COIM — Certified Outside-In Master');
  });

  test('a new programme starts as a one-week draft, is edited and published', async () => {
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Programmes' }).click();
    await seeHeading(page, 'Programmes');
    await page.getByRole('button', { name: 'New programme' }).click();
    await page.getByLabel('Code').fill('cxd');
    await page.getByLabel('Title').fill('Customer Experience Design');
    await page.getByRole('button', { name: 'Create programme' }).click();
    await seeHeading(page, 'Edit CXD draft');

    await page.getByLabel('Week 1 title').fill('Seeing the customer');
    await page.getByRole('button', { name: 'Add content item to week 1' }).click();
    await page.getByLabel('Week 1 item 2 Kind').selectOption('VIDEO');
    await page.getByLabel('Week 1 item 2 Title').fill('Opening lecture');
    await page.getByLabel('Week 1 item 2 URL').fill('https://video.example.org/cxd/1');
    await page.getByRole('button', { name: 'Move up Week 1 item 2' }).click();
    expect(await page.getByLabel('Week 1 item 1 Title').inputValue()).toBe('Opening lecture');
    // at the top its "Move up" is off: the keyboard stays on the row, on its "Move down"
    await expectFocused(page.getByRole('button', { name: 'Move down Week 1 item 1' }));
    await page.getByRole('button', { name: 'Save draft' }).click();
    await see(page, 'The draft was saved.');
    await seeHeading(page, 'CXD — Customer Experience Design');
    await page
      .getByRole('region', { name: /^Weeks/ })
      .getByText('Week 1: Seeing the customer')
      .waitFor();

    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await seeHeading(page, 'What version 1 holds', 3);
    await see(page, '1 week, 1 live session and 0 assignments. Nothing is published yet.');
    await page.getByRole('button', { name: 'Confirm and publish version 1' }).click();
    await see(page, 'Version 1 is published.');
    await page.getByRole('button', { name: 'Publish version 2' }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish version 2' }).isDisabled()).toBe(true);
  });

  test('the admin writes week 1’s assignment and rubric; the editor says what is wrong next to the field', async () => {
    await page.getByRole('button', { name: 'Edit draft' }).click();
    await seeHeading(page, 'Edit CXD draft');
    await page.getByRole('button', { name: 'Add an assignment to week 1', exact: true }).click();
    const title = page.getByLabel('Week 1 assignment title');
    await expectFocused(title);
    await title.fill('Map a journey');
    await page.getByLabel('Week 1 assignment instructions').fill('## Your map\n\n- one customer\n- one journey, end to end');
    await page.getByRole('checkbox', { name: 'Link' }).check();

    // a criterion without a title is refused by the app, next to the field, which gets the focus
    await page.getByRole('button', { name: 'Save draft' }).click();
    const criterion1 = page.getByLabel('Week 1 criterion 1 Criterion title');
    await see(page, 'Give this criterion a title.');
    await expectFocused(criterion1);
    expect(await criterion1.getAttribute('aria-invalid')).toBe('true');
    await criterion1.fill('Customer insight');
    expect(await criterion1.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Add criterion to week 1', exact: true }).click();
    const criterion2 = page.getByLabel('Week 1 criterion 2 Criterion title');
    await expectFocused(criterion2);
    await criterion2.fill('customer insight');
    await see(page, 'Another criterion is already called “customer insight”: coaches could not tell them apart.');
    await criterion2.fill('Application at work');
    await page.getByLabel('Week 1 criterion 2 level 2 Points').fill('0');
    await see(page, 'Another level of this criterion already gives 0 points.');
    await page.getByLabel('Week 1 criterion 2 level 2 Points').fill('3');
    await page.getByRole('button', { name: 'Move up Week 1 criterion 2', exact: true }).click();
    expect(await page.getByLabel('Week 1 criterion 1 Criterion title').inputValue()).toBe('Application at work');
    await page.getByLabel('Pass mark (points)').fill('9');
    await see(page, 'The pass mark is above the rubric’s maximum of 5: the draft can be saved, but not published.');
    await page.getByLabel('Pass mark (points)').fill('4');
    await expectAccessibleNames(page);
    await screenshot(page, 'admin-programme-assignment-edit');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await see(page, 'The draft was saved.');
    const weeks = page.getByRole('region', { name: /^Weeks/ });
    await weeks.getByText('Map a journey', { exact: true }).waitFor();
    // the instructions as learners will read them: a heading below the section's, and a list
    await weeks.getByRole('heading', { level: 4, name: 'Your map' }).waitFor();
    const item = weeks.getByText('one journey, end to end', { exact: true });
    expect(await item.evaluate((el) => el.tagName)).toBe('LI');
  });

  test('publishing shows what changes since the last version and asks before it publishes', async () => {
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    const review = page.getByRole('region', { name: 'What version 2 changes since version 1' });
    await review.waitFor();
    await expectFocused(review.getByRole('heading', { level: 3 }));
    await review.getByRole('heading', { level: 4, name: 'Week 1: Seeing the customer' }).waitFor();
    expect(await review.getByRole('listitem').allTextContents()).toEqual(['Assignment added: Map a journey']);
    await page.getByRole('button', { name: 'Confirm and publish version 2' }).click();
    await see(page, 'Version 2 is published.');

    // rename a rubric criterion and change another one's levels in the draft
    await page.getByRole('button', { name: 'Edit draft' }).click();
    await seeHeading(page, 'Edit CXD draft');
    await page.getByLabel('Week 1 criterion 2 Criterion title').fill('Insight into customers');
    await page.getByRole('button', { name: 'Add level to Week 1 criterion 1', exact: true }).click();
    await page.getByLabel('Week 1 criterion 1 level 3 Level').fill('Taught others');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await see(page, 'The draft was saved.');

    await page.getByRole('button', { name: 'Publish version 3' }).click();
    const changes = page.getByRole('region', { name: 'What version 3 changes since version 2' });
    await changes.waitFor();
    expect(await changes.getByRole('listitem').allTextContents()).toEqual([
      'Rubric criterion changed: Application at work (levels and points)',
      'Rubric criterion changed: Insight into customers (title, was “Customer insight”)',
    ]);
    await expectAccessibleNames(page);
    await screenshot(page, 'admin-programme-publish-diff');
    // cancelling publishes nothing
    await changes.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expectFocused(page.getByRole('button', { name: 'Publish version 3' }));
    await page.getByRole('button', { name: 'Publish version 3' }).click();
    await page.getByRole('button', { name: 'Confirm and publish version 3' }).click();
    await see(page, 'Version 3 is published.');
    await page.getByRole('button', { name: 'Publish version 4' }).waitFor();
  });

  test('the editor and the publish step fit a 390 px phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.getByRole('button', { name: 'Edit draft' }).click();
      await seeHeading(page, 'Edit CXD draft');
      await page.getByLabel('Week 1 criterion 1 Criterion title').waitFor();
      await expectNoHorizontalOverflow(page);
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await seeHeading(page, 'CXD — Customer Experience Design');
      await page
        .getByRole('region', { name: /^Weeks/ })
        .getByRole('heading', { level: 4, name: 'Your map' })
        .waitFor();
      await expectNoHorizontalOverflow(page);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });
});

/** What programme authors write in Markdown reaches learners as headings, lists and paragraphs, never as HTML. */
describe('the learner reads programme content written in Markdown', () => {
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

  test('the week’s tutorial shows its heading below the content’s heading', async () => {
    await page.getByRole('heading', { level: 2, name: 'Week 3: Focus on the Causes of Work' }).waitFor();
    // the demo tutorial's body starts with "## Focus on the Causes of Work"
    const heading = page.locator('.content-item-body').getByRole('heading', { level: 4, name: 'Focus on the Causes of Work' });
    await heading.waitFor();
    expect(await page.locator('.content-item-body').getByText('## ').count()).toBe(0);
    await expectAccessible(page);
  });
});
