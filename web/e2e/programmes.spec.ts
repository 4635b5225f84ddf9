import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, see, seeHeading } from './support/browser';

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
    await page.getByRole('button', { name: 'Move Week 1 item 2 up' }).click();
    expect(await page.getByLabel('Week 1 item 1 Title').inputValue()).toBe('Opening lecture');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await see(page, 'The draft was saved.');
    await seeHeading(page, 'CXD — Customer Experience Design');
    await page.getByRole('region', { name: /^Weeks/ }).getByText('Week 1: Seeing the customer').waitFor();

    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await see(page, 'Version 1 is published.');
    await page.getByRole('button', { name: 'Publish version 2' }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish version 2' }).isDisabled()).toBe(true);
  });
});
