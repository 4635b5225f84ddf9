import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, seeHeading } from './support/browser';

/**
 * Partners see what their credentials do. Yaw Boateng's credential (COIM Accra) is one that no
 * other browser spec opens, so its view count moves only here.
 */
describe('a partner admin sees the views of the cohort’s credentials', () => {
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await admin?.context().close();
  });

  /** The Credentials tab of COIM Accra, and the row of Yaw Boateng's credential in “Use of the credentials”. */
  async function openAccraCredentials(page: Page) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).click();
    await page.getByRole('link', { name: /^COIM Accra/ }).click();
    await seeHeading(page, /^COIM Accra/);
    await page.getByRole('navigation', { name: 'Cohort sections' }).getByRole('link', { name: 'Credentials' }).click();
    const use = page.getByRole('region', { name: 'Use of the credentials' });
    const row = use.getByRole('row', { name: /Yaw Boateng/ });
    await row.waitFor();
    return { use, row };
  }
  const viewsOf = async (row: ReturnType<Page['getByRole']>) =>
    Number((await row.getByTestId('credential-views').textContent())!.replace(/\D/g, ''));

  test('a visitor opens a credential page and clicks nothing: its partner admin then sees one view more', async () => {
    admin = await newPage(browser);
    await logIn(admin, 'partner@beacon.test');
    await seeHeading(admin, 'Outside-In Africa');
    const before = await openAccraCredentials(admin);
    const credentialId = await before.row.getAttribute('data-credential-id');
    expect(credentialId).toMatch(/^[0-9a-f-]{36}$/);
    const viewsBefore = await viewsOf(before.row);
    await before.use.getByText(/Share rate/).waitFor();
    await expectAccessible(admin);

    // a visitor, not logged in, only opens the page
    const visitor = await newPage(browser);
    try {
      const counted = visitor.waitForResponse(
        (r) =>
          r.url().endsWith('/graphql') &&
          r.request().method() === 'POST' &&
          (r.request().postDataJSON() as { operationName?: string } | null)?.operationName === 'RecordCredentialEvent',
      );
      await visitor.goto(`/credentials/${credentialId}`);
      await seeHeading(visitor, 'Yaw Boateng');
      expect((await counted).ok()).toBe(true);
    } finally {
      await visitor.context().close();
    }

    // the partner admin opens the tab again (after a reload: nothing from before is kept)
    await admin.reload();
    const after = await openAccraCredentials(admin);
    const deadline = Date.now() + 10_000;
    while ((await viewsOf(after.row)) !== viewsBefore + 1 && Date.now() < deadline) await admin.waitForTimeout(200);
    expect(await viewsOf(after.row)).toBe(viewsBefore + 1);
    await screenshot(admin, 'partner-credential-use');
  });
});
