import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  DEMO_PASSWORD,
  expectAccessible,
  type Json,
  launchBrowser,
  logIn,
  newPage,
  pathOf,
  screenshot,
  see,
  seeHeading,
} from './support/browser';

async function api(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Json> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/**
 * The accept link from the invited person's email: without SMTP, the outbox keeps it for the
 * platform admin to read. The inviting partner admin never sees it.
 */
async function emailedInvitePath(to: string): Promise<string> {
  const login = await api(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: 'admin@beacon.test',
    p: DEMO_PASSWORD,
  });
  const outbox = await api(`{ outbox(first: 100) { to body } }`, {}, login.data.login.token);
  const message = outbox.data.outbox.find((m: { to: string }) => m.to === to);
  const url = message?.body.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
  if (!url) throw new Error(`no invitation email to ${to}`);
  return new URL(url).pathname;
}

/** A partner admin invites a learner, who follows the emailed link, sets a password and arrives home. */
describe('inviting a learner', () => {
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    await logIn(admin, 'partner@beacon.test');
    await seeHeading(admin, 'Outside-In Africa');
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await admin.getByRole('region', { name: 'Invite someone' }).waitFor();
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
    // the link goes only to the invited address
    expect(await form.getByText(/accept link/i).count()).toBe(0);
    return emailedInvitePath(email);
  }

  test('the partner admin invites a learner, who accepts in a fresh browser and lands on the learner home', async () => {
    const acceptUrl = await invite('Amara Okafor', 'amara.okafor@example.com', 'Learner');
    expect(acceptUrl).toMatch(/\/invite\/[^/]+$/);
    const pending = admin.getByRole('list', { name: 'Pending invitations' });
    // listed, with no link to copy: it went only to the invited address
    await pending.getByText('The link went by email to amara.okafor@example.com only.').waitFor();
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
    await admin
      .getByRole('region', { name: /^Learners/ })
      .getByText('Amara Okafor')
      .waitFor();
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

  test('inviting someone who already has an account: they log in from the link, come back and accept; they switch between their homes', async () => {
    const acceptUrl = await invite('Sipho Dlamini', 'coach@beacon.test', 'Learner');
    const sipho = await newPage(browser);
    await sipho.goto(acceptUrl);
    await seeHeading(sipho, 'Join Outside-In Africa on Beacon');
    await see(sipho, 'This invitation is for the Beacon account of coach@beacon.test.');
    // the link alone does not open an existing account: no password is asked or checked here
    expect(await sipho.getByLabel('Choose a password').count()).toBe(0);
    expect(await sipho.getByLabel(/password/i).count()).toBe(0);
    await expectAccessible(sipho);
    await screenshot(sipho, 'invitation-existing-account');
    await sipho.getByRole('link', { name: 'Log in to accept' }).click();
    await seeHeading(sipho, 'Log in');
    await sipho.getByLabel('Email').fill('coach@beacon.test');
    await sipho.getByLabel('Password').fill(DEMO_PASSWORD);
    await sipho.getByRole('button', { name: 'Log in' }).click();
    // back on the invitation, now as that account
    await see(sipho, 'You are logged in as coach@beacon.test. Accepting adds this role to your account.');
    expect(await pathOf(sipho)).toBe(acceptUrl);
    await expectAccessible(sipho);
    await sipho.getByRole('button', { name: 'Accept invitation' }).click();
    await seeHeading(sipho, 'Welcome, Sipho');
    expect(await pathOf(sipho)).toBe('/learner');

    const switcher = sipho.getByRole('navigation', { name: 'Switch role' });
    // the role in use is marked current (aria-current="true": it is the role, not necessarily this page)
    expect(await switcher.getByRole('link', { name: 'Learner' }).getAttribute('aria-current')).toBe('true');
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
  }, 120_000);

  test('someone logged in as another account is asked to switch, and cannot accept for the invited one', async () => {
    const acceptUrl = await invite('Lerato Learner', 'learner@beacon.test', 'Coach');
    const other = await newPage(browser);
    await logIn(other, 'graduate@beacon.test');
    await seeHeading(other, /Welcome/);
    await other.goto(acceptUrl);
    await see(other, 'You are logged in as graduate@beacon.test, but this invitation is for learner@beacon.test.');
    expect(await other.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);
    await expectAccessible(other);
    await other.getByRole('button', { name: 'Log out and log in as learner@beacon.test' }).click();
    await seeHeading(other, 'Log in');
    expect(await pathOf(other)).toBe('/login');
    await other.context().close();
  });

  test('an unknown invitation link says so', async () => {
    const visitor = await newPage(browser);
    await visitor.goto('/invite/this-is-not-a-real-token');
    await seeHeading(visitor, 'This invitation link does not work');
    await visitor.context().close();
  });
});
