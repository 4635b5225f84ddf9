import { describe, expect, it } from '@jest/globals';
import { availabilityProblems, availabilityWindows, checkSlot, horizonEnd, openSlots, type SlotRules } from '../slots.util.js';
import { formatInZone } from '../format.util.js';

const iso = (d: Date) => d.toISOString();
const starts = (slots: { start: Date }[]) => slots.map((s) => iso(s.start));
const at = (s: string) => new Date(s);
const localTime = (d: Date, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);

/** Mon–Thu 09:00–12:00 and 14:00–17:00 in Johannesburg (UTC+2), 45-minute slots, 15 minutes after each */
const joburg: SlotRules = {
  timeZone: 'Africa/Johannesburg',
  weekly: [1, 2, 3, 4].flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '14:00', end: '17:00' },
  ]),
  exceptions: [],
  slotMinutes: 45,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  minNoticeMinutes: 0,
  horizonDays: 60,
};

// Sunday 8 Nov 2026, 12:00 in Johannesburg
const sunday = at('2026-11-08T10:00:00Z');
const monday = { from: at('2026-11-08T22:00:00Z'), to: at('2026-11-09T22:00:00Z') };

describe('open coaching slots', () => {
  it('lays slots every slot length + buffers from the start of each range, several ranges a day, in the coach’s zone', () => {
    const slots = openSlots(joburg, { ...monday, now: sunday });
    // 09:00, 10:00, 11:00 and 14:00, 15:00, 16:00 local (UTC+2); 11:00–11:45 still fits before 12:00
    expect(starts(slots)).toEqual(['07:00', '08:00', '09:00', '12:00', '13:00', '14:00'].map((t) => `2026-11-09T${t}:00.000Z`));
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 45 * 60_000)).toBe(true);
  });

  it('gives nothing on a weekday without hours (Friday) and for an empty or reversed range', () => {
    expect(openSlots(joburg, { from: at('2026-11-12T22:00:00Z'), to: at('2026-11-13T22:00:00Z'), now: sunday })).toEqual([]);
    expect(openSlots(joburg, { from: monday.to, to: monday.from, now: sunday })).toEqual([]);
  });

  it('keeps the buffers before and after an existing booking clear (buffers on both sides)', () => {
    const rules: SlotRules = { ...joburg, slotMinutes: 30, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 };
    // grid: 09:00, 10:00, 11:00 (30 min + 15 + 15); a booking made off the grid at 10:40–11:10
    const bookings = [{ start: at('2026-11-09T08:40:00Z'), end: at('2026-11-09T09:10:00Z') }];
    const before = starts(openSlots(rules, { ...monday, now: sunday }));
    expect(before.slice(0, 3)).toEqual(['2026-11-09T07:00:00.000Z', '2026-11-09T08:00:00.000Z', '2026-11-09T09:00:00.000Z']);
    const after = starts(openSlots(rules, { ...monday, now: sunday, bookings }));
    // 10:00–10:30 + 15 reaches 10:45 > 10:40 − 15; 11:00 − 15 = 10:45 < 11:10 + 15
    expect(after.slice(0, 2)).toEqual(['2026-11-09T07:00:00.000Z', '2026-11-09T12:00:00.000Z']);
  });

  it('lets grid slots be booked side by side: a booking removes only its own slot', () => {
    const bookings = [{ start: at('2026-11-09T08:00:00Z'), end: at('2026-11-09T08:45:00Z') }];
    const slots = starts(openSlots(joburg, { ...monday, now: sunday, bookings }));
    expect(slots).toHaveLength(5);
    expect(slots).not.toContain('2026-11-09T08:00:00.000Z');
    expect(slots).toContain('2026-11-09T07:00:00.000Z');
    expect(slots).toContain('2026-11-09T09:00:00.000Z');
  });

  it('avoids the learner’s own bookings with other coaches, without buffers', () => {
    const busy = [{ start: at('2026-11-09T07:30:00Z'), end: at('2026-11-09T08:00:00Z') }];
    expect(starts(openSlots(joburg, { ...monday, now: sunday, busy })).slice(0, 2)).toEqual([
      '2026-11-09T08:00:00.000Z',
      '2026-11-09T09:00:00.000Z',
    ]);
  });

  it('needs the minimum notice: a slot exactly at now + notice is open, a minute earlier is not', () => {
    const rules = { ...joburg, minNoticeMinutes: 12 * 60 };
    // Sunday 21:00 local + 12 h = Monday 09:00 local
    expect(starts(openSlots(rules, { ...monday, now: at('2026-11-08T19:00:00Z') }))[0]).toBe('2026-11-09T07:00:00.000Z');
    expect(starts(openSlots(rules, { ...monday, now: at('2026-11-08T19:01:00Z') }))[0]).toBe('2026-11-09T08:00:00.000Z');
  });

  it('stops at the booking horizon: a slot exactly at now + horizon is open, the next is not', () => {
    const rules = { ...joburg, horizonDays: 2 };
    const now = at('2026-11-09T07:00:00Z'); // Monday 09:00 local
    expect(iso(horizonEnd(rules, now))).toBe('2026-11-11T07:00:00.000Z');
    const slots = starts(openSlots(rules, { from: now, to: at('2026-11-20T00:00:00Z'), now }));
    expect(slots[0]).toBe('2026-11-09T07:00:00.000Z');
    expect(slots[slots.length - 1]).toBe('2026-11-11T07:00:00.000Z');
    expect(slots).toHaveLength(6 + 6 + 1);
  });

  it('never offers a slot in the past, even one that started a minute ago', () => {
    const now = at('2026-11-09T07:01:00Z');
    expect(starts(openSlots(joburg, { ...monday, now }))[0]).toBe('2026-11-09T08:00:00.000Z');
  });

  it('drops a day off, adds extra hours on a date, and replaces a day’s hours with both', () => {
    const rules: SlotRules = {
      ...joburg,
      exceptions: [
        { date: '2026-11-10', kind: 'DAY_OFF' },
        { date: '2026-11-14', kind: 'EXTRA_HOURS', start: '10:00', end: '12:00' },
        { date: '2026-11-11', kind: 'DAY_OFF' },
        { date: '2026-11-11', kind: 'EXTRA_HOURS', start: '18:00', end: '19:00' },
      ],
    };
    const slots = openSlots(rules, { from: at('2026-11-09T22:00:00Z'), to: at('2026-11-15T22:00:00Z'), now: sunday });
    const byDate = (date: string) =>
      slots.filter((s) => iso(s.start).startsWith(date)).map((s) => localTime(s.start, 'Africa/Johannesburg'));
    expect(byDate('2026-11-10')).toEqual([]);
    expect(byDate('2026-11-11')).toEqual(['18:00']);
    expect(byDate('2026-11-12')).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00']);
    expect(byDate('2026-11-14')).toEqual(['10:00', '11:00']);
  });

  it('keeps slots inside the cohort’s dates', () => {
    const within = { start: at('2026-11-09T09:00:00Z'), end: at('2026-11-09T13:30:00Z') };
    expect(starts(openSlots(joburg, { ...monday, now: sunday, within }))).toEqual(['2026-11-09T09:00:00.000Z', '2026-11-09T12:00:00.000Z']);
  });

  it('gives the same instants whatever the learner’s zone: a London coach’s Monday morning is an Auckland learner’s Monday night', () => {
    const london: SlotRules = {
      ...joburg,
      timeZone: 'Europe/London',
      weekly: [{ weekday: 1, start: '09:00', end: '11:00' }],
      slotMinutes: 60,
      bufferAfterMinutes: 0,
    };
    const now = at('2026-03-01T00:00:00Z');
    // the learner's Monday 9 March in Auckland (NZDT, UTC+13) and their Tuesday 10 March
    const aucklandMonday = openSlots(london, { from: at('2026-03-08T11:00:00Z'), to: at('2026-03-09T11:00:00Z'), now });
    const aucklandTuesday = openSlots(london, { from: at('2026-03-09T11:00:00Z'), to: at('2026-03-10T11:00:00Z'), now });
    expect(starts(aucklandMonday)).toEqual(['2026-03-09T09:00:00.000Z', '2026-03-09T10:00:00.000Z']);
    expect(aucklandTuesday).toEqual([]);
    expect(aucklandMonday.map((s) => formatInZone(s.start, 'Pacific/Auckland'))).toEqual([
      'Mon 9 Mar, 22:00 GMT+13',
      'Mon 9 Mar, 23:00 GMT+13',
    ]);
    expect(aucklandMonday.map((s) => formatInZone(s.start, 'Europe/London'))).toEqual(['Mon 9 Mar, 09:00 GMT', 'Mon 9 Mar, 10:00 GMT']);
  });

  it('keeps 09:00 New York time across the clock change of 1 Nov 2026 (EDT before, EST after) inside the horizon', () => {
    const ny: SlotRules = {
      ...joburg,
      timeZone: 'America/New_York',
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '10:00' })),
      slotMinutes: 60,
      bufferAfterMinutes: 0,
      horizonDays: 14,
    };
    const now = at('2026-10-29T12:00:00Z');
    const slots = openSlots(ny, { from: now, to: at('2026-11-04T00:00:00Z'), now });
    expect(starts(slots)).toEqual([
      '2026-10-29T13:00:00.000Z', // Thu, EDT (UTC−4)
      '2026-10-30T13:00:00.000Z', // Fri, EDT
      '2026-11-02T14:00:00.000Z', // Mon, EST (UTC−5)
      '2026-11-03T14:00:00.000Z',
    ]);
    expect(slots.every((s) => localTime(s.start, 'America/New_York') === '09:00')).toBe(true);
    // the horizon counts calendar days in New York: 14 days after 08:00 EDT is 08:00 EST
    expect(iso(horizonEnd(ny, now))).toBe('2026-11-12T13:00:00.000Z');
  });

  it('keeps 09:00 London time across the clock change of 25 Oct 2026 (BST before, GMT after)', () => {
    const london: SlotRules = {
      ...joburg,
      timeZone: 'Europe/London',
      weekly: [
        { weekday: 5, start: '09:00', end: '10:00' },
        { weekday: 1, start: '09:00', end: '10:00' },
      ],
      slotMinutes: 60,
      bufferAfterMinutes: 0,
    };
    const now = at('2026-10-20T00:00:00Z');
    const slots = openSlots(london, { from: now, to: at('2026-10-27T00:00:00Z'), now });
    expect(starts(slots)).toEqual(['2026-10-23T08:00:00.000Z', '2026-10-26T09:00:00.000Z']);
  });

  it('counts real time in hours that contain the change itself: 00:00–03:00 is four hours on 1 Nov in New York, 01:00–04:00 two on 8 Mar', () => {
    const night = (date: string, start: string, end: string): SlotRules => ({
      ...joburg,
      timeZone: 'America/New_York',
      weekly: [],
      exceptions: [{ date, kind: 'EXTRA_HOURS', start, end }],
      slotMinutes: 60,
      bufferAfterMinutes: 0,
      horizonDays: 365,
    });
    const fallBack = openSlots(night('2026-11-01', '00:00', '03:00'), {
      from: at('2026-10-31T00:00:00Z'),
      to: at('2026-11-02T00:00:00Z'),
      now: at('2026-10-01T00:00:00Z'),
    });
    expect(starts(fallBack)).toEqual([
      '2026-11-01T04:00:00.000Z',
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
    ]);
    const springForward = openSlots(night('2026-03-08', '01:00', '04:00'), {
      from: at('2026-03-07T00:00:00Z'),
      to: at('2026-03-09T00:00:00Z'),
      now: at('2026-03-01T00:00:00Z'),
    });
    expect(starts(springForward)).toEqual(['2026-03-08T06:00:00.000Z', '2026-03-08T07:00:00.000Z']);
  });

  it('runs on across midnight when a day ends at 24:00 and the next starts at 00:00', () => {
    const owl: SlotRules = {
      ...joburg,
      weekly: [
        { weekday: 1, start: '22:00', end: '24:00' },
        { weekday: 2, start: '00:00', end: '02:00' },
      ],
      slotMinutes: 60,
      bufferAfterMinutes: 0,
    };
    expect(availabilityWindows(owl, at('2026-11-09T00:00:00Z'), at('2026-11-10T12:00:00Z'))).toEqual([
      { start: at('2026-11-09T20:00:00Z'), end: at('2026-11-10T00:00:00Z') },
    ]);
    const slots = openSlots(owl, { from: at('2026-11-09T00:00:00Z'), to: at('2026-11-10T12:00:00Z'), now: sunday });
    expect(slots.map((s) => localTime(s.start, 'Africa/Johannesburg'))).toEqual(['22:00', '23:00', '00:00', '01:00']);
  });

  it('does not offer a slot that would run past 23:59', () => {
    const late: SlotRules = { ...joburg, weekly: [{ weekday: 1, start: '22:00', end: '23:59' }], slotMinutes: 60, bufferAfterMinutes: 0 };
    const slots = openSlots(late, { ...monday, now: sunday });
    expect(slots.map((s) => localTime(s.start, 'Africa/Johannesburg'))).toEqual(['22:00']);
  });

  it('counts a slot starting at local midnight as the new day’s (00:00 belongs to Tuesday)', () => {
    const early: SlotRules = { ...joburg, weekly: [{ weekday: 2, start: '00:00', end: '01:00' }], slotMinutes: 60, bufferAfterMinutes: 0 };
    expect(starts(openSlots(early, { ...monday, now: sunday }))).toEqual([]);
    expect(starts(openSlots(early, { from: monday.to, to: at('2026-11-10T22:00:00Z'), now: sunday }))).toEqual([
      '2026-11-09T22:00:00.000Z',
    ]);
  });
});

