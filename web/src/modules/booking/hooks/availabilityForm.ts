import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { AvailabilityExceptionKind, AvailabilityFieldsFragment, AvailabilityInput } from '../../../gql/graphql';
import { dateTimeFormat, toZonedInput } from '../../../lib/time';

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Monday": an ISO weekday's name in the display language (1 January 2024 was a Monday). */
export function weekdayName(isoWeekday: number): string {
  return dateTimeFormat('UTC', { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, isoWeekday, 12)));
}

export type DurationUnit = 'minutes' | 'hours' | 'days';
export const UNIT_MINUTES: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

/** A duration as the coach types it: "24" "hours" rather than 1440 minutes. */
export interface DurationDraft {
  value: string;
  unit: DurationUnit;
}

export interface RangeDraft {
  key: string;
  /** HH:MM */
  start: string;
  /** HH:MM; 00:00 as an end means midnight (24:00 to the API) */
  end: string;
}

export interface ExceptionDraft {
  key: string;
  date: string;
  kind: AvailabilityExceptionKind;
  start: string;
  end: string;
}

export interface AvailabilityDraft {
  timeZone: string;
  /** ranges per ISO weekday, 1 = Monday … 7 = Sunday */
  weekly: Record<number, RangeDraft[]>;
  exceptions: ExceptionDraft[];
  slotMinutes: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minNotice: DurationDraft;
  horizonDays: string;
  cancellationCutoff: DurationDraft;
  meetingUrl: string;
}

let next = 0;
export const newKey = () => `k${++next}`;

/** A time input cannot show 24:00: midnight at the end of a range is shown as 00:00. */
const endForInput = (end: string) => (end === '24:00' ? '00:00' : end);
const endForApi = (end: string) => (end === '00:00' ? '24:00' : end);

/** The largest unit that states the minutes exactly. */
export function toDuration(minutes: number): DurationDraft {
  if (minutes > 0 && minutes % UNIT_MINUTES.days === 0) return { value: String(minutes / UNIT_MINUTES.days), unit: 'days' };
  if (minutes > 0 && minutes % UNIT_MINUTES.hours === 0) return { value: String(minutes / UNIT_MINUTES.hours), unit: 'hours' };
  return { value: String(minutes), unit: 'minutes' };
}

export function durationMinutes(d: DurationDraft): number {
  return Math.round(Number(d.value) * UNIT_MINUTES[d.unit]);
}

export function draftFrom(a: AvailabilityFieldsFragment): AvailabilityDraft {
  const weekly: Record<number, RangeDraft[]> = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
  for (const w of a.weeklyHours) weekly[w.weekday]?.push({ key: newKey(), start: w.start, end: endForInput(w.end) });
  return {
    timeZone: a.timeZone,
    weekly,
    exceptions: a.exceptions.map((e) => ({
      key: newKey(),
      date: e.date,
      kind: e.kind,
      start: e.start ?? '09:00',
      end: endForInput(e.end ?? '12:00'),
    })),
    slotMinutes: String(a.slotMinutes),
    bufferBeforeMinutes: String(a.bufferBeforeMinutes),
    bufferAfterMinutes: String(a.bufferAfterMinutes),
    minNotice: toDuration(a.minNoticeMinutes),
    horizonDays: String(a.horizonDays),
    cancellationCutoff: toDuration(a.cancellationCutoffMinutes),
    meetingUrl: a.meetingUrl ?? '',
  };
}

export function inputFrom(d: AvailabilityDraft): AvailabilityInput {
  return {
    timeZone: d.timeZone,
    weeklyHours: Object.entries(d.weekly).flatMap(([weekday, ranges]) =>
      ranges.map((r) => ({ weekday: Number(weekday), start: r.start, end: endForApi(r.end) })),
    ),
    exceptions: [...d.exceptions]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) =>
        e.kind === 'DAY_OFF' ? { date: e.date, kind: e.kind } : { date: e.date, kind: e.kind, start: e.start, end: endForApi(e.end) },
      ),
    slotMinutes: Number(d.slotMinutes),
    bufferBeforeMinutes: Number(d.bufferBeforeMinutes),
    bufferAfterMinutes: Number(d.bufferAfterMinutes),
    minNoticeMinutes: durationMinutes(d.minNotice),
    horizonDays: Number(d.horizonDays),
    cancellationCutoffMinutes: durationMinutes(d.cancellationCutoff),
    meetingUrl: d.meetingUrl.trim() || null,
  };
}

