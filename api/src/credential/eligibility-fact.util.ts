import type { EligibilityFact } from '@beacon/domain';

/** The numbers behind a fact's English label and detail, for clients that word them themselves. */
export interface EligibilityFactData {
  week: number | null;
  assignmentTitle: string | null;
  minAttendancePercent: number | null;
  sessionsHeld: number | null;
  sessionsCounted: number | null;
  sessionsAttended: number | null;
  sessionsExcused: number | null;
  attendancePercent: number | null;
  coachingRequired: number | null;
  coachingHeld: number | null;
}

const NONE: EligibilityFactData = {
  week: null,
  assignmentTitle: null,
  minAttendancePercent: null,
  sessionsHeld: null,
  sessionsCounted: null,
  sessionsAttended: null,
  sessionsExcused: null,
  attendancePercent: null,
  coachingRequired: null,
  coachingHeld: null,
};

/**
 * Reads the numbers back from a fact's label and detail, which the domain writes in one fixed
 * English form (packages/domain completion.util and attendance.util). Read rather than stored,
 * so that the evidence signed into credentials issued before keeps its exact shape and gets
 * the same structured fields. A wording this does not recognise leaves its fields null.
 */
export function eligibilityFactData(f: Pick<EligibilityFact, 'kind' | 'label' | 'detail'>): EligibilityFactData {
  const int = (s: string | undefined) => (s === undefined ? null : Number.parseInt(s, 10));
  if (f.kind === 'ASSIGNMENT') {
    const week = /^Week (\d+) assignment passed$/.exec(f.label);
    const title = /^“([\s\S]*)” (?:passed|not passed yet)$/.exec(f.detail);
    return { ...NONE, week: int(week?.[1]), assignmentTitle: title?.[1] ?? null };
  }
  if (f.kind === 'ATTENDANCE') {
    const min = /^At least (\d+(?:\.\d+)?)% of live sessions attended$/.exec(f.label);
    const data = { ...NONE, minAttendancePercent: min ? Number(min[1]) : null };
    if (f.detail === 'No live session has been held yet')
      return { ...data, sessionsHeld: 0, sessionsCounted: 0, sessionsAttended: 0, sessionsExcused: 0 };
    const allExcused = /^All (\d+) sessions? held so far excused$/.exec(f.detail);
    if (allExcused) {
      const n = int(allExcused[1]);
      return { ...data, sessionsHeld: n, sessionsCounted: 0, sessionsAttended: 0, sessionsExcused: n };
    }
    const counts = /^(\d+) of (\d+) sessions? attended \((\d+(?:\.\d+)?) %\)(?:, (\d+) excused)?$/.exec(f.detail);
    if (!counts) return data;
    const counted = int(counts[2])!;
    const excused = int(counts[4]) ?? 0;
    return {
      ...data,
      sessionsAttended: int(counts[1]),
      sessionsCounted: counted,
      sessionsExcused: excused,
      sessionsHeld: counted + excused,
      attendancePercent: Number(counts[3]),
    };
  }
  if (f.kind === 'COACHING') {
    const required = /^(\d+) coaching sessions? held$/.exec(f.label);
    const held = /^(\d+) of (\d+) held$/.exec(f.detail);
    return { ...NONE, coachingRequired: int(required?.[1] ?? held?.[2]), coachingHeld: int(held?.[1]) };
  }
  return NONE;
}
