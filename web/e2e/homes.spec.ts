import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, pathOf, screenshot, scrollToDeferred, see, seeHeading } from './support/browser';

/** Each demo account logs in and lands on the home of its role, showing what that person works on. */
describe('every role lands on its own home', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
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

  test('the login page is labelled and accessible', async () => {
    await page.goto('/');
    await seeHeading(page, 'Log in');
    expect(await pathOf(page)).toBe('/login');
    await expectAccessible(page);
    await screenshot(page, 'login');
  });

  test('a wrong password shows the error from the API and keeps the person on the login page', async () => {
    await logIn(page, 'admin@beacon.test', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The email or password is not right');
    expect(await pathOf(page)).toBe('/login');
    await expectAccessible(page);
    await screenshot(page, 'login-error');
  });

  test('the admin sees the three partners', async () => {
    await logIn(page, 'admin@beacon.test');
    await seeHeading(page, 'Partners');
    expect(await pathOf(page)).toBe('/admin');
    const table = page.getByRole('table');
    for (const name of ['Outside-In Global', 'Outside-In Africa', 'Outside-In Americas']) {
      await table.getByRole('rowheader', { name: new RegExp(name) }).waitFor();
    }
    await see(page, 'Ada Admin');
    await expectAccessible(page);
    await screenshot(page, 'admin-home');
  });

  test('the Africa partner admin sees the people of Outside-In Africa, coach Sipho Dlamini among them', async () => {
    await logIn(page, 'partner@beacon.test');
    await seeHeading(page, 'Outside-In Africa');
    expect(await pathOf(page)).toBe('/partner');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    const coaches = page.getByRole('region', { name: /^Coaches/ });
    await coaches.getByText('Sipho Dlamini').waitFor();
    const learners = page.getByRole('region', { name: /^Learners/ });
    await learners.getByText('Lerato Mokoena').waitFor();
    await learners.getByText('Kwame Mensah').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'partner-home');
  });

  test('the Americas partner admin sees only Outside-In Americas, none of the Africa people', async () => {
    await logIn(page, 'partner.americas@beacon.test');
    await seeHeading(page, 'Outside-In Americas');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page
      .getByRole('region', { name: /^Partner admins/ })
      .getByText('Maria Alvarez')
      .waitFor();
    await page
      .getByRole('region', { name: /^Coaches/ })
      .getByText('No coaches yet')
      .waitFor();
    expect(await page.getByText('Sipho Dlamini').count()).toBe(0);
    expect(await page.getByText('Outside-In Africa').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'partner-americas-home');
  });

  test('the coach sees a welcome, their partner and their calendar feed', async () => {
    await logIn(page, 'coach@beacon.test');
    await seeHeading(page, 'Welcome, Sipho');
    expect(await pathOf(page)).toBe('/coach');
    await see(page, 'Outside-In Africa');
    await see(page, /grading queue/i);
    expect(await page.getByLabel('Calendar feed URL').inputValue()).toMatch(/\/calendar\/.+\.ics$/);
    await expectAccessible(page);
    await screenshot(page, 'coach-home');
  });

  test('the learner sees a welcome, this week of their cohort, their partner and their calendar feed', async () => {
    await logIn(page, 'learner@beacon.test');
    await seeHeading(page, 'Welcome, Lerato');
    expect(await pathOf(page)).toBe('/learner');
    await see(page, 'Outside-In Africa');
    await see(page, 'Week 3 of 7');
    await scrollToDeferred(page);
    expect(await page.getByLabel('Calendar feed URL').inputValue()).toMatch(/\/calendar\/.+\.ics$/);
    await page.getByRole('region', { name: 'Your credentials' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'learner-home');
  });

  test('the graduate lands on the learner home', async () => {
    await logIn(page, 'graduate@beacon.test');
    await seeHeading(page, 'Welcome, Kwame');
    expect(await pathOf(page)).toBe('/learner');
    await see(page, 'Outside-In Africa');
    await see(page, /^Finished/);
    await expectAccessible(page);
    await screenshot(page, 'graduate-home');
  });

  test('someone logged in cannot open another role’s pages, and logging out ends the session', async () => {
    await logIn(page, 'learner@beacon.test');
    await seeHeading(page, 'Welcome, Lerato');
    await page.goto('/admin');
    await see(page, 'These pages are for admins');
    await page.getByRole('button', { name: 'Log out' }).click();
    await seeHeading(page, 'Log in');
    await see(page, 'You have logged out.');
    await page.goto('/learner');
    await seeHeading(page, 'Log in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/learner');
  });

  test('when the session ends mid-work, the next request leads to the login page and back', async () => {
    await logIn(page, 'admin@beacon.test');
    await seeHeading(page, 'Partners');
    await page.context().clearCookies();
    await page.getByRole('link', { name: 'Outbox' }).click();
    await see(page, 'Your session has ended. Please log in again.');
    await page.getByLabel('Email').fill('admin@beacon.test');
    await page.getByLabel('Password').fill('beacon-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await seeHeading(page, 'Outbox');
    expect(await pathOf(page)).toBe('/admin/outbox');
  });
});
