import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { evaluateEligibility, type EligibilityFact, type ProgrammeDefinition } from '@beacon/domain';
import { ProgrammeService } from '../programme/programme.service.js';
import type { EligibilityModel } from './dto/credential.model.js';
import { credentialStatus } from './credential-status.util.js';

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
  constructor(
    private readonly db: DataSource,
    private readonly programmes: ProgrammeService,
  ) {}

  /** One query for any number of enrolments; the programme definitions come from memory. */
  async evaluate(enrolmentIds: string[], now = new Date()): Promise<Map<string, Ledger>> {
    if (enrolmentIds.length === 0) return new Map();
    const rows: {
      id: string;
      programme_version_id: string;
      held: number;
      attended: number;
      excused: number;
      // week → when a passing review of that week was first released
      passes: { week: number; passedAt: string }[];
      // coaching sessions their coach marked held
      coaching: string[];
    }[] = await this.db.query(
      `SELECT e.id, c.programme_version_id,
              (SELECT count(*)::int FROM live_session s WHERE s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL AND s.starts_at <= $2) AS held,
              (SELECT count(*)::int FROM attendance a JOIN live_session s ON s.id = a.live_session_id
                WHERE a.enrolment_id = e.id AND s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL AND s.starts_at <= $2 AND a.status = 'PRESENT') AS attended,
              (SELECT count(*)::int FROM attendance a JOIN live_session s ON s.id = a.live_session_id
                WHERE a.enrolment_id = e.id AND s.cohort_id = e.cohort_id AND s.cancelled_at IS NULL AND s.starts_at <= $2 AND a.status = 'EXCUSED') AS excused,
              coalesce((SELECT json_agg(json_build_object('week', p.week, 'passedAt', p.passed_at))
                          FROM (SELECT s.week, min(r.released_at) AS passed_at FROM submission s JOIN review r ON r.submission_id = s.id
                                 WHERE s.enrolment_id = e.id AND r.released_at IS NOT NULL AND r.verdict = 'PASS' GROUP BY s.week) p), '[]') AS passes,
              coalesce((SELECT json_agg(b.ends_at) FROM booking b WHERE b.enrolment_id = e.id AND b.outcome = 'HELD' AND b.ends_at <= $2), '[]') AS coaching
         FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
        WHERE e.id = ANY($1)`,
      [enrolmentIds, now],
    );
    const versions = await this.programmes.versionsById(rows.map((r) => r.programme_version_id));
    const result = new Map<string, Ledger>();
    for (const e of rows) {
      const d: ProgrammeDefinition = versions.get(e.programme_version_id)!.definition;
      const passed = new Map(e.passes.map((p) => [p.week, new Date(p.passedAt)]));
      result.set(
        e.id,
        evaluateEligibility({
          criteria: d.completion,
          assignments: d.modules
            .filter((m) => m.assignment)
            .map((m) => ({ week: m.week, title: m.assignment!.title, passedAt: passed.get(m.week) ?? null })),
          attendance: { held: e.held, attended: e.attended, excused: e.excused },
          coachingHeld: e.coaching.map((at) => new Date(at)),
        }),
      );
    }
    return result;
  }

  /**
   * The ledgers as the API shows them, in the order of `enrolmentIds`: with each learner's name
   * and the credential they hold (status and dates), in one query besides the evaluation's
   * however many enrolments there are.
   */
  async ledgers(enrolmentIds: string[], now = new Date()): Promise<EligibilityModel[]> {
    if (enrolmentIds.length === 0) return [];
    const [ledgers, rows] = await Promise.all([
      this.evaluate(enrolmentIds, now),
      this.db.query(
        `SELECT e.id, CASE WHEN e.status = 'INVITED' AND e.invited_name IS NOT NULL THEN e.invited_name ELSE u.name END AS name, cr.id AS credential_id, cr.issued_at, cr.valid_until, cr.revoked_at
           FROM enrolment e JOIN "user" u ON u.id = e.user_id
           LEFT JOIN credential cr ON cr.enrolment_id = e.id
          WHERE e.id = ANY($1)`,
        [enrolmentIds],
      ) as Promise<
        {
          id: string;
          name: string;
          credential_id: string | null;
          issued_at: Date | null;
          valid_until: Date | null;
          revoked_at: Date | null;
        }[]
      >,
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return enrolmentIds.map((id) => {
      const l = ledgers.get(id)!;
      const r = byId.get(id)!;
      let credential: EligibilityModel['credential'] = null;
      if (r.credential_id) {
        const dates = {
          issuedAt: new Date(r.issued_at!),
          validUntil: r.valid_until && new Date(r.valid_until),
          revokedAt: r.revoked_at && new Date(r.revoked_at),
        };
        credential = { id: r.credential_id, status: credentialStatus(dates, now), ...dates };
      }
      return {
        enrolmentId: id,
        learnerName: r.name,
        eligible: l.eligible,
        facts: l.facts as EligibilityModel['facts'],
        credentialId: r.credential_id,
        credential,
      };
    });
  }
}
