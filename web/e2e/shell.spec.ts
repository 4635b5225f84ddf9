import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loadDeferred, logIn, newPage, pathOf, seeHeading } from './support/browser';

/** Every page of every role's menu, at a laptop's width and a phone's; pictures of each for review. */
const SCREENSHOTS = join(process.cwd(), 'e2e', 'screenshots');
const WIDTHS = [1366, 390] as const;

const ROLES = [
  {
    who: 'admin',
    email: 'admin@beacon.test',
    home: 'Partners',
    menu: ['Partners', 'Programmes', 'Network outcomes', 'Outbox', 'Issuer keys', 'Account'],
  },
  { who: 'partner', email: 'partner@beacon.test', home: 'Outside-In Africa', menu: ['Outcomes', 'Cohorts', 'People', 'Account'] },
  {
    who: 'coach',
    email: 'coach@beacon.test',
    home: /^Welcome/,
    menu: ['Home', 'Grading queue', 'Gradebooks', 'Availability', 'Bookings', 'Account'],
  },
  { who: 'learner', email: 'learner@beacon.test', home: /^Welcome/, menu: ['Home', 'Account'] },
] as const;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The page of this address has drawn what it loads: shown (its code loaded), a main heading, and no spinner left. */
async function settled(page: Page): Promise<void> {
  const path = await pathOf(page);
  await page.waitForFunction((p) => document.querySelector('main')?.dataset.path === p, path, { timeout: 15_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 15_000 });
  // what loads as the reader scrolls is part of the page: checked and pictured with the rest
  await loadDeferred(page);
}

async function expectFits(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) {
    // name the culprits: elements whose right edge is past the screen
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap, .tabs-scroll'))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`),
    );
    throw new Error(`${where}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen; too wide: ${wide.join(', ')}`);
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Opens a menu item as a person would: from the main navigation, behind the Menu button on a phone. */
async function openFromMenu(page: Page, label: string, phone: boolean): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Menu' });
  if (phone) {
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  }
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: new RegExp(`^${label}`) });
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForURL((u) => u.pathname === href.split('?')[0]);
  if (phone) await page.waitForFunction(() => document.querySelector('.menu-toggle')?.getAttribute('aria-expanded') === 'false');
}

describe('every page of every role’s menu fits a phone and a laptop, and is accessible', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const role of ROLES) {
    for (const width of WIDTHS) {
      test(`${role.who}: the menu’s pages at ${width} px`, async () => {
        const page = await newPage(browser);
        try {
          await page.setViewportSize({ width, height: width > 500 ? 860 : 844 });
          await logIn(page, role.email);
          await seeHeading(page, role.home);
          const nav = page.getByRole('navigation', { name: 'Main' });
          const toggle = page.getByRole('button', { name: 'Menu' });
          if (width < 500) await toggle.click();
          expect(await nav.getByRole('link').allTextContents()).toEqual(
            role.menu.map((m) => (m === 'Account' ? expect.stringMatching(/^Account/) : m)),
          );
          if (width < 500) await toggle.click();
          for (const label of role.menu) {
            await openFromMenu(page, label, width < 500);
            await settled(page);
            const where = `${role.who} ${label} at ${width} px (${await pathOf(page)})`;
            expect(await page.getByRole('heading', { level: 1, name: 'Page not found' }).count()).toBe(0);
            await expectFits(page, where);
            await expectAccessible(page);
            await shoot(page, `${role.who}-${slug(label)}-${width}`);
          }
        } finally {
          await page.context().close();
        }
      }, 300_000);
    }
  }

  test('partner admin: each section of a running cohort has its own address, fits and is accessible', async () => {
    const page = await newPage(browser);
    try {
      await logIn(page, 'partner@beacon.test');
      await seeHeading(page, 'Outside-In Africa');
      await page.goto('/partner/cohorts');
      await settled(page);
      const row = page.getByRole('row').filter({ hasText: 'Running' }).first();
      await row.getByRole('link').first().click();
      await page.waitForURL(/\/partner\/cohorts\/[0-9a-f-]+$/);
      await settled(page);
      const cohortPath = await pathOf(page);
      const sections = page.getByRole('navigation', { name: 'Cohort sections' });
      const tabs = await sections.getByRole('link').allTextContents();
      expect(tabs).toEqual(['Overview', 'Learners', 'Sessions', 'Grading', 'Coaching', 'Credentials']);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width > 500 ? 860 : 844 });
        for (const tab of tabs) {
          await sections.getByRole('link', { name: tab }).click();
          await page.waitForURL((u) => u.pathname === (tab === 'Overview' ? cohortPath : `${cohortPath}/${tab.toLowerCase()}`));
          await settled(page);
          expect(await sections.getByRole('link', { name: tab }).getAttribute('aria-current')).toBe('page');
          await expectFits(page, `cohort ${tab} at ${width} px`);
          await expectAccessible(page);
          await shoot(page, `partner-cohort-${slug(tab)}-${width}`);
        }
      }
      // a section's address opens that section directly
      await page.goto(`${cohortPath}/sessions`);
      await settled(page);
      expect(await sections.getByRole('link', { name: 'Sessions' }).getAttribute('aria-current')).toBe('page');
    } finally {
      await page.context().close();
    }
  }, 300_000);

  test('an admin opens a partner’s cohorts from the partner list, with the admin’s own menu', async () => {
    const page = await newPage(browser);
    try {
      await logIn(page, 'admin@beacon.test');
      await seeHeading(page, 'Partners');
      await page.getByRole('link', { name: 'Cohorts of Outside-In Africa' }).click();
      await seeHeading(page, 'Outside-In Africa cohorts');
      await settled(page);
      await page.getByRole('row').filter({ hasText: 'Running' }).first().waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issuer keys' }).count()).toBe(1);
      await expectAccessible(page);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
