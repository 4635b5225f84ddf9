import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, pathOf, screenshot, see, seeHeading } from './support/browser';

/** The Africa partner admin runs cohorts: creates one from COIM, enrols learners one by one and from a CSV. */
describe('a partner admin runs cohorts', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'partner@beacon.test');
    await seeHeading(page, 'Outside-In Africa');
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a section of the cohort page (its own address). */
  async function section(name: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Cohort sections' }).getByRole('link', { name }).click();
    await page.waitForFunction(
      (n) => document.querySelector('nav[aria-label="Cohort sections"] a[aria-current="page"]')?.textContent === n,
      name,
    );
  }

  test('the Cohorts tab lists the partner’s cohorts, and only theirs', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohorts' }).click();
    await seeHeading(page, 'Outside-In Africa cohorts');
    const table = page.getByRole('table');
    const running = table.getByRole('row', { name: /COIM Johannesburg/ });
    await running.waitFor();
    expect(await running.textContent()).toContain('Running');
    expect(await running.textContent()).toContain('9/25');
    expect(await running.textContent()).toContain('Week 3 of 7');
    expect(await table.getByText(/New York|Toronto|London/).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'partner-cohorts');
  });

  test('the partner admin creates a cohort from COIM and enrols a learner', async () => {
    await page.getByRole('button', { name: 'New cohort' }).click();
    await page.getByLabel('Programme', { exact: true }).selectOption({ label: 'COIM — Certified Outside-In Master (7 weeks)' });
    await page.getByLabel('Cohort name', { exact: true }).fill('COIM Mombasa — March 2027');
    await page.getByLabel('Start date', { exact: true }).fill('2027-03-01');
    // the partner's own zone is the default
    expect(await page.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Africa/Johannesburg');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Africa/Nairobi');
    await page.getByLabel('Capacity', { exact: true }).fill('12');
    await expectAccessible(page);
    await screenshot(page, 'partner-new-cohort');
    await page.getByRole('button', { name: 'Create cohort' }).click();

    await seeHeading(page, 'COIM Mombasa — March 2027');
    expect(await pathOf(page)).toMatch(/^\/partner\/cohorts\/[0-9a-f-]+$/);
    await see(page, 'Draft');
    await see(page, '0/12 seats');
    // 18 sessions dated from the plan, in Nairobi time (UTC+3)
    await section('Sessions');
    const sessions = page.getByRole('region', { name: /^Live sessions/ });
    // the sessions load on their own: wait for them before counting
    await sessions.getByRole('row', { name: /Graduation/ }).waitFor();
    expect(await sessions.getByRole('row').count()).toBe(19);
    expect(await sessions.getByRole('row', { name: /Kick-off and introductions/ }).textContent()).toContain('Mon 1 Mar, 17:00 GMT+3');

    await section('Learners');
    const enrol = page.getByRole('region', { name: 'Enrol learners' });
    await enrol.getByLabel('Learner’s email', { exact: true }).fill('wanjiru.kamau@example.org');
    await enrol.getByLabel('Learner’s full name', { exact: true }).fill('Wanjiru Kamau');
    await enrol.getByRole('button', { name: 'Enrol learner' }).click();
    await enrol.getByText('Wanjiru Kamau is enrolled and invited').waitFor();
    const roster = page.getByRole('region', { name: /^Roster/ });
    await roster
      .getByRole('row', { name: /Wanjiru Kamau/ })
      .getByText('Invited')
      .waitFor();
    await see(page, '1/12 seats');
  });

  test('a CSV with a bad line enrols nobody and names the line; a good one enrols everyone', async () => {
    const enrol = page.getByRole('region', { name: 'Enrol learners' });
    await enrol.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'learners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email,name,goal\nbaraka.otieno@example.org,Baraka Otieno,Lead our service redesign\nnot-an-email,Someone Else,\n',
      ),
    });
    await enrol.getByRole('button', { name: 'Import learners' }).click();
    const alert = enrol.getByRole('alert');
    await alert.getByText('Nothing was imported').waitFor();
    const row = alert.getByRole('row', { name: /not-an-email/ });
    expect(await row.textContent()).toContain('3');
    expect(await row.textContent()).toContain('"not-an-email" is not an email address');
    await expectAccessible(page);
    await screenshot(page, 'partner-csv-errors');
    expect(
      await page
        .getByRole('region', { name: /^Roster/ })
        .getByText('Baraka Otieno')
        .count(),
    ).toBe(0);

    await enrol.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'learners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email,name,goal\nbaraka.otieno@example.org,Baraka Otieno,Lead our service redesign\nachieng.odhiambo@example.org,Achieng Odhiambo,\n',
      ),
    });
    await enrol.getByRole('button', { name: 'Import learners' }).click();
    await enrol.getByText('2 learners enrolled.').waitFor();
    const roster = page.getByRole('region', { name: /^Roster/ });
    await roster.getByText('Baraka Otieno').waitFor();
    await roster.getByText('Lead our service redesign').waitFor();
    await see(page, '3/12 seats');
  });

  test('the cohort opens for enrolment, a learner is withdrawn, and a coach is assigned', async () => {
    await page.getByRole('button', { name: 'Open for enrolment' }).click();
    await see(page, 'The cohort is now open for enrolment.');
    expect(await page.getByRole('button', { name: 'Start running' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Back to draft' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Withdraw Achieng Odhiambo' }).click();
    await page.getByRole('group', { name: 'Withdraw Achieng Odhiambo?' }).getByRole('button', { name: 'Withdraw' }).click();
    await see(page, 'Achieng Odhiambo was withdrawn from the cohort.');
    await page
      .getByRole('region', { name: /^Roster/ })
      .getByRole('row', { name: /Achieng Odhiambo/ })
      .getByText('Withdrawn')
      .waitFor();

    await section('Coaching');
    const coaches = page.getByRole('region', { name: 'Coaches' });
    await coaches.getByLabel('Assign a coach', { exact: true }).selectOption({ label: 'Sipho Dlamini (coach@beacon.test)' });
    await coaches.getByRole('button', { name: 'Assign' }).click();
    await coaches.getByRole('button', { name: 'Unassign Sipho Dlamini' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'partner-cohort');
  });

  test('a session is moved and given a host; its time shows in both zones', async () => {
    await section('Sessions');
    const sessions = page.getByRole('region', { name: /^Live sessions/ });
    await sessions.getByRole('button', { name: 'Edit Kick-off and introductions' }).click();
    await sessions.getByLabel('Starts', { exact: true }).fill('2027-03-01T18:30');
    await sessions.getByLabel('Host', { exact: true }).selectOption({ label: 'Sipho Dlamini' });
    await sessions.getByLabel('Join link', { exact: true }).fill('https://meet.example.org/nairobi-kickoff');
    await expectAccessible(page);
    await sessions.getByRole('button', { name: 'Save session' }).click();
    await see(page, 'Kick-off and introductions was saved.');
    const row = sessions.getByRole('row', { name: /Kick-off and introductions/ });
    // Nairobi is UTC+3, the viewer (Johannesburg) UTC+2
    expect(await row.textContent()).toContain('Mon 1 Mar, 18:30 GMT+3');
    expect(await row.textContent()).toContain('Mon 1 Mar, 17:30 GMT+2');
    expect(await row.textContent()).toContain('Sipho Dlamini');
  });

  test('the cohort’s settings: a start in the past asks first, a name too short is refused, a save says so; a copy needs its own start date', async () => {
    await section('Overview');
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Edit cohort' }).click();
    const start = settings.getByLabel('Start date', { exact: true });
    expect(await start.inputValue()).toBe('2027-03-01');
    await start.fill('2026-02-02');
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await see(page, 'This date is in the past: tick the box to confirm.');
    // the refused form hands focus to the box to tick
    const confirm = settings.getByRole('checkbox', { name: 'Yes, start this cohort in the past (2 Feb 2026)' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'checkbox', undefined, { timeout: 5_000 });
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    // back to its own date: nothing to confirm
    await start.fill('2027-03-01');
    expect(await confirm.count()).toBe(0);
    await settings.getByLabel('Cohort name', { exact: true }).fill('X');
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await see(page, 'Give the cohort a name of at least 2 characters.');
    await settings.getByLabel('Cohort name', { exact: true }).fill('COIM Mombasa — March 2027 (Nairobi)');
    await settings.getByRole('button', { name: 'Save changes' }).click();
    await see(page, 'COIM Mombasa — March 2027 (Nairobi) was saved.');

    await settings.getByRole('button', { name: 'Duplicate', exact: true }).click();
    const copy = settings.getByRole('form', { name: /^Duplicate COIM Mombasa/ });
    expect(await copy.getByLabel('New cohort’s name', { exact: true }).inputValue()).toBe('COIM Mombasa — March 2027 (Nairobi) (copy)');
    await copy.getByRole('button', { name: 'Create the copy' }).click();
    await see(page, 'Enter the new cohort’s start date.');
    await copy.getByLabel('New cohort’s start date', { exact: true }).fill('2026-02-02');
    await copy.getByRole('button', { name: 'Create the copy' }).click();
    await copy.getByRole('checkbox', { name: 'Yes, start the new cohort in the past (2 Feb 2026)' }).waitFor();
    await expectAccessible(page);
    await copy.getByRole('button', { name: 'Cancel' }).click();
    await settings.getByRole('button', { name: 'Edit cohort' }).waitFor();
  });

  test('attendance cannot be saved before a session: the API says so', async () => {
    await page.getByRole('link', { name: 'Cohorts', exact: true }).first().click();
    await seeHeading(page, 'Outside-In Africa cohorts');
    await page.getByRole('link', { name: /^COIM Johannesburg/ }).click();
    await seeHeading(page, /^COIM Johannesburg/);
    await section('Sessions');
    await page.getByRole('link', { name: 'Attendance for Graduation' }).click();
    await seeHeading(page, 'Attendance: Graduation');
    await see(page, 'This session has not started yet.');
    await page.getByRole('button', { name: 'Mark all present' }).click();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Attendance can be taken once the session is about to start');
    await expectAccessible(page);
    await screenshot(page, 'partner-attendance-not-open');
  });
});
