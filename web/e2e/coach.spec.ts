import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, see, seeHeading } from './support/browser';

/** The coach of the running cohort takes attendance for a session already held. */
describe('the coach takes attendance', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'coach@beacon.test');
    await seeHeading(page, 'Welcome, Sipho');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coach home lists their cohorts with sessions and learners’ attendance', async () => {
    const running = page.getByRole('region', { name: /^COIM Johannesburg/ });
    await running.getByText('Week 3 of 7').waitFor();
    await running.getByRole('region', { name: /^Learners/ }).getByText('Lerato Mokoena').waitFor();
    await page.getByRole('region', { name: /^COIM Accra/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'coach-cohorts');
  });

  test('the coach marks a held session (keyboard included) and saves', async () => {
    const running = page.getByRole('region', { name: /^COIM Johannesburg/ });
    await running.getByRole('button', { name: /^Show all 18 sessions/ }).click();
    await running.getByRole('link', { name: 'Take attendance for Week 1 live session: Introduction to an Outside-In world' }).click();
    await seeHeading(page, 'Attendance: Week 1 live session: Introduction to an Outside-In world');

    // one radio group per learner; arrow keys move within it
    const ama = page.getByRole('radiogroup', { name: 'Attendance of Ama Owusu' });
    await ama.getByRole('radio', { name: 'Present' }).check();
    await ama.getByRole('radio', { name: 'Present' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await ama.getByRole('radio', { name: 'Absent' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Mark all present' }).click();
    expect(await ama.getByRole('radio', { name: 'Present' }).isChecked()).toBe(true);
    await page.getByRole('radiogroup', { name: 'Attendance of Lerato Mokoena' }).getByRole('radio', { name: 'Excused' }).check();
    await expectAccessible(page);
    await screenshot(page, 'coach-attendance');
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await see(page, /Attendance saved for \d+ learners\./);

    // what was saved is what the page shows when opened again
    await page.reload();
    await seeHeading(page, /^Attendance: Week 1 live session/);
    await page.getByRole('radiogroup', { name: 'Attendance of Lerato Mokoena' }).waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Attendance of Lerato Mokoena' }).getByRole('radio', { name: 'Excused' }).isChecked()).toBe(true);
    expect(await page.getByRole('radiogroup', { name: 'Attendance of Ama Owusu' }).getByRole('radio', { name: 'Present' }).isChecked()).toBe(true);
  });
});
