import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, pathOf, screenshot, see, seeHeading } from './support/browser';

/** A partner admin invites a learner, who follows the link, sets a password and arrives home. */
describe('inviting a learner', () => {
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    await logIn(admin, 'partner@beacon.test');
    await seeHeading(admin, 'Outside-In Africa');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function invite(name: string, email: string, role: 'Learner' | 'Coach'): Promise<string> {
    const form = admin.getByRole('region', { name: 'Invite someone' });
    await form.getByLabel('Full name').fill(name);
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Role').selectOption({ label: role });
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByText('Invitation sent').waitFor();
    return form.getByLabel('Accept link').inputValue();
  }

  test('the partner admin invites a learner, who accepts in a fresh browser and lands on the learner home', async () => {
    const acceptUrl = await invite('Amara Okafor', 'amara.okafor@example.com', 'Learner');
    expect(acceptUrl).toMatch(/\/invite\/[^/]+$/);
    const pending = admin.getByRole('list', { name: 'Pending invitations' });
    await pending.getByText('amara.okafor@example.com').waitFor();
    // the accept link stays available to copy from the list
    expect(await pending.getByLabel('Accept link for Amara Okafor').inputValue()).toBe(acceptUrl);
    await screenshot(admin, 'partner-invited');

    // the invited person: another browser profile, no session
    const learner = await newPage(browser);
    await learner.goto(acceptUrl);
    await seeHeading(learner, 'Join Outside-In Africa on Beacon');
    await see(learner, 'has invited Amara Okafor to join as a learner');
    expect(await learner.getByLabel('Email').inputValue()).toBe('amara.okafor@example.com');
    await expectAccessible(learner);
    await screenshot(learner, 'invitation-accept');

    // too short a password is caught before it is sent
    await learner.getByLabel('Choose a password').fill('short');
    await learner.getByRole('button', { name: 'Set password and join' }).click();
    await see(learner, 'Use at least 10 characters.');

    await learner.getByLabel('Choose a password').fill('a long enough password');
    await learner.getByRole('button', { name: 'Set password and join' }).click();
    await seeHeading(learner, 'Welcome, Amara');
    expect(await pathOf(learner)).toBe('/learner');
    await see(learner, 'Outside-In Africa');
    await screenshot(learner, 'invited-learner-home');

    // the link works once
    await learner.goto(acceptUrl);
    await seeHeading(learner, 'This invitation has already been accepted');
    await learner.context().close();

    // the partner admin now finds the learner among the people
    await admin.reload();
    await admin.getByRole('region', { name: /^Learners/ }).getByText('Amara Okafor').waitFor();
  });

  test('a revoked invitation link no longer works', async () => {
    const acceptUrl = await invite('Tendai Moyo', 'tendai.moyo@example.com', 'Coach');
    await admin.getByRole('button', { name: 'Revoke the invitation for Tendai Moyo' }).click();
    await admin.getByRole('group', { name: 'Revoke this invitation?' }).getByRole('button', { name: 'Revoke' }).click();
    await admin.getByRole('button', { name: 'Revoke the invitation for Tendai Moyo' }).waitFor({ state: 'detached' });

    const visitor = await newPage(browser);
    await visitor.goto(acceptUrl);
    await seeHeading(visitor, 'This invitation was revoked');
    await visitor.context().close();
  });

  test('a partner admin removes a learner', async () => {
    const learners = admin.getByRole('region', { name: /^Learners/ });
    await learners.getByRole('button', { name: 'Remove Amara Okafor' }).click();
    await admin.getByRole('group', { name: 'Remove Amara Okafor as learner?' }).getByRole('button', { name: 'Remove' }).click();
    await see(admin, 'Amara Okafor is no longer a learner here.');
    expect(await learners.getByText('amara.okafor@example.com').count()).toBe(0);
  });

  test('inviting someone who already has an account adds the role; they switch between their homes', async () => {
    const acceptUrl = await invite('Sipho Dlamini', 'coach@beacon.test', 'Learner');
    const sipho = await newPage(browser);
    await sipho.goto(acceptUrl);
    await seeHeading(sipho, 'Join Outside-In Africa on Beacon');
    await see(sipho, 'You already have a Beacon account with this email');
    expect(await sipho.getByLabel('Choose a password').count()).toBe(0);
    await expectAccessible(sipho);
    await screenshot(sipho, 'invitation-existing-account');
    // the link alone does not open an existing account: its password is asked for, and checked
    await sipho.getByRole('button', { name: 'Accept invitation' }).click();
    await see(sipho, 'Enter the password you log in to Beacon with.');
    await sipho.getByLabel('Your current password').fill('not-my-password');
    await sipho.getByRole('button', { name: 'Accept invitation' }).click();
    await sipho.getByRole('alert').waitFor();
    expect(await sipho.getByRole('alert').textContent()).toContain('Enter the password of your existing Beacon account to accept');
    await see(sipho, 'That password is not right for this account.');
    expect(await pathOf(sipho)).toMatch(/^\/invite\//);
    await sipho.getByLabel('Your current password').fill('beacon-demo');
    await sipho.getByRole('button', { name: 'Accept invitation' }).click();
    await seeHeading(sipho, 'Welcome, Sipho');
    expect(await pathOf(sipho)).toBe('/learner');

    const switcher = sipho.getByRole('navigation', { name: 'Switch role' });
    expect(await switcher.getByRole('link', { name: 'Learner' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(sipho);
    await screenshot(sipho, 'multi-role-learner-home');
    await switcher.getByRole('link', { name: 'Coach' }).click();
    await seeHeading(sipho, 'Welcome, Sipho');
    expect(await pathOf(sipho)).toBe('/coach');
    await see(sipho, /grading queue/i);
    // the last role used is where they land next time
    await sipho.goto('/');
    await see(sipho, /grading queue/i);
    expect(await pathOf(sipho)).toBe('/coach');
    await sipho.context().close();
  });

  test('an unknown invitation link says so', async () => {
    const visitor = await newPage(browser);
    await visitor.goto('/invite/this-is-not-a-real-token');
    await seeHeading(visitor, 'This invitation link does not work');
    await visitor.context().close();
  });
});
