import { describeAttendance, meetsAttendance, type AttendanceCounts } from './attendance.util.js';
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
  attendance: AttendanceCounts;
  /** coaching sessions the learner has had: only those their coach marked held */
  coachingHeld: Date[];
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
    facts.push({
      kind: 'ATTENDANCE',
      label: `At least ${criteria.minAttendancePercent}% of live sessions attended`,
      met: meetsAttendance(input.attendance, criteria.minAttendancePercent),
      detail: describeAttendance(input.attendance),
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
