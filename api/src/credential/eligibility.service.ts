import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { evaluateEligibility, type EligibilityFact, type ProgrammeDefinition } from '@beacon/domain';

export interface Ledger {
  eligible: boolean;
  facts: EligibilityFact[];
}

/**
 * Gathers, for many enrolments at once, what the completion criteria look at — released
 * passing reviews, attendance of held sessions, coaching sessions held — and evaluates them.
 */
@Injectable()
export class EligibilityService {
  constructor(private readonly db: DataSource) {}

  async evaluate(enrolmentIds: string[], now = new Date()): Promise<Map<string, Ledger>> {
    if (enrolmentIds.length === 0) return new Map();
    const [enrolments, passes, attendance, coaching] = await Promise.all([
      this.db.query(
        `SELECT e.id, e.cohort_id, v.definition FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
           JOIN programme_version v ON v.id = c.programme_version_id WHERE e.id = ANY($1)`,
        [enrolmentIds],
      ) as Promise<{ id: string; cohort_id: string; definition: ProgrammeDefinition }[]>,
      this.passes(enrolmentIds),
      this.db.query(
        `SELECT e.id,
                (SELECT count(*)::int FROM live_session s WHERE s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS held,
                count(a.*) FILTER (WHERE a.status = 'PRESENT')::int AS attended,
                count(a.*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused
           FROM enrolment e
           LEFT JOIN attendance a ON a.enrolment_id = e.id
             AND a.live_session_id IN (SELECT id FROM live_session s WHERE s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL AND s.starts_at <= $2)
          WHERE e.id = ANY($1) GROUP BY e.id`,
        [enrolmentIds, now],
      ) as Promise<{ id: string; held: number; attended: number; excused: number }[]>,
      this.coachingHeld(enrolmentIds, now),
    ]);
    const attendanceById = new Map(attendance.map((a) => [a.id, a]));
    const result = new Map<string, Ledger>();
    for (const e of enrolments) {
      const d = e.definition;
      const passed = passes.get(e.id) ?? new Map<number, Date>();
      const a = attendanceById.get(e.id) ?? { held: 0, attended: 0, excused: 0 };
      result.set(
        e.id,
        evaluateEligibility({
          criteria: d.completion,
          assignments: d.modules.filter((m) => m.assignment).map((m) => ({ week: m.week, title: m.assignment!.title, passedAt: passed.get(m.week) ?? null })),
          attendance: { held: a.held, attended: a.attended, excused: a.excused },
          coachingHeld: coaching.get(e.id) ?? [],
        }),
      );
    }
    return result;
  }

  /** week → when a passing review of that week was released, per enrolment */
  private async passes(enrolmentIds: string[]): Promise<Map<string, Map<number, Date>>> {
    const rows: { enrolment_id: string; week: number; passed_at: Date }[] = await this.db.query(
      `SELECT s.enrolment_id, s.week, min(r.released_at) AS passed_at
         FROM submission s JOIN review r ON r.submission_id = s.id
        WHERE s.enrolment_id = ANY($1) AND r.released_at IS NOT NULL AND r.verdict = 'PASS'
        GROUP BY s.enrolment_id, s.week`,
      [enrolmentIds],
    );
    const map = new Map<string, Map<number, Date>>();
    for (const r of rows) map.set(r.enrolment_id, (map.get(r.enrolment_id) ?? new Map()).set(r.week, new Date(r.passed_at)));
    return map;
  }

  /** coaching sessions confirmed and already over, per enrolment */
  private async coachingHeld(enrolmentIds: string[], now: Date): Promise<Map<string, Date[]>> {
    const rows: { enrolment_id: string; ends_at: Date }[] = await this.db.query(
      `SELECT enrolment_id, ends_at FROM booking WHERE enrolment_id = ANY($1) AND status = 'CONFIRMED' AND ends_at <= $2`,
      [enrolmentIds, now],
    );
    const map = new Map<string, Date[]>();
    for (const r of rows) map.set(r.enrolment_id, [...(map.get(r.enrolment_id) ?? []), new Date(r.ends_at)]);
    return map;
  }
}
