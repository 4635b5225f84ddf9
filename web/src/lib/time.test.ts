import { afterEach, describe, expect, it } from '@jest/globals';
import { formatDate, formatDateTime, formatList, formatPercent, fromZonedInput, setDisplayLocale, toZonedInput } from './time';

const MINUTE = 60_000;

/** Every quarter of an hour from `from` to `to` (UTC). */
function quarters(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 15 * MINUTE) out.push(new Date(t).toISOString());
  return out;
}

afterEach(() => setDisplayLocale('en'));

describe('datetime-local values on a zone’s wall clock', () => {
  it('round-trips every quarter hour across the spring DST change (Europe/Berlin, 29 Mar 2026)', () => {
    for (const iso of quarters('2026-03-28T20:00:00Z', '2026-03-29T06:00:00Z'))
      expect(fromZonedInput(toZonedInput(iso, 'Europe/Berlin'), 'Europe/Berlin')).toBe(iso);
    expect(toZonedInput('2026-03-29T00:59:00Z', 'Europe/Berlin')).toBe('2026-03-29T01:59');
    expect(toZonedInput('2026-03-29T01:00:00Z', 'Europe/Berlin')).toBe('2026-03-29T03:00');
  });

  it('moves a time skipped by the spring change forward by the gap (02:30 → 03:30 CEST)', () => {
    expect(fromZonedInput('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(toZonedInput('2026-03-29T01:30:00.000Z', 'Europe/Berlin')).toBe('2026-03-29T03:30');
  });

  it('round-trips every quarter hour outside the repeated hour across the autumn change, and reads a repeated time as one of its two moments', () => {
    const repeated = (iso: string) => iso >= '2026-10-25T00:00:00.000Z' && iso < '2026-10-25T01:00:00.000Z';
    for (const iso of quarters('2026-10-24T20:00:00Z', '2026-10-25T06:00:00Z').filter((i) => !repeated(i))) {
      expect(fromZonedInput(toZonedInput(iso, 'Europe/Berlin'), 'Europe/Berlin')).toBe(iso);
    }
    // 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET)
    expect(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']).toContain(fromZonedInput('2026-10-25T02:30', 'Europe/Berlin'));
  });

  it('round-trips across New York’s spring change (8 Mar 2026) and a zone without DST (Africa/Johannesburg)', () => {
    for (const iso of quarters('2026-03-08T04:00:00Z', '2026-03-08T10:00:00Z'))
      expect(fromZonedInput(toZonedInput(iso, 'America/New_York'), 'America/New_York')).toBe(iso);
    expect(fromZonedInput('2026-11-24T17:00', 'Africa/Johannesburg')).toBe('2026-11-24T15:00:00.000Z');
    expect(toZonedInput('2026-11-24T15:00:00Z', 'Africa/Johannesburg')).toBe('2026-11-24T17:00');
  });

  it('keeps Latin digits in the input value when the display language writes other digits (Arabic)', () => {
    setDisplayLocale('ar-EG');
    expect(toZonedInput('2026-11-24T15:00:00Z', 'Africa/Johannesburg')).toBe('2026-11-24T17:00');
    expect(fromZonedInput('2026-11-24T17:00', 'Africa/Johannesburg')).toBe('2026-11-24T15:00:00.000Z');
  });

  it('refuses a value that is not a date and time, in words', () => {
    expect(() => fromZonedInput('24/11/2026 17:00', 'Africa/Johannesburg')).toThrow('Enter a date and time');
  });
});

describe('formatting in the display language', () => {
  it('writes the day as the viewer’s zone sees it (23:30 UTC is the next day in Johannesburg), in French', () => {
    setDisplayLocale('fr');
    expect(formatDate('2026-11-23T23:30:00Z', 'Africa/Johannesburg')).toMatch(/^24 nov\.? 2026$/);
    expect(formatDate('2026-11-23T23:30:00Z', 'UTC')).toMatch(/^23 nov\.? 2026$/);
  });

  it('writes a moment with the zone named, in French with a 24-hour clock', () => {
    setDisplayLocale('fr');
    const text = formatDateTime('2026-11-23T08:56:00Z', 'Africa/Johannesburg');
    expect(text).toContain('nov');
    expect(text).toContain('10:56');
    expect(text).toMatch(/UTC\+2|GMT\+2|SAST/);
  });

  it('follows a change of display language (en-GB then Spanish)', () => {
    setDisplayLocale('en-GB');
    expect(formatDate('2026-03-01T12:00:00Z', 'UTC')).toBe('1 Mar 2026');
    setDisplayLocale('es');
    expect(formatDate('2026-03-01T12:00:00Z', 'UTC')).toMatch(/^1 mar\.? 2026$/);
  });

  it('lists and percentages in the display language', () => {
    setDisplayLocale('en');
    expect(formatList(['Kwame', 'Yaw', 'Grace'])).toBe('Kwame, Yaw, and Grace');
    expect(formatList(['address', 'learner'], 'unit')).toBe('address, learner');
    setDisplayLocale('fr');
    expect(formatList(['Kwame', 'Yaw', 'Grace'])).toBe('Kwame, Yaw et Grace');
    expect(formatPercent(0.75)).toMatch(/^75\s%$/u);
  });
});
