import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newPage, screenshot, scrollToDeferred, see, seeHeading } from './support/browser';

/**
 * The demo learner submits week 3, the coach finds it in the queue, grades it against the
 * rubric and returns it for revision, the learner reads the scores and feedback and sends
 * version 2; the gradebook and its due dates follow. Only week 3 of learner@beacon.test is
 * changed (the demo leaves it unsubmitted), never passed, so other files see the same demo.
 */
describe('grading: a coach returns a submission for revision and the learner resubmits', () => {
  let browser: Browser;
  let learner: Page;
  let coach: Page;
  let submissionPath = '';

  const ANSWER = 'Customer outcome: a claim settled in one call.\n\nWhat I found: four in ten calls chase a claim already made.';
  const REVISED =
    'Customer outcome, in the customer’s words: “settle my claim the first time I ask”.\n\nFailure demand is 40 % of calls; its causes are missing updates and unclear letters.';
  const FEEDBACK = 'Rewrite the outcome from the customer’s point of view and name the causes of the repeat calls.';

  beforeAll(async () => {
    browser = await launchBrowser();
    learner = await newPage(browser);
    coach = await newPage(browser);
    await logIn(learner, 'learner@beacon.test');
    await seeHeading(learner, 'Welcome, Lerato');
    await logIn(coach, 'coach@beacon.test');
    await seeHeading(coach, 'Welcome, Sipho');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const weekPanel = () => learner.getByRole('region', { name: 'Week 3: Focus on the Causes of Work' });

  test('week 3 shows it is not submitted yet, with the due point that applies, and leads to the assignment', async () => {
    const panel = weekPanel();
    // the assignment's status is below the week's content: the learner scrolls to it
    await panel.waitFor();
    await scrollToDeferred(learner);
    await panel.getByText('Not submitted', { exact: true }).waitFor();
    expect(await panel.getByText(/Your due point: .* · the programme’s due point/).count()).toBe(1);
    await panel.getByRole('link', { name: 'Submit your work for week 3' }).click();
    await seeHeading(learner, 'Assignment 3: Focus on the Causes of Work');
    // the due time is the viewer's, with the zone named
    await see(learner, /Due \d{1,2} \w{3} \d{4}, 23:59 GMT\+2 \(South Africa Standard Time\)/);
    await learner.getByRole('region', { name: 'How it is graded', exact: true }).getByText('Customer insight').waitFor();
    await expectAccessible(learner);
    await screenshot(learner, 'learner-assignment');
  });

  test('a file of a type that is not accepted is refused with a clear error, and a text file is accepted', async () => {
    const form = learner.getByRole('region', { name: 'Submit your work', exact: true });
    // a GIF image, whatever the browser claims: the API sniffs the content
    await form.getByLabel('File', { exact: true }).setInputFiles({
      name: 'whiteboard.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
    });
    const alert = form.getByRole('alert');
    await alert.getByText('This type of file is not accepted').waitFor();
    expect(await alert.textContent()).toMatch(/GIF \(image\/gif\), which is not accepted\. Upload PDF, Word/);
    expect(await alert.textContent()).toContain('whiteboard.gif was not attached');
    await expectAccessible(learner);

    await form
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'failure-demand.txt', mimeType: 'text/plain', buffer: Buffer.from('Repeat calls by cause, week 3.\n') });
    await form.getByText('failure-demand.txt', { exact: true }).first().waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
  });

  test('the learner submits week 3 as text (with the file), and sees version 1 awaiting review', async () => {
    const form = learner.getByRole('region', { name: 'Submit your work', exact: true });
    await form.getByLabel('Your answer').fill(ANSWER);
    await form.getByRole('button', { name: 'Submit your work' }).click();
    await see(learner, 'Version 1 submitted. Your coach will review it');
    const versions = learner.getByRole('region', { name: /^Your versions/ });
    await versions.getByText('Version 1').waitFor();
    await versions.getByText('Awaiting review').waitFor();
    await versions.getByRole('link', { name: 'Download failure-demand.txt' }).waitFor();
    await learner.getByRole('button', { name: 'Submit a new version' }).waitFor();
  });

  test('the coach’s home counts what waits; the queue finds the submission by week, oldest first, in pages', async () => {
    await coach.reload();
    const card = coach.getByRole('region', { name: /^Grading queue: \d+ waiting, oldest from/ });
    await card.getByRole('link', { name: 'Open the grading queue' }).click();
    await seeHeading(coach, 'Grading queue');

    // all states together fill more than a page
    await coach.getByLabel('State', { exact: true }).selectOption('ALL');
    const pager = coach.getByRole('navigation', { name: 'Pages of the queue' });
    await pager.getByText(/^1–20 of \d+ · page 1 of \d+$/).waitFor();
    await pager.getByRole('button', { name: 'Next page' }).click();
    await pager.getByText(/^21–\d+ of \d+ · page 2 of \d+$/).waitFor();

    await coach.getByLabel('State', { exact: true }).selectOption('SUBMITTED');
    await coach.getByLabel('Week', { exact: true }).selectOption('3');
    await see(coach, 'Awaiting review, week 3: the latest version per learner and week, oldest first.');
    const row = coach.getByRole('row', { name: /Lerato Mokoena.*Week 3/ });
    await row.getByText('Awaiting review').waitFor();
    await expectAccessible(coach);
    await screenshot(coach, 'coach-grading-queue');
    await row.getByRole('link', { name: 'Grade Lerato Mokoena, week 3' }).click();
    await seeHeading(coach, 'Lerato Mokoena: week 3, version 1');
    submissionPath = new URL(coach.url()).pathname;
    await coach.getByText('Customer outcome: a claim settled in one call.').waitFor();
    await coach.getByRole('link', { name: 'Download failure-demand.txt' }).waitFor();
  });

  test('the coach scores the rubric (keyboard included): Pass only at the pass mark, Revise only with feedback', async () => {
    const insight = coach.getByRole('group', { name: /^Customer insight/ });
    const method = coach.getByRole('group', { name: /^Use of the method/ });
    const application = coach.getByRole('group', { name: /^Application at work/ });
    const pass = coach.getByRole('radio', { name: /^Pass/ });

    await insight.getByRole('radio', { name: 'Missing 0 points' }).check();
    await insight.getByRole('radio', { name: 'Missing 0 points' }).focus();
    await coach.keyboard.press('ArrowRight');
    expect(await insight.getByRole('radio', { name: 'Partial 2 points' }).isChecked()).toBe(true);
    await method.getByRole('radio', { name: 'Sound 4 points' }).check();
    expect(await pass.isDisabled()).toBe(true); // not every criterion scored yet
    await application.getByRole('radio', { name: 'Planned 1 point' }).check();
    await see(coach, /Total 7 \/ 10 · pass mark 6 · reaches the pass mark/);
    expect(await pass.isEnabled()).toBe(true);
    await pass.check();

    // below the pass mark, Pass is withdrawn and refused
    await method.getByRole('radio', { name: 'Partial 2 points' }).check();
    await see(coach, /Total 5 \/ 10 · pass mark 6 · below the pass mark/);
    expect(await pass.isChecked()).toBe(false);
    expect(await pass.isDisabled()).toBe(true);

    await coach.getByRole('radio', { name: /^Revise/ }).check();
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await coach
      .getByRole('alert')
      .getByText(/Write feedback: with Revise the learner needs to know what to change/)
      .waitFor();
    await coach.getByLabel('Feedback to the learner').fill(FEEDBACK);
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await see(coach, 'Draft saved (version 1).');
    await expectAccessible(coach);
    await screenshot(coach, 'coach-grade-submission');
  });

  test('a review saved by someone else meanwhile is not overwritten, and what the coach typed stays', async () => {
    const colleague = await newPage(browser);
    await logIn(colleague, 'coach@beacon.test');
    await seeHeading(colleague, 'Welcome, Sipho');
    await colleague.goto(submissionPath);
    await seeHeading(colleague, 'Lerato Mokoena: week 3, version 1');
    await colleague.getByLabel('Feedback to the learner').fill(`${FEEDBACK} Start with the customer.`);
    await colleague.getByRole('button', { name: 'Save draft' }).click();
    await see(colleague, 'Draft saved (version 2).');
    await colleague.context().close();

    const mine = `${FEEDBACK} Then measure failure demand for a week.`;
    await coach.getByLabel('Feedback to the learner').fill(mine);
    await coach.getByRole('button', { name: 'Save draft' }).click();
    const conflict = coach.getByRole('alert').filter({ hasText: 'Someone else saved this review meanwhile' });
    await conflict.getByText(/reload it to see their changes/).waitFor();
    expect(await coach.getByLabel('Feedback to the learner').inputValue()).toBe(mine);

    await conflict.getByRole('button', { name: 'Reload their version' }).click();
    await conflict.getByText(/Their version 2 by Sipho Dlamini/).waitFor();
    await conflict.getByText(/Start with the customer\./).waitFor();
    expect(await coach.getByLabel('Feedback to the learner').inputValue()).toBe(mine);
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await coach.getByRole('button', { name: 'Save draft' }).click();
    await see(coach, 'Draft saved (version 3).');
  });

  test('the coach releases the review after confirming; the history records every change', async () => {
    await coach.getByRole('button', { name: 'Release to learner' }).click();
    await coach.getByText('Release this review to Lerato Mokoena? They are told by email, and it cannot be changed afterwards.').waitFor();
    await coach.getByRole('button', { name: 'Release review' }).click();
    const review = coach.getByRole('region', { name: 'Review', exact: true });
    await review.getByText('Released to the learner; it can no longer change.').waitFor();
    await review.getByText('5 / 10').waitFor();
    const history = coach.getByRole('region', { name: 'Review history', exact: true });
    await history.getByText('Released to the learner').waitFor();
    expect(await history.getByText('Draft updated').count()).toBe(2);
    await history.getByText('Draft created').waitFor();
  });

  test('the learner reads the scores per criterion, the total against the pass mark and the feedback', async () => {
    await learner.reload();
    await seeHeading(learner, 'Assignment 3: Focus on the Causes of Work');
    const feedback = learner.getByRole('region', { name: 'Your feedback', exact: true });
    await feedback.getByText('Needs revision').first().waitFor();
    await feedback.getByText('5 / 10').waitFor();
    await feedback.getByText(/pass mark 6 \(not reached\)/).waitFor();
    const insight = feedback.getByRole('row', { name: /Customer insight/ });
    expect((await insight.textContent())?.replace(/\s+/g, ' ')).toContain('Customer insightPartial2 of 4');
    expect(await feedback.getByRole('row', { name: /Use of the method/ }).textContent()).toContain('Partial');
    expect(await feedback.getByRole('row', { name: /Application at work/ }).textContent()).toContain('Planned');
    await feedback.getByText(/Then measure failure demand for a week\./).waitFor();
    await expectAccessible(learner);
    await screenshot(learner, 'learner-assignment-feedback');
  });

  test('the learner revises and submits version 2; the coach sees version 1 replaced', async () => {
    const form = learner.getByRole('region', { name: 'Submit a revised version', exact: true });
    // the last version's text is there to edit
    expect(await form.getByLabel('Your answer').inputValue()).toBe(ANSWER);
    await form.getByLabel('Your answer').fill(REVISED);
    await form.getByRole('button', { name: 'Submit version 2' }).click();
    await see(learner, 'Version 2 submitted.');
    const versions = learner.getByRole('region', { name: /^Your versions/ });
    await versions.getByText('Version 2').waitFor();
    await versions.getByText('Version 1').waitFor();
    expect(await versions.getByRole('listitem').filter({ hasText: 'Version 1' }).getByText('Needs revision').count()).toBeGreaterThan(0);
    await learner.getByRole('link', { name: /^COIM Johannesburg/ }).click();
    await seeHeading(learner, 'Welcome, Lerato');
    const panel = weekPanel();
    await panel.waitFor();
    await scrollToDeferred(learner);
    await panel.getByText('Submitted, awaiting review').waitFor();
    await panel.getByText(/Version 2/).waitFor();

    await coach.reload();
    await seeHeading(coach, 'Lerato Mokoena: week 3, version 1');
    await coach.getByText('Lerato Mokoena has submitted version 2 since').waitFor();
    await coach.getByRole('link', { name: 'Open version 2' }).click();
    await seeHeading(coach, 'Lerato Mokoena: week 3, version 2');
    await coach.getByText('Failure demand is 40 % of calls').waitFor();
  });

  test('the gradebook shows learners × weeks; an extension given in a dialog reaches the learner', async () => {
    await coach.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Gradebook' }).click();
    await seeHeading(coach, /^Gradebook: COIM Johannesburg/);
    const lerato = coach.getByRole('row', { name: /Lerato Mokoena/ });
    await lerato.getByRole('link', { name: /Lerato Mokoena, week 3: Awaiting review/ }).waitFor();
    expect(await lerato.getByRole('link', { name: /week 1: Passed/ }).textContent()).toContain('9/10');
    expect(await coach.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toMatch(/^\/cohorts\/[0-9a-f-]+\/gradebook\.csv$/);
    await expectAccessible(coach);
    await screenshot(coach, 'gradebook');

    const dues = coach.getByRole('region', { name: 'Due dates', exact: true });
    await dues.getByRole('button', { name: 'Give an extension for week 3' }).click();
    const dialog = coach.getByRole('dialog', { name: 'Give a learner an extension' });
    await dialog.getByLabel('Learner', { exact: true }).selectOption({ label: 'Lerato Mokoena' });
    expect(await dialog.getByLabel('Week', { exact: true }).inputValue()).toBe('3');
    await dialog.getByLabel('Reason (optional)').fill('Family emergency');
    await expectAccessible(coach);
    await dialog.getByRole('button', { name: 'Save extension' }).click();
    await dues.getByText(/Lerato Mokoena now has until .* for week 3\./).waitFor();
    expect(await coach.getByRole('dialog').count()).toBe(0);
    await dues.getByText('Family emergency', { exact: false }).waitFor();
    await lerato.getByText('Extended').waitFor();

    await learner.reload();
    await weekPanel().waitFor();
    await scrollToDeferred(learner);
    await weekPanel()
      .getByText(/Your due point: .* · extended for you/)
      .waitFor();
  });

  test('moving a week’s due date for the cohort, and back, in a dialog', async () => {
    const dues = coach.getByRole('region', { name: 'Due dates', exact: true });
    const week5 = dues.getByRole('row', { name: /Week 5/ });
    await week5.getByRole('button', { name: 'Move the due date of week 5' }).click();
    const dialog = coach.getByRole('dialog', { name: 'Due date for week 5' });
    const field = dialog.getByLabel('Due for the cohort');
    const before = await field.inputValue();
    expect(before).toMatch(/T23:59$/);
    await field.fill(before.replace('T23:59', 'T12:00'));
    await dialog.getByRole('button', { name: 'Save due date' }).click();
    await dues.getByText(/Week 5 is now due .*12:00/).waitFor();
    await week5.getByText(/moved for the cohort/).waitFor();

    await week5.getByRole('button', { name: 'Move the due date of week 5' }).click();
    await coach.getByRole('dialog', { name: 'Due date for week 5' }).getByRole('button', { name: 'Back to the programme’s' }).click();
    await dues.getByText('Week 5 is back to the programme’s due point.').waitFor();
    await week5.getByText('the programme’s due point').waitFor();
  });

  test('the partner admin follows grading from the cohort page to the gradebook and its CSV', async () => {
    const partner = await newPage(browser);
    await logIn(partner, 'partner@beacon.test');
    await seeHeading(partner, 'Outside-In Africa');
    await partner.goto('/partner/cohorts');
    await seeHeading(partner, 'Outside-In Africa cohorts');
    await partner
      .getByRole('link', { name: /^COIM Johannesburg/ })
      .first()
      .click();
    await seeHeading(partner, /^COIM Johannesburg/);
    await partner.getByRole('navigation', { name: 'Cohort sections' }).getByRole('link', { name: 'Grading' }).click();
    const card = partner.getByRole('region', { name: 'Grading', exact: true });
    await card.getByText(/\d+ learners: \d+ of \d+ weekly assignments passed · \d+ awaiting review/).waitFor();
    await card.getByRole('link', { name: 'Open the gradebook' }).click();
    await seeHeading(partner, /^Gradebook: COIM Johannesburg/);
    // partner admins read the grid; grading is the coaches' (no links into submissions)
    await partner
      .getByRole('row', { name: /Lerato Mokoena/ })
      .getByText('Awaiting review')
      .first()
      .waitFor();
    expect(
      await partner
        .getByRole('row', { name: /Lerato Mokoena/ })
        .getByRole('link')
        .count(),
    ).toBe(0);
    await expectAccessible(partner);
    await screenshot(partner, 'partner-gradebook');
    const href = await partner.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const csv = await partner.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(/^\uFEFF?name,email,enrolment_status,week_1_status,week_1_score/);
    await partner.context().close();
  });
});