/** Whether the draft says something other than what is saved (keys and units aside). */
export function isChanged(d: AvailabilityDraft, saved: AvailabilityFieldsFragment): boolean {
  return JSON.stringify(canonical(inputFrom(d))) !== JSON.stringify(canonical(inputFrom(draftFrom(saved))));
}

/** The same availability always in the same order (the API sorts hours and exceptions its own way). */
function canonical(input: AvailabilityInput): AvailabilityInput {
  const key = (x: { start?: string | null; end?: string | null }) => `${x.start ?? ''}-${x.end ?? ''}`;
  return {
    ...input,
    weeklyHours: [...input.weeklyHours].sort((a, b) => a.weekday - b.weekday || key(a).localeCompare(key(b))),
    exceptions: [...(input.exceptions ?? [])].sort(
      (a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || key(a).localeCompare(key(b)),
    ),
  };
}

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A new range for a day: 09:00–17:00 on an empty day, else two hours from an hour after the last one. */
export function nextRange(ranges: RangeDraft[]): RangeDraft {
  const last = ranges[ranges.length - 1];
  const lastEnd = last ? (last.end === '00:00' ? 24 * 60 : minutesOf(last.end)) : NaN;
  if (!last || Number.isNaN(lastEnd) || lastEnd + 60 >= 24 * 60) return { key: newKey(), start: '09:00', end: '17:00' };
  const start = lastEnd + 60;
  return { key: newKey(), start: clock(start), end: start + 120 >= 24 * 60 ? '00:00' : clock(start + 120) };
}

/** Today's date (YYYY-MM-DD) in a zone, plus some days. */
export function localDate(timeZone: string, plusDays = 0, now = new Date()): string {
  const today = toZonedInput(now.toISOString(), timeZone).slice(0, 10);
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
}

/** A wall-clock time ("17:00") as the viewer's time inputs show it: "5:00 PM" in a 12-hour locale, "17:00" in a 24-hour one. */
export function formatClock(hhmm: string, locale?: string): string {
  if (!/^\d{2}:\d{2}$/.test(hhmm)) return hhmm;
  const at = new Date(Date.UTC(2000, 0, 1, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5))));
  // a 24-hour locale's time input shows "08:00", a 12-hour one "8:00 AM": the same here
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions().hourCycle;
  const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
  return new Intl.DateTimeFormat(locale, { hour, minute: '2-digit', timeZone: 'UTC' }).format(at);
}

const rangeMessages = defineMessages({
  missing: { id: 'booking.weeklyHours.missingTime', defaultMessage: 'Enter both a start and an end time.' },
  endBeforeStart: { id: 'booking.weeklyHours.endBeforeStart', defaultMessage: 'The end ({end}) must be after the start ({start}).' },
  overlap: { id: 'booking.weeklyHours.overlap', defaultMessage: 'Overlaps {start}–{end}; make the ranges follow one another.' },
});

/** A range's problem as a message to format where it is shown (`intl.formatMessage(p.message, p.values)`). */
export interface RangeProblem {
  message: MessageDescriptor;
  values?: Record<string, string>;
}

/**
 * What is wrong with a day's ranges, by range key, in the viewer's own time format: a missing
 * time, an end not after its start (00:00 as an end is midnight), a range overlapping another.
 */
export function rangeProblems(ranges: RangeDraft[], locale?: string): Map<string, RangeProblem> {
  const problems = new Map<string, RangeProblem>();
  const spans: { key: string; start: number; end: number; r: RangeDraft }[] = [];
  for (const r of ranges) {
    if (!/^\d{2}:\d{2}$/.test(r.start) || !/^\d{2}:\d{2}$/.test(r.end)) {
      problems.set(r.key, { message: rangeMessages.missing });
      continue;
    }
    const start = minutesOf(r.start);
    const end = r.end === '00:00' ? 24 * 60 : minutesOf(r.end);
    if (end <= start) {
      problems.set(r.key, {
        message: rangeMessages.endBeforeStart,
        values: { end: formatClock(r.end, locale), start: formatClock(r.start, locale) },
      });
      continue;
    }
    spans.push({ key: r.key, start, end, r });
  }
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const s = sorted[i];
    if (s.start < before.end && !problems.has(s.key)) {
      problems.set(s.key, {
        message: rangeMessages.overlap,
        values: { start: formatClock(before.r.start, locale), end: formatClock(before.r.end, locale) },
      });
    }
  }
  return problems;
}

/** Every range problem of the week, by range key. */
export function weeklyProblems(weekly: Record<number, RangeDraft[]>, locale?: string): Map<string, RangeProblem> {
  return new Map(Object.values(weekly).flatMap((ranges) => [...rangeProblems(ranges, locale)]));
}
