import { describe, expect, it } from '@jest/globals';
import { applicableDue, isLate, programmeDueAt, zonedDueAt } from '../due.util.js';

const NEW_YORK = { startDate: '2026-10-26', timeZone: 'America/New_York' };
const DAY6_2359 = { dueDay: 6, dueTime: '23:59' };
const second = 1000;
const at = (iso: string) => new Date(iso);

describe('which due point applies', () => {
  it('is the programme’s default when nothing else is set', () => {
    expect(applicableDue({ cohort: NEW_YORK, week: 1, assignment: DAY6_2359 })).toEqual({
      dueAt: at('2026-11-01T03:59:00.000Z'),
      source: 'PROGRAMME',
    });
  });

  it('is the cohort’s override over the default, and the learner’s extension over both', () => {
    const cohortOverride = at('2026-11-02T04:59:00Z');
    const extension = at('2026-11-04T04:59:00Z');
    expect(applicableDue({ cohort: NEW_YORK, week: 1, assignment: DAY6_2359, cohortOverride })).toEqual({
      dueAt: cohortOverride,
      source: 'COHORT',
    });
    expect(applicableDue({ cohort: NEW_YORK, week: 1, assignment: DAY6_2359, cohortOverride, extension })).toEqual({
      dueAt: extension,
      source: 'EXTENSION',
    });
    expect(applicableDue({ cohort: NEW_YORK, week: 1, assignment: DAY6_2359, cohortOverride: null, extension })).toEqual({
      dueAt: extension,
      source: 'EXTENSION',
    });
  });

  it('applies an extension even when it is earlier than the default (an explicit decision)', () => {
    const extension = at('2026-10-30T12:00:00Z');
    expect(applicableDue({ cohort: NEW_YORK, week: 1, assignment: DAY6_2359, extension }).dueAt).toEqual(extension);
  });
});

describe('late or on time at 23:59 cohort-local, across the New York clock change (1 Nov 2026)', () => {
  // week 1 is due Sat 31 Oct 23:59 EDT (UTC−4); week 2 Sat 7 Nov 23:59 EST (UTC−5)
  const week1 = programmeDueAt(NEW_YORK, 1, DAY6_2359);
  const week2 = programmeDueAt(NEW_YORK, 2, DAY6_2359);

  it('puts the due points at 23:59 local on both sides of the change', () => {
    expect(week1.toISOString()).toBe('2026-11-01T03:59:00.000Z');
    expect(week2.toISOString()).toBe('2026-11-08T04:59:00.000Z');
    expect((week2.getTime() - week1.getTime()) / 3600_000).toBe(7 * 24 + 1);
  });

  it('week 1 (EDT): on time one second before 23:59 and at 23:59:00, late one second after', () => {
    expect(isLate(new Date(week1.getTime() - second), week1)).toBe(false);
    expect(isLate(week1, week1)).toBe(false);
    expect(isLate(new Date(week1.getTime() + second), week1)).toBe(true);
    expect(isLate(at('2026-11-01T03:58:59Z'), week1)).toBe(false);
    expect(isLate(at('2026-11-01T03:59:01Z'), week1)).toBe(true);
  });

  it('week 2 (EST): the same boundary falls an hour later in UTC', () => {
    expect(isLate(at('2026-11-08T04:58:59Z'), week2)).toBe(false);
    expect(isLate(at('2026-11-08T04:59:01Z'), week2)).toBe(true);
    // 03:59:01Z would have been late under EDT, but is 22:59:01 EST: on time
    expect(isLate(at('2026-11-08T03:59:01Z'), week2)).toBe(false);
  });

  it('judges against an extension in the same way', () => {
    const extension = zonedDueAt('2026-11-09', '23:59', 'America/New_York'); // Mon 9 Nov 23:59 EST
    const due = applicableDue({ cohort: NEW_YORK, week: 2, assignment: DAY6_2359, extension }).dueAt;
    expect(due.toISOString()).toBe('2026-11-10T04:59:00.000Z');
    expect(isLate(at('2026-11-10T04:58:59Z'), due)).toBe(false);
    expect(isLate(at('2026-11-10T04:59:01Z'), due)).toBe(true);
  });
});

describe('cohort-local due points picked in a calendar', () => {
  it('converts a local date and time on both sides of the change', () => {
    expect(zonedDueAt('2026-10-31', '23:59', 'America/New_York').toISOString()).toBe('2026-11-01T03:59:00.000Z');
    expect(zonedDueAt('2026-11-07', '23:59', 'America/New_York').toISOString()).toBe('2026-11-08T04:59:00.000Z');
  });

  it('takes the first of a time repeated by the fall-back change (01:30 on 1 Nov 2026)', () => {
    expect(zonedDueAt('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('refuses an impossible date or time', () => {
    expect(() => zonedDueAt('2026-02-30', '23:59', 'America/New_York')).toThrow(/Invalid date/);
    expect(() => zonedDueAt('2026-11-07', '24:00', 'America/New_York')).toThrow(/HH:MM/);
  });
});
