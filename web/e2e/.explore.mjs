// throwaway: screenshots against the dev server
import { chromium } from 'playwright-core';
const base = process.env.URL ?? 'http://localhost:3917';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
async function as(email) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  page.on('console', (m) => m.type() === 'error' || m.type() === 'warning' ? console.error('[console]', m.type(), m.text().slice(0, 300)) : null);
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('beacon-demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}
const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'coach') {
  const p = await as('coach@beacon.test');
  await p.getByRole('region', { name: /^1-on-1 coaching/ }).waitFor();
  await p.waitForTimeout(800);
  await p.screenshot({ path: '/tmp/shots/coach-home.png', fullPage: true });
  await p.goto('/coach/availability');
  await p.getByRole('heading', { name: 'Weekly hours' }).waitFor();
  await p.waitForTimeout(500);
  await p.screenshot({ path: '/tmp/shots/availability.png', fullPage: true });
}
if (which === 'all' || which === 'learner') {
  const p = await as('learner@beacon.test');
  await p.getByRole('region', { name: 'Coaching' }).waitFor();
  await p.waitForTimeout(1000);
  await p.screenshot({ path: '/tmp/shots/learner-home.png', fullPage: true });
  await p.getByRole('link', { name: /coaching/i }).first().click();
  await p.getByRole('heading', { name: '1-on-1 coaching' }).waitFor();
  await p.waitForTimeout(1000);
  await p.screenshot({ path: '/tmp/shots/learner-coaching.png', fullPage: true });
}
if (which === 'all' || which === 'ama') {
  const p = await as('ama.owusu@example.org');
  await p.getByRole('link', { name: /coaching/i }).first().click();
  await p.getByRole('heading', { name: '1-on-1 coaching' }).waitFor();
  await p.waitForTimeout(1000);
  await p.screenshot({ path: '/tmp/shots/ama-coaching.png', fullPage: true });
}
if (which === 'all' || which === 'partner') {
  const p = await as('partner@beacon.test');
  await p.goto('/partner/cohorts');
  await p.getByRole('link', { name: /^COIM Johannesburg/ }).first().click();
  await p.getByRole('region', { name: /^1-on-1 coaching/ }).waitFor();
  await p.waitForTimeout(800);
  await p.getByRole('region', { name: /^1-on-1 coaching/ }).screenshot({ path: '/tmp/shots/partner-bookings.png' });
}
await browser.close();