describe('checking a start time before booking it', () => {
  const rules = { ...joburg, minNoticeMinutes: 12 * 60, horizonDays: 21 };
  const now = at('2026-11-08T10:00:00Z'); // Sunday 12:00
  const within = { start: at('2026-11-01T22:00:00Z'), end: at('2026-11-27T22:00:00Z') };

  it('accepts a start on the grid', () => {
    expect(checkSlot(rules, at('2026-11-09T07:00:00Z'), { now, within })).toEqual({
      ok: true,
      slot: { start: at('2026-11-09T07:00:00Z'), end: at('2026-11-09T07:45:00Z') },
    });
  });

  it('names why a start is refused: past, too soon, beyond the horizon, outside the dates, off the grid, taken, busy', () => {
    const reason = (s: string, extra: object = {}) => {
      const r = checkSlot(rules, at(s), { now, within, ...extra });
      return r.ok ? 'OK' : r.reason;
    };
    expect(reason('2026-11-05T07:00:00Z')).toBe('PAST');
    expect(reason('2026-11-08T12:00:00Z')).toBe('TOO_SOON'); // Sunday isn't a working day, but too soon says more
    expect(reason('2026-12-01T07:00:00Z')).toBe('BEYOND_HORIZON');
    expect(reason('2026-11-26T07:00:00Z', { within: { start: within.start, end: at('2026-11-20T22:00:00Z') } })).toBe('OUTSIDE_DATES');
    expect(reason('2026-11-09T07:30:00Z')).toBe('NOT_A_SLOT');
    expect(reason('2026-11-13T07:00:00Z')).toBe('NOT_A_SLOT'); // a Friday
    expect(reason('2026-11-09T07:00:00Z', { bookings: [{ start: at('2026-11-09T07:00:00Z'), end: at('2026-11-09T07:45:00Z') }] })).toBe(
      'TAKEN',
    );
    expect(reason('2026-11-09T07:00:00Z', { busy: [{ start: at('2026-11-09T07:30:00Z'), end: at('2026-11-09T08:00:00Z') }] })).toBe('BUSY');
  });
});

