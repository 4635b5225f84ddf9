import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, logIn, newPage, pathOf, see, seeHeading } from './support/browser';

/** A person's own account: a forgotten password, their time zone, their other sessions. */
describe('accounts: password reset, time zone, sessions', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('forgot password: the email’s link (read in the admin’s outbox) sets a new password and logs the person in', async () => {
    const person = await newPage(browser);
    const admin = await newPage(browser);
    try {
      await person.goto('/login');
      await person.getByRole('link', { name: 'Forgot password?' }).click();
      await seeHeading(person, 'Forgot your password?');
      // the app's own message, on the field, focused
      await person.getByRole('button', { name: 'Send me a link' }).click();
      await see(person, 'Enter your email address');
      expect(await person.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
      await person.getByLabel('Email').fill('graduate@beacon.test');
      await person.getByRole('button', { name: 'Send me a link' }).click();
      await see(person, 'If graduate@beacon.test has a Beacon account');
      await expectAccessible(person);

      await logIn(admin, 'admin@beacon.test');
      await seeHeading(admin, 'Partners');
      await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
      await seeHeading(admin, 'Outbox');
      await admin.getByLabel('Recipient').fill('graduate@beacon.test');
      const message = admin
        .locator('.message')
        .filter({ hasText: /password/i })
        .first();
      await message.locator('summary').click();
      const href = await message.locator('a[href*="/reset-password/"]').first().getAttribute('href');
      expect(href).toMatch(/\/reset-password\/[^/]+$/);

      await person.goto(new URL(href!).pathname);
      await seeHeading(person, 'Choose a new password');
      await person.getByLabel('New password', { exact: true }).fill('short');
      await person.getByRole('button', { name: 'Save and log in' }).click();
      await see(person, 'Choose a password of at least 10 characters.');
      // back to the demo password, so the other browser tests can still log in as the graduate
      await person.getByLabel('New password', { exact: true }).fill(DEMO_PASSWORD);
      await person.getByLabel('New password again').fill(DEMO_PASSWORD);
      await person.getByRole('button', { name: 'Save and log in' }).click();
      await seeHeading(person, /^Welcome, Kwame/);
      expect(await pathOf(person)).toBe('/learner');

      // the link worked once
      await admin.goto(new URL(href!).pathname);
      await admin.getByLabel('New password', { exact: true }).fill('another-password-1');
      await admin.getByLabel('New password again').fill('another-password-1');
      await admin.getByRole('button', { name: 'Save and log in' }).click();
      await admin.getByRole('alert').waitFor();
      await admin.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    } finally {
      await person.context().close();
      await admin.context().close();
    }
  });

  test('the account page changes the time zone, and the times shown follow', async () => {
    const page = await newPage(browser);
    try {
      await logIn(page, 'learner@beacon.test');
      await seeHeading(page, /^Welcome, Lerato/);
      await see(page, /GMT\+2/);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: /^Account/ })
        .click();
      await seeHeading(page, 'Your account');
      expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('learner@beacon.test');
      await page.getByLabel('Find a time zone').fill('tokyo');
      await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Tokyo');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await see(page, 'Your profile was saved. Times are now shown in Asia/Tokyo.');
      await see(page, 'Japan Standard Time (Asia/Tokyo)');
      await expectAccessible(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
      await seeHeading(page, /^Welcome, Lerato/);
      await see(page, /GMT\+9/);
      // put it back for the other tests
      await page.goto('/account');
      await page.getByLabel('Find a time zone').fill('johannesburg');
      await page.getByLabel('Time zone', { exact: true }).selectOption('Africa/Johannesburg');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await see(page, 'Times are now shown in Africa/Johannesburg.');
    } finally {
      await page.context().close();
    }
  });

  test('“Log out everywhere else” ends the session of another browser, not this one', async () => {
    const here = await newPage(browser);
    const elsewhere: Page = await newPage(browser);
    try {
      await logIn(elsewhere, 'coach@beacon.test');
      await seeHeading(elsewhere, /^Welcome, Sipho/);
      await logIn(here, 'coach@beacon.test');
      await seeHeading(here, /^Welcome, Sipho/);
      await here.goto('/account');
      const sessions = here.getByRole('region', { name: 'Your sessions' });
      await sessions.getByText('This browser').waitFor();
      await sessions.getByRole('button', { name: 'Log out everywhere else' }).click();
      await sessions.getByText(/Logged out [1-9]\d* other session/).waitFor();
      expect(await sessions.getByRole('button', { name: /^Log out this one/ }).count()).toBe(0);

      await elsewhere.reload();
      await seeHeading(elsewhere, 'Log in');
      // this browser is still in
      await here.reload();
      await seeHeading(here, 'Your account');
    } finally {
      await here.context().close();
      await elsewhere.context().close();
    }
  });
});
