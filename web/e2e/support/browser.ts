import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'beacon-demo';

/**
 * A value read from an untyped GraphQL answer: the specs that set data up through the API read it
 * without result types, like the API's own tests (`api/src/test/harness.ts`). The one exception to
 * `no-explicit-any` in the browser specs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any;

export function baseUrl(): string {
  const url = process.env.BEACON_E2E_URL;
  if (!url) throw new Error('BEACON_E2E_URL is not set: run these tests through jest (global-setup.ts starts the server)');
  return url;
}

/** The system Chromium; browsers are never downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (own cookies), the size of a laptop screen. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  return context;
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  // anything the app logs as an error in the browser is a bug worth seeing in the test output
  page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
  // the API's Content-Security-Policy: whatever it blocks (a script, a style, a fetch) is a page that does not work
  const violations: string[] = [];
  cspViolations.set(page, violations);
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) {
      violations.push(m.text());
      console.error(`[browser] ${m.text()}`);
    }
  });
  return page;
}

const cspViolations = new WeakMap<Page, string[]>();

/** Fails when the page's Content-Security-Policy refused anything so far. */
export function expectNoCspViolations(page: Page): void {
  expect(cspViolations.get(page) ?? []).toEqual([]);
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Waits until the page shows a main heading with this text. */
export async function seeHeading(page: Page, name: string | RegExp, level = 1): Promise<void> {
  await page.getByRole('heading', { level, name }).waitFor();
}

export async function see(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor();
}

export async function pathOf(page: Page): Promise<string> {
  return new URL(page.url()).pathname;
}

/** Fails on any serious or critical accessibility violation (axe-core), or anything the CSP refused. */
export async function expectAccessible(page: Page): Promise<void> {
  expectNoCspViolations(page);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map(
      (v) =>
        `${v.impact}: ${v.id} — ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`,
    )
    .join('\n');
  expect(report).toBe('');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(process.env.BEACON_E2E_ARTIFACTS ?? 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  // let fonts settle and the spinner-free state render before the picture
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/**
 * Reads a page to its end as a reader scrolls down it: each part loaded only when it comes near
 * the viewport (ui/WhenNear, `data-deferred`: the learner home's side cards, outcomes and links,
 * and the week's assignment status) is scrolled to and waited for until none is left. Call it
 * once the page shows its main content: those parts come after it.
 */
export async function scrollToDeferred(page: Page): Promise<void> {
  const deferred = page.locator('[data-deferred]');
  await deferred.first().waitFor({ state: 'attached' });
  for (let i = 0; i < 20; i++) {
    if ((await deferred.count()) === 0) return;
    const next = await deferred
      .first()
      .elementHandle({ timeout: 1_000 })
      .catch(() => null);
    if (!next) continue;
    // the placeholder may be replaced meanwhile (by the part, or by its own loading state)
    await next.evaluate((el) => el.scrollIntoView({ block: 'center' })).catch(() => undefined);
    await page.waitForFunction((el) => !el.isConnected, next);
  }
  throw new Error('parts of the page were still loading after scrolling to each of them');
}

/**
 * The page as a reader sees it after scrolling it to its end: every part that loads when it
 * comes near (ui/WhenNear) loaded, then back at the top. Nothing happens on a page without such
 * parts. For what looks at the whole page at once: axe, the width check, full-page pictures (the
 * shell spec's walk through every page). Afterwards scrollToDeferred finds nothing to wait for:
 * call it on a page opened again.
 */
export async function loadDeferred(page: Page): Promise<void> {
  if ((await page.locator('[data-deferred]').count()) === 0) return;
  await scrollToDeferred(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 15_000 });
}
