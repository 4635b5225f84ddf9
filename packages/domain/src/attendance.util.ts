/**
 * The one attendance rule, used by the learner's home, the coach's and partner's rosters,
 * eligibility and the credential's evidence, so that every screen says the same number.
 *
 * - Only sessions already held count (started, not cancelled); the caller counts them.
 * - An excused session leaves both the numerator and the denominator: it neither helps nor hurts.
 * - The percent is rounded *down* to one decimal, so a shown percent is never above the real one:
 *   with a whole-number minimum, "shown ≥ minimum" and "criterion met" always agree.
 */
export interface AttendanceCounts {
  /** live sessions held so far (not cancelled, already started) */
  held: number;
  /** of those, sessions the learner was marked present at */
  attended: number;
  /** of those, sessions the learner was excused from */
  excused: number;
}

export interface AttendanceSummary extends AttendanceCounts {
  /** the sessions that count: held − excused */
  counted: number;
  /** attended ÷ counted in percent, rounded down to one decimal; null while no session counts */
  percent: number | null;
}

function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** Applies the rule to raw counts (negative or impossible counts are clamped, never thrown). */
export function summariseAttendance(c: AttendanceCounts): AttendanceSummary {
  const held = count(c.held);
  const excused = Math.min(count(c.excused), held);
  const counted = held - excused;
  const attended = Math.min(count(c.attended), counted);
  return { held, attended, excused, counted, percent: counted > 0 ? Math.floor((1000 * attended) / counted) / 10 : null };
}

/** Attended ÷ (held − excused), in percent rounded down to one decimal; null when nothing counts yet. */
export function attendancePercent(c: AttendanceCounts): number | null {
  return summariseAttendance(c).percent;
}

/** Whether the attendance reaches `minPercent`, compared exactly (no rounding); never while no session counts. */
export function meetsAttendance(c: AttendanceCounts, minPercent: number): boolean {
  const s = summariseAttendance(c);
  if (minPercent <= 0) return true;
  return s.counted > 0 && s.attended * 100 >= minPercent * s.counted;
}

/** A percent as the app writes it: "88.2 %", "100 %"; an em dash when there is none. */
export function formatAttendancePercent(percent: number | null): string {
  return percent == null ? '—' : `${percent} %`;
}

/** The sentence every screen uses: "15 of 17 sessions attended (88.2 %), 1 excused". */
export function describeAttendance(c: AttendanceCounts): string {
  const s = summariseAttendance(c);
  if (s.held === 0) return 'No live session has been held yet';
  const excused = s.excused ? `, ${s.excused} excused` : '';
  if (s.counted === 0) return `All ${s.held} session${s.held === 1 ? '' : 's'} held so far excused`;
  return `${s.attended} of ${s.counted} session${s.counted === 1 ? '' : 's'} attended (${formatAttendancePercent(s.percent)})${excused}`;
}
