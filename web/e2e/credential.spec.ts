import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  DEMO_PASSWORD,
  expectAccessible,
  launchBrowser,
  logIn,
  newPage,
  pathOf,
  screenshot,
  scrollToDeferred,
  see,
  seeHeading,
} from './support/browser';

const VERIFIED = /Signature verified · issued by Outside-In Certification Board · not revoked/;

async function gql<T>(query: string, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * The graduate's credential link, as they would share it. The demo's credentials are issued
 * just after the server starts answering, so this waits for them rather than racing them.
 */
async function graduateCredentialUrl(): Promise<string> {
  const { login } = await gql<{ login: { token: string } }>(
    `mutation { login(email: "graduate@beacon.test", password: "${DEMO_PASSWORD}") { token } }`,
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { myCredentials } = await gql<{ myCredentials: { verificationUrl: string }[] }>(
      '{ myCredentials { verificationUrl } }',
      login.token,
    );
    if (myCredentials[0]) return myCredentials[0].verificationUrl;
    if (Date.now() > deadline) throw new Error('the graduate holds no credential');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Open Badges 3.0 credentials: verified in the visitor's own browser, shared, and revoked by the partner. */
describe('credentials are verified in the browser, shared by learners and revoked by partner admins', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await graduateCredentialUrl();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await newPage(browser);
  });
  afterEach(async () => {
    await page?.context().close();
  });

  test('the graduate opens their credential from the learner home: the signature verifies, it is not revoked, and the PDF downloads', async () => {
    await logIn(page, 'graduate@beacon.test');
    await seeHeading(page, 'Welcome, Kwame');
    await scrollToDeferred(page);
    const credentials = page.getByRole('region', { name: 'Your credentials' });
    const item = credentials.getByRole('listitem').filter({ hasText: 'Certified Outside-In Master' });
    await item.getByText('Active').waitFor();
    expect(await item.textContent()).toContain('COIM Accra');
    expect(await item.getByRole('link', { name: /^LinkedIn/ }).getAttribute('href')).toMatch(
      /^https:\/\/www\.linkedin\.com\/profile\/add\?/,
    );
    await page.getByRole('region', { name: 'Your certificate' }).getByText('Credential issued').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'learner-credentials');

    await item.getByRole('link', { name: /^View/ }).click();
    await seeHeading(page, 'Kwame Mensah');
    expect(await pathOf(page)).toMatch(/^\/credentials\/[0-9a-f-]{36}$/);
    const verification = page.getByRole('region', { name: 'Verification' });
    await verification.getByText(VERIFIED).waitFor({ timeout: 45_000 }); // a bound: the first check signs and fetches on a cold server
    expect(await verification.getByRole('list', { name: 'What was checked' }).textContent()).toContain('Not revoked');
    await see(page, 'Certified Outside-In Master');
    expect(await page.getByText('REVOKED', { exact: true }).count()).toBe(0);
    // the holder, signed in, is offered their own actions
    expect(await page.getByRole('link', { name: /^Add to LinkedIn/ }).getAttribute('href')).toMatch(
      /^https:\/\/www\.linkedin\.com\/profile\/add\?/,
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const stream = await download.createReadStream();
    const head = await new Promise<string>((resolve, reject) => {
      stream.once('data', (chunk: Buffer) => resolve(chunk.subarray(0, 5).toString('latin1')));
      stream.once('error', reject);
    });
    stream.destroy();
    expect(head).toBe('%PDF-');
    const pdf = await page.request.get((await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    await expectAccessible(page);
    await screenshot(page, 'credential-public');
  });

  test('a visitor who is not logged in opens the shared link and sees the credential verified', async () => {
    const url = await graduateCredentialUrl();
    await page.goto(url);
    await seeHeading(page, 'Kwame Mensah');
    expect(await pathOf(page)).toBe(new URL(url).pathname);
    await page.getByRole('region', { name: 'Verification' }).getByText(VERIFIED).waitFor({ timeout: 45_000 }); // a bound: the first check signs and fetches on a cold server
    const certificate = page.getByRole('article');
    for (const fact of [
      'Certified Outside-In Master',
      'COIM Accra',
      'Outside-In Africa',
      'Outside-In Certification Board',
      'Passed all seven weekly assignments',
    ]) {
      await certificate.getByText(fact).first().waitFor();
    }
    const evidence = page.getByRole('region', { name: 'Evidence' });
    expect(await evidence.getByRole('row', { name: /Week 7 assignment passed/ }).textContent()).toContain('Met');
    // the holder's actions are not offered to a visitor who verifies
    expect(await page.getByRole('link', { name: /^Add to LinkedIn/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^JSON-LD/ }).getAttribute('href')).toBe(`${url}.json`);
    expect(await page.getByRole('link', { name: /^VC-JWT/ }).getAttribute('href')).toBe(`${url}.jwt`);
    await page
      .getByTestId('data-integrity')
      .getByText(/Data Integrity proof \(eddsa-rdfc-2022\) by the issuer’s key/)
      .waitFor();
    expect(await page.getByLabel('Link to this credential').inputValue()).toBe(url);
    await expectAccessible(page);
  });

  test('a link pasted into LinkedIn or WhatsApp previews the credential: Open Graph tags in the HTML the server sends, and the badge image', async () => {
    const url = await graduateCredentialUrl();
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('og:title')).toBe('Kwame Mensah — Certified Outside-In Master');
    expect(meta('og:description')).toMatch(/issued by Outside-In Certification Board/);
    expect(meta('twitter:card')).toBe('summary');
    const image = meta('og:image')!;
    expect(image).toMatch(/\/achievements\/[0-9a-f-]{36}\/badge\.png$/);
    const png = await fetch(image);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    // the same page still starts the app
    expect(html).toMatch(/<div id="root"><\/div>/);
    expect(html).toMatch(/<title>Kwame Mensah — Certified Outside-In Master · Beacon<\/title>/);
  });

  test('a link to no credential says so plainly', async () => {
    await page.goto('/credentials/00000000-0000-4000-8000-000000000000');
    await seeHeading(page, 'Credential not found');
    await page.goto('/credentials/not-a-credential');
    await seeHeading(page, 'Credential not found');
    await expectAccessible(page);
  });

  test('a learner in week 3 sees what is left before the certificate', async () => {
    await logIn(page, 'learner@beacon.test');
    await seeHeading(page, 'Welcome, Lerato');
    await scrollToDeferred(page);
    const left = page.getByRole('region', { name: 'Your certificate: what’s left' });
    await left.getByText(/\d of 9 criteria met/).waitFor();
    expect(await left.getByRole('listitem').filter({ hasText: 'Week 7 assignment passed' }).textContent()).toContain('still to do');
    await page.getByRole('region', { name: 'Your credentials' }).getByText('No credentials yet').waitFor();
  });

  test('a partner admin sees the completed cohort’s eligibility, and revoking a graduate’s credential makes its public page say REVOKED', async () => {
    // the operations the app sends, by name: the table's credentials come with its one query
    const operations: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST')
        operations.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
    });
    await logIn(page, 'partner@beacon.test');
    await seeHeading(page, 'Outside-In Africa');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).click();
    await page.getByRole('link', { name: /^COIM Accra/ }).click();
    await seeHeading(page, /^COIM Accra/);
    await page.getByRole('navigation', { name: 'Cohort sections' }).getByRole('link', { name: 'Credentials' }).click();
    const card = page.getByRole('region', { name: /^Credentials/ });
    for (const name of ['Kwame Mensah', 'Yaw Boateng', 'Grace Wanjiru']) {
      const row = card.getByRole('row', { name: new RegExp(name) });
      await row.getByText('Eligible').waitFor();
      expect(await row.textContent()).toContain('Assignments 7/7');
      // each holder's credential: its status and when it was issued
      const credential = row.getByRole('cell').nth(2);
      await credential.getByText('Active', { exact: true }).waitFor();
      expect(await credential.textContent()).toMatch(/Issued \S/);
    }
    expect(operations.filter((o) => o === 'CohortEligibility')).toHaveLength(1);
    expect(operations.filter((o) => o === 'Credential' || o === 'CredentialStatus')).toEqual([]);
    // everyone eligible already holds the credential: there is nothing to issue in bulk, and it says why
    expect(await card.getByRole('button', { name: 'Issue to all eligible' }).isDisabled()).toBe(true);
    await card.getByText('Nobody to issue to: every learner already holds the credential.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'partner-cohort-credentials');

    // Grace's credential, which no other test relies on; the reason is required and the revocation confirmed
    const grace = card.getByRole('row', { name: /Grace Wanjiru/ });
    const link = await grace.getByRole('link', { name: /^View/ }).getAttribute('href');
    await card.getByRole('button', { name: 'Revoke the credential of Grace Wanjiru' }).click();
    await card.getByRole('button', { name: 'Revoke credential' }).click();
    await card.getByText('Give the reason for revoking').waitFor();
    await card.getByLabel('Reason for revoking').fill('Issued in error: the capstone was not her own work.');
    await card.getByRole('button', { name: 'Revoke credential' }).click();
    await card
      .getByRole('group', { name: /for good/ })
      .getByRole('button', { name: 'Yes, revoke' })
      .click();
    await card.getByText('Grace Wanjiru’s credential was revoked').waitFor();
    await grace.getByText('Revoked', { exact: true }).waitFor();
    expect(await grace.getByText('Active', { exact: true }).count()).toBe(0);
    expect(
      await card
        .getByRole('row', { name: /Yaw Boateng/ })
        .getByText('Active', { exact: true })
        .count(),
    ).toBe(1);
    expect(await card.getByRole('button', { name: 'Revoke the credential of Grace Wanjiru' }).count()).toBe(0);

    const visitor = await newPage(browser);
    try {
      await visitor.goto(link!);
      await seeHeading(visitor, 'Grace Wanjiru');
      await visitor.getByText('REVOKED', { exact: true }).waitFor();
      await see(visitor, 'Issued in error: the capstone was not her own work.');
      await visitor
        .getByRole('region', { name: 'Verification' })
        .getByText(/Signature verified · issued by Outside-In Certification Board · revoked$/)
        .waitFor();
      expect(await visitor.getByRole('link', { name: /^Add to LinkedIn/ }).count()).toBe(0);
      await expectAccessible(visitor);
      await screenshot(visitor, 'credential-revoked');
    } finally {
      await visitor.context().close();
    }
  });

  test('a partner admin of the running cohort cannot issue in bulk while nobody is eligible, and is told why', async () => {
    await logIn(page, 'partner@beacon.test');
    await seeHeading(page, 'Outside-In Africa');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).click();
    await page
      .getByRole('link', { name: /^COIM Johannesburg/ })
      .first()
      .click();
    await seeHeading(page, /^COIM Johannesburg/);
    await page.getByRole('navigation', { name: 'Cohort sections' }).getByRole('link', { name: 'Credentials' }).click();
    const card = page.getByRole('region', { name: /^Credentials/ });
    await card
      .getByRole('row', { name: /Lerato Mokoena/ })
      .getByText('Not yet')
      .waitFor();
    // nobody in week 3 has passed every assignment: a bulk run would issue nothing (the run itself is covered by the API's specs)
    const issueAll = card.getByRole('button', { name: 'Issue to all eligible' });
    expect(await issueAll.isDisabled()).toBe(true);
    await card.getByText('Nobody to issue to: no learner has met the completion criteria yet.').waitFor();
    expect(await issueAll.getAttribute('aria-describedby')).toBeTruthy();
    await expectAccessible(page);
  });
});