describe('availability rules a coach can save', () => {
  it('accepts the demo rules and a range ending at 24:00', () => {
    expect(availabilityProblems(joburg)).toEqual([]);
    expect(availabilityProblems({ ...joburg, weekly: [{ weekday: 7, start: '20:00', end: '24:00' }] })).toEqual([]);
  });

  it('names each problem', () => {
    const problems = availabilityProblems({
      ...joburg,
      timeZone: 'Mars/Olympus',
      weekly: [
        { weekday: 8, start: '09:00', end: '10:00' },
        { weekday: 1, start: '12:00', end: '09:00' },
        { weekday: 2, start: '24:00', end: '24:00' },
        { weekday: 3, start: '9:00', end: '10:00' },
      ],
      exceptions: [
        { date: '2026-02-30', kind: 'DAY_OFF' },
        { date: '2026-11-10', kind: 'EXTRA_HOURS', start: '10:00', end: '10:00' },
      ],
      slotMinutes: 5,
      horizonDays: 0,
    });
    expect(problems).toEqual([
      'Unknown time zone Mars/Olympus',
      'Weekday must be 1 (Monday) to 7 (Sunday), got 8',
      'Monday: 12:00–09:00 must end after it starts',
      'Tuesday: Time must be HH:MM (24-hour), got 24:00',
      'Wednesday: Time must be HH:MM (24-hour), got 9:00',
      'Exception date must be YYYY-MM-DD, got 2026-02-30',
      '2026-11-10: 10:00–10:00 must end after it starts',
      'Slot length must be a whole number of minutes from 10 to 240',
      'Booking horizon must be a whole number of days from 1 to 365',
    ]);
  });
});
