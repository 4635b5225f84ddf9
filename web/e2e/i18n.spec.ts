import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD, expectAccessible, type Json, launchBrowser, logIn, newPage, screenshot } from './support/browser';

/** A language's whole catalogue, as the app loads it (every area file merged). */
function catalogue(lang: string): Record<string, string> {
  const dir = join(process.cwd(), 'src/i18n/catalogues', lang);
  return Object.assign({}, ...readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}
const english: Record<string, string> = JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/catalogues/en.json'), 'utf8'));

/** A message without arguments, in the language, found by its English text. */
function say(lang: string, englishText: string): string {
  const id = Object.keys(english).find((k) => english[k] === englishText);
  if (!id) throw new Error(`no message "${englishText}" in en.json`);
  return catalogue(lang)[id];
}

async function api(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, Json>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}
async function tokenOf(email: string): Promise<string> {
  return (await api('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD }))
    .login.token;
}
const setLocale = async (token: string, locale: string) =>
  api('mutation($l: String!) { updateProfile(input: { locale: $l }) { locale } }', { l: locale }, token);

/**
 * Beacon in the learner's language: the account's `locale` (changed through the API) applies on
 * the next page load without logging in again; Arabic lays the page out right to left; the
 * public credential page speaks the visitor's Accept-Language; only the language in use is
 * downloaded.
 */
describe('Beacon speaks each person’s language', () => {
  const LEARNER = 'bongani.khumalo@example.org';
  let browser: Browser;
  let page: Page;
  let token: string;
  const scripts: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    token = await tokenOf(LEARNER);
    await logIn(page, LEARNER);
    await page.getByRole('heading', { level: 1, name: /Bongani/ }).waitFor();
  });
  afterAll(async () => {
    // the shared demo learner speaks English again for the specs after this one
    if (token) await setLocale(token, 'en');
    await browser?.close();
  });

  test('a French learner’s home: the locale set through the API applies on the next load, without logging in again', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await setLocale(token, 'fr');
    scripts.length = 0;
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    const nav = page.getByRole('navigation', { name: say('fr', 'Main') });
    await nav.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Bongani');
    // the page is French, not English with a French tag
    expect(await page.locator('main').textContent()).not.toMatch(/\bYour (week|coaching|sessions)\b/);
    // the language menu shows the language in use
    expect(await page.getByRole('combobox', { name: say('fr', 'Language') }).inputValue()).toBe('fr');
    await expectAccessible(page);
    await screenshot(page, 'i18n-learner-home-fr');
    // only the French catalogue was downloaded
    expect(scripts.some((s) => /\/assets\/i18n-fr-/.test(s))).toBe(true);
    expect(scripts.filter((s) => /\/assets\/i18n-(es|pt|ar)-/.test(s))).toEqual([]);
  });

  test('an Arabic learner’s home is laid out right to left', async () => {
    await setLocale(token, 'ar');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('navigation', { name: say('ar', 'Main') }).waitFor();
    // mirrored: the brand sits at the right of the header, the main text starts at the right
    const width = page.viewportSize()!.width;
    const brand = (await page.locator('.brand').boundingBox())!;
    expect(brand.x).toBeGreaterThan(width / 2);
    const h1 = page.getByRole('heading', { level: 1 });
    expect(await h1.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const box = (await h1.boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(main.x + main.width - (box.x + box.width)).toBeLessThan(box.x - main.x);
    await expectAccessible(page);
    await screenshot(page, 'i18n-learner-home-ar');
    // and on a phone
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'i18n-learner-home-ar-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  test('the language menu switches at once and saves the choice to the account', async () => {
    await page.getByRole('combobox', { name: say('ar', 'Language') }).selectOption('es');
    await page.waitForFunction(() => document.documentElement.lang === 'es' && document.documentElement.dir === 'ltr');
    await page.getByRole('navigation', { name: say('es', 'Main') }).waitFor();
    // the account now says es (saved in the background: read back, for at most 15 s), so every device follows
    let saved = '';
    for (const until = Date.now() + 15_000; saved !== 'es' && Date.now() < until;) {
      saved = (await api('query { me { locale } }', {}, token)).me.locale;
      if (saved !== 'es') await page.waitForTimeout(200);
    }
    expect(saved).toBe('es');
  });

  test('the public credential page speaks the visitor’s Accept-Language (pt-BR)', async () => {
    // the demo graduate's credential (issued by a job at start-up: read it back for at most 20 s)
    const graduate = await tokenOf('graduate@beacon.test');
    let myCredentials: { id: string }[] = [];
    for (const until = Date.now() + 20_000; myCredentials.length === 0 && Date.now() < until;) {
      myCredentials = (await api('query { myCredentials { id } }', {}, graduate)).myCredentials;
      if (myCredentials.length === 0) await new Promise((r) => setTimeout(r, 250));
    }
    expect(myCredentials.length).toBeGreaterThan(0);
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'pt-BR', viewport: { width: 1280, height: 860 } });
    try {
      const visitor = await context.newPage();
      const sent: string[] = [];
      visitor.on('request', (r) => {
        if (r.resourceType() === 'document') sent.push(r.headers()['accept-language'] ?? '');
      });
      await visitor.goto(`/credentials/${myCredentials[0].id}`);
      await visitor.waitForFunction(() => document.documentElement.lang === 'pt');
      expect(sent[0]).toMatch(/^pt-BR/);
      await visitor.getByRole('heading', { level: 1 }).waitFor();
      await visitor.getByRole('region', { name: say('pt', 'Verification') }).waitFor();
      await expectAccessible(visitor);
      await screenshot(visitor, 'i18n-credential-pt-BR');
    } finally {
      await context.close();
    }
  });
});
