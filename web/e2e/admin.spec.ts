import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, see, seeHeading } from './support/browser';

describe('the admin manages partners', () => {
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

  test('the admin creates a partner, and it appears in the list', async () => {
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByLabel('Name').fill('Outside-In Asia Pacific');
    expect(await page.getByLabel('Slug').inputValue()).toBe('outside-in-asia-pacific');
    await page.getByLabel('Region', { exact: true }).fill('Asia Pacific');
    await page.getByRole('textbox', { name: 'Countries' }).fill('sg, au nz');
    await page.getByLabel('Default time zone').selectOption('Asia/Singapore');
    await expectAccessible(page);
    await screenshot(page, 'admin-create-partner');
    await page.getByRole('button', { name: 'Create partner' }).click();
    await see(page, 'Outside-In Asia Pacific was created.');
    const row = page.getByRole('row', { name: /Outside-In Asia Pacific/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('SG, AU, NZ');
    expect(await row.textContent()).toContain('Asia/Singapore'.replace('_', ' '));
  });

  test('a duplicate slug is refused with the API’s message', async () => {
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByLabel('Name').fill('Africa again');
    await page.getByLabel('Slug').fill('africa');
    await page.getByLabel('Region', { exact: true }).fill('Africa');
    await page.getByLabel('Default time zone').selectOption('Africa/Lagos');
    await page.getByRole('button', { name: 'Create partner' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('A partner with the slug "africa" already exists');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  test('the admin edits a partner', async () => {
    await page.getByRole('button', { name: 'Edit Outside-In Asia Pacific' }).click();
    await page.getByLabel('Region', { exact: true }).fill('APAC');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await see(page, 'Outside-In Asia Pacific was saved.');
    const row = page.getByRole('row', { name: /Outside-In Asia Pacific/ });
    expect(await row.textContent()).toContain('APAC');
    // focus returns to the row's Edit button
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Outside-In Asia Pacific');
  });

  test('the admin opens a partner’s people and may invite a partner admin there', async () => {
    await page.getByRole('link', { name: 'People of Outside-In Africa' }).click();
    await seeHeading(page, 'Outside-In Africa');
    await page
      .getByRole('region', { name: /^Partner admins/ })
      .getByText('Thandi Nkosi')
      .waitFor();
    const roles = await page.getByRole('region', { name: 'Invite someone' }).getByLabel('Role').locator('option').allTextContents();
    expect(roles).toEqual(['Partner admin', 'Coach', 'Learner']);
    await expectAccessible(page);
    await screenshot(page, 'admin-partner-people');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Partners' }).click();
    await seeHeading(page, 'Partners');
  });

  test('the admin opens the outbox', async () => {
    await page.getByRole('link', { name: 'Outbox' }).click();
    await seeHeading(page, 'Outbox');
    await page.getByRole('region', { name: 'Messages' }).waitFor();
    await page.getByText(/Loading messages/).waitFor({ state: 'detached' });
    await expectAccessible(page);
    await screenshot(page, 'admin-outbox');
  });
});
