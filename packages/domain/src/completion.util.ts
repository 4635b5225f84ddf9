import type { CompletionCriteria } from './programme-definition.js';

export type EligibilityFactKind = 'ASSIGNMENT' | 'ATTENDANCE' | 'COACHING';

/** One certified fact about a learner's progress against the completion criteria. */
export interface EligibilityFact {
  kind: EligibilityFactKind;
  label: string;
  met: boolean;
  detail: string;
  /** when it was met (ISO), where that is one moment */
  at: string | null;
}

export interface EligibilityInput {
  criteria: CompletionCriteria;
  /** one entry per week with an assignment; passedAt = when a PASS review was released */
  assignments: { week: number; title: string; passedAt: Date | null }[];
  /** live sessions held so far (not cancelled) and the learner's records for them */
  attendance: { held: number; attended: number; excused: number };
  /** coaching sessions the learner has had: only those their coach marked held */
  coachingHeld: Date[];
}

/** Attended ÷ (held − excused), in percent; null when nothing counts yet. */
export function attendancePercent(a: EligibilityInput['attendance']): number | null {
  const base = a.held - a.excused;
  return base > 0 ? Math.round((1000 * a.attended) / base) / 10 : null;
}

/**
 * Evaluates the programme's completion criteria into a ledger of facts: what is met, what is
 * left. The same ledger is shown to the learner and kept with the credential as evidence.
 */
export function evaluateEligibility(input: EligibilityInput): { eligible: boolean; facts: EligibilityFact[] } {
  const { criteria } = input;
  const facts: EligibilityFact[] = [];
  if (criteria.allAssignmentsPassed) {
    for (const a of [...input.assignments].sort((x, y) => x.week - y.week)) {
      facts.push({
        kind: 'ASSIGNMENT',
        label: `Week ${a.week} assignment passed`,
        met: a.passedAt !== null,
        detail: a.passedAt ? `“${a.title}” passed` : `“${a.title}” not passed yet`,
        at: a.passedAt?.toISOString() ?? null,
      });
    }
  }
  if (criteria.minAttendancePercent > 0) {
    const pct = attendancePercent(input.attendance);
    const met = pct !== null && pct >= criteria.minAttendancePercent;
    facts.push({
      kind: 'ATTENDANCE',
      label: `At least ${criteria.minAttendancePercent}% of live sessions attended`,
      met,
      detail:
        pct === null
          ? 'No live session has been held yet'
          : `${input.attendance.attended} of ${input.attendance.held - input.attendance.excused} sessions attended (${pct}%${input.attendance.excused ? `, ${input.attendance.excused} excused` : ''})`,
      at: null,
    });
  }
  if (criteria.coachingSessionsRequired > 0) {
    const held = [...input.coachingHeld].sort((a, b) => a.getTime() - b.getTime());
    const met = held.length >= criteria.coachingSessionsRequired;
    facts.push({
      kind: 'COACHING',
      label: `${criteria.coachingSessionsRequired} coaching session${criteria.coachingSessionsRequired > 1 ? 's' : ''} held`,
      met,
      detail: `${held.length} of ${criteria.coachingSessionsRequired} held`,
      at: met ? held[criteria.coachingSessionsRequired - 1].toISOString() : null,
    });
  }
  return { eligible: facts.every((f) => f.met), facts };
}
