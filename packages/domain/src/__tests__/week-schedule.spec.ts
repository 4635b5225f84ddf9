import { describe, expect, it } from '@jest/globals';
import { cohortEndDate, currentWeek, pointInWeek, weekOpensAt, weekStates } from '../week-schedule.util.js';

const iso = (d: Date) => d.toISOString();

describe('week unlocking', () => {
  it('opens week n at local midnight of start + 7·(n−1) days in Johannesburg (UTC+2, no DST)', () => {
    expect(iso(weekOpensAt('2026-11-09', 'Africa/Johannesburg', 1))).toBe('2026-11-08T22:00:00.000Z');
    expect(iso(weekOpensAt('2026-11-09', 'Africa/Johannesburg', 3))).toBe('2026-11-22T22:00:00.000Z');
    expect(iso(weekOpensAt('2026-11-09', 'Africa/Johannesburg', 7))).toBe('2026-12-20T22:00:00.000Z');
  });

  it('shows a Johannesburg cohort in week 3 with weeks 1–3 open and 4–7 locked', () => {
    const now = new Date('2026-11-23T08:00:00Z');
    const states = weekStates('2026-11-09', 'Africa/Johannesburg', 7, now);
    expect(states.map((s) => s.open)).toEqual([true, true, true, false, false, false, false]);
    expect(currentWeek('2026-11-09', 'Africa/Johannesburg', 7, now)).toBe(3);
  });

  it('opens a week exactly at midnight local, not a minute before (23:59 boundary)', () => {
    const opens = weekOpensAt('2026-11-09', 'Africa/Johannesburg', 2); // 2026-11-16 00:00 SAST
    expect(weekStates('2026-11-09', 'Africa/Johannesburg', 7, new Date(opens.getTime() - 60_000))[1].open).toBe(false);
    expect(weekStates('2026-11-09', 'Africa/Johannesburg', 7, opens)[1].open).toBe(true);
  });

  it('keeps weeks on local midnight for a New York cohort starting the week the clocks go back (1 Nov 2026)', () => {
    // week 1 opens under EDT (UTC−4), week 2 under EST (UTC−5): the first week is 169 hours long
    const w1 = weekOpensAt('2026-10-26', 'America/New_York', 1);
    const w2 = weekOpensAt('2026-10-26', 'America/New_York', 2);
    expect(iso(w1)).toBe('2026-10-26T04:00:00.000Z');
    expect(iso(w2)).toBe('2026-11-02T05:00:00.000Z');
    expect((w2.getTime() - w1.getTime()) / 3600_000).toBe(169);
  });

  it('keeps weeks on local midnight when the clocks go forward (New York, 8 Mar 2026)', () => {
    const w1 = weekOpensAt('2026-03-02', 'America/New_York', 1);
    const w2 = weekOpensAt('2026-03-02', 'America/New_York', 2);
    expect(iso(w1)).toBe('2026-03-02T05:00:00.000Z');
    expect(iso(w2)).toBe('2026-03-09T04:00:00.000Z');
    expect((w2.getTime() - w1.getTime()) / 3600_000).toBe(167);
  });

  it('counts a leap day as a day (a cohort over 29 Feb 2028)', () => {
    expect(iso(weekOpensAt('2028-02-23', 'Africa/Johannesburg', 2))).toBe('2028-02-29T22:00:00.000Z');
    expect(cohortEndDate('2028-02-23', 'Africa/Johannesburg', 1)).toBe('2028-02-29');
  });

  it('is in week 0 before the start and past the last week after the end', () => {
    expect(currentWeek('2026-11-09', 'Africa/Johannesburg', 7, new Date('2026-11-08T21:59:00Z'))).toBe(0);
    expect(currentWeek('2026-11-09', 'Africa/Johannesburg', 7, new Date('2026-12-27T21:59:00Z'))).toBe(7);
    expect(currentWeek('2026-11-09', 'Africa/Johannesburg', 7, new Date('2026-12-27T22:00:00Z'))).toBe(8);
  });

  it('refuses an impossible date, zone or week', () => {
    expect(() => weekOpensAt('2026-02-30', 'Africa/Johannesburg', 1)).toThrow(/Invalid start date/);
    expect(() => weekOpensAt('2026-11-09', 'Mars/Olympus', 1)).toThrow(RangeError);
    expect(() => weekOpensAt('2026-11-09', 'Africa/Johannesburg', 0)).toThrow(/Week must be/);
  });
});

describe('points in a week (due dates)', () => {
  it('puts "day 6 at 23:59" at 23:59 cohort-local on both sides of the clock change', () => {
    expect(iso(pointInWeek('2026-10-26', 'America/New_York', 1, 6, '23:59'))).toBe('2026-11-01T03:59:00.000Z'); // Sat 31 Oct, EDT
    expect(iso(pointInWeek('2026-10-26', 'America/New_York', 2, 6, '23:59'))).toBe('2026-11-08T04:59:00.000Z'); // Sat 7 Nov, EST
  });

  it('moves a wall-clock time skipped by spring-forward to after the gap', () => {
    // Sunday 8 Mar 2026 02:30 does not exist in New York
    expect(iso(pointInWeek('2026-03-02', 'America/New_York', 1, 7, '02:30'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('refuses a malformed time or day', () => {
    expect(() => pointInWeek('2026-10-26', 'America/New_York', 1, 8, '23:59')).toThrow(/Day must be/);
    expect(() => pointInWeek('2026-10-26', 'America/New_York', 1, 6, '24:00')).toThrow(/HH:MM/);
  });
});
