import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import type { CohortCredentialActivityModel, CredentialActivityKind } from './dto/credential-activity.model.js';

/**
 * How much one visitor can move the counters: each address counts once per credential, kind and
 * (UTC) day — a reload, a verifier polling the JSON or a click repeated in a loop adds nothing
 * more — and a credential's counter stops at DAILY_CAP a day whatever the number of addresses.
 * The address is only ever held in this process's memory, as a keyed hash under a key drawn at
 * start-up and never written anywhere, and forgotten at the end of the day.
 */
export const ACTIVITY_LIMITS = { perVisitorPerDay: 1, dailyCap: 1000, rememberedVisitors: 200_000 };

@Injectable()
export class CredentialActivityService {
  private readonly key = randomBytes(32);
  private day = '';
  private seen = new Set<string>();

  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
  ) {}

  /**
   * Counts one use of a credential by a visitor (identified by `visitor`, their address, only to
   * apply the limits). Unknown credentials and uses over the limits count nothing; the answer
   * is the same either way, so it tells nothing about which ids exist.
   */
  async record(credentialId: string, kind: CredentialActivityKind, visitor: string, now = new Date()): Promise<void> {
    const day = now.toISOString().slice(0, 10);
    if (day !== this.day || this.seen.size >= ACTIVITY_LIMITS.rememberedVisitors) {
      // a new day (or, under a flood of addresses, a full memory) starts afresh; the daily cap still holds
      this.day = day;
      this.seen = new Set();
    }
    const mark = createHmac('sha256', this.key).update(`${day}\n${kind}\n${credentialId}\n${visitor}`).digest('base64url');
    if (this.seen.has(mark)) return;
    this.seen.add(mark);
    await this.db.query(
      `INSERT INTO credential_activity (credential_id, day, kind, count)
       SELECT id, $2::date, $3, 1 FROM credential WHERE id = $1
       ON CONFLICT (credential_id, day, kind) DO UPDATE SET count = credential_activity.count + 1
        WHERE credential_activity.count < $4`,
      [credentialId, day, kind, ACTIVITY_LIMITS.dailyCap],
    );
  }

  /** Whether the signed-in viewer holds the credential: a holder looking at their own page is no view. */
  async isHolder(credentialId: string, userId: string | undefined): Promise<boolean> {
    if (!userId) return false;
    const [row] = await this.db.query(`SELECT 1 FROM credential WHERE id = $1 AND user_id = $2`, [credentialId, userId]);
    return !!row;
  }

  /** The counts of a cohort's credentials, each and in total; for its partner's admins and admins. */
  async forCohort(viewer: Viewer, cohortId: string): Promise<CohortCredentialActivityModel> {
    await this.access.requirePartnerAdmin(viewer, cohortId);
    const rows: {
      credential_id: string;
      learner_name: string;
      issued_at: Date;
      views: number;
      verifications: number;
      linked_in: number;
      last_at: string | null;
    }[] = await this.db.query(
      `SELECT cr.id AS credential_id, u.name AS learner_name, cr.issued_at,
              coalesce(sum(a.count) FILTER (WHERE a.kind = 'VIEW'), 0)::int AS views,
              coalesce(sum(a.count) FILTER (WHERE a.kind = 'VERIFICATION'), 0)::int AS verifications,
              coalesce(sum(a.count) FILTER (WHERE a.kind = 'LINKEDIN'), 0)::int AS linked_in,
              max(a.day)::text AS last_at
         FROM credential cr JOIN "user" u ON u.id = cr.user_id
         LEFT JOIN credential_activity a ON a.credential_id = cr.id
        WHERE cr.cohort_id = $1
        GROUP BY cr.id, u.name
        ORDER BY cr.issued_at, cr.id`,
      [cohortId],
    );
    const credentials = rows.map((r) => ({
      credentialId: r.credential_id,
      learnerName: r.learner_name,
      views: r.views,
      verifications: r.verifications,
      linkedInAdds: r.linked_in,
      lastActivityOn: r.last_at,
    }));
    const sum = (f: (c: (typeof credentials)[number]) => number) => credentials.reduce((n, c) => n + f(c), 0);
    const viewed = credentials.filter((c) => c.views > 0).length;
    return {
      cohortId,
      issued: credentials.length,
      viewed,
      views: sum((c) => c.views),
      verifications: sum((c) => c.verifications),
      linkedInAdds: sum((c) => c.linkedInAdds),
      shareRate: credentials.length ? viewed / credentials.length : null,
      credentials,
    };
  }
}
