import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/errors.js';
import { Role } from '../common/role.js';
import type { Viewer } from '../auth/viewer.js';
import { PreparedQuery } from '../common/prepared-query.js';
import type { CohortEntity } from './entities/cohort.entity.js';
import { cohortColumns, cohortFromRow, standingEnrolment, type CohortColumns } from './cohort.queries.js';

export type CohortRole = 'ADMIN' | 'PARTNER_ADMIN' | 'COACH' | 'LEARNER';

type ViewerRelation = { partner_admin: boolean; coach: boolean; learner: boolean };

/**
 * The viewer's relation to cohort `c` as three columns (partner_admin, coach, learner), from
 * placeholders of the partners the viewer administers (`adminOf`), the viewer (`user`) and the
 * partners the viewer coaches in (`coachIn`). A cohort assignment counts only while its coach
 * still holds the COACH role in the cohort's partner (the viewer's memberships are current: the
 * session cache forgets a user whenever their memberships change).
 */
const viewerRelationSql = (c: string, p: { adminOf: string; user: string; coachIn: string }): string =>
  `${c}.partner_id = ANY(${p.adminOf}::uuid[]) AS partner_admin,
          ${c}.partner_id = ANY(${p.coachIn}::uuid[]) AND EXISTS (SELECT 1 FROM cohort_coach cc WHERE cc.cohort_id = ${c}.id AND cc.user_id = ${p.user}) AS coach,
          EXISTS (SELECT 1 FROM enrolment e WHERE e.cohort_id = ${c}.id AND e.user_id = ${p.user} AND ${standingEnrolment('e')}) AS learner`;

const RELATION_PARAMS = { adminOf: '$2', user: '$3', coachIn: '$4' };

/** $1 a cohort, then the viewer as RELATION_PARAMS: the cohort and the viewer's relation to it. */
const COHORT_WITH_ROLES = new PreparedQuery<CohortColumns & ViewerRelation>(
  'cohort_with_roles',
  `SELECT ${cohortColumns('c')}, ${viewerRelationSql('c', RELATION_PARAMS)} FROM cohort c WHERE c.id = $1`,
);

/**
 * Who may do what with a cohort: admins everything; a partner admin the cohorts of their
 * partner; a coach the cohorts assigned to them; a learner the cohorts they are enrolled in.
 * A cohort the viewer has no part in is NOT_FOUND, so ids reveal nothing.
 */
@Injectable()
export class CohortAccessService {
  constructor(private readonly db: DataSource) {}

  /** The viewer's relation to each of the cohorts, in one query. */
  async rolesIn(viewer: Viewer, cohortIds: string[]): Promise<Map<string, Set<CohortRole>>> {
    const result = new Map<string, Set<CohortRole>>();
    if (cohortIds.length === 0) return result;
    const rows: ({ id: string } & ViewerRelation)[] = await this.db.query(
      `SELECT c.id, ${viewerRelationSql('c', RELATION_PARAMS)} FROM cohort c WHERE c.id = ANY($1::uuid[])`,
      [cohortIds, ...relationValues(viewer)],
    );
    for (const r of rows) {
      const roles = rolesFrom(viewer, r);
      if (roles.size) result.set(r.id, roles);
    }
    return result;
  }

  /**
   * Loads a cohort the viewer holds one of `roles` in; NOT_FOUND if they have no part in it, FORBIDDEN if another part.
   * One query: the cohort with the viewer's relation to it (the same tests as rolesIn).
   */
  async require(viewer: Viewer, cohortId: string, roles: CohortRole[]): Promise<CohortEntity> {
    const [row] = await COHORT_WITH_ROLES.run(this.db, [cohortId, ...relationValues(viewer)]);
    const held = row ? rolesFrom(viewer, row) : new Set<CohortRole>();
    if (held.size === 0) throw notFound('Cohort');
    if (!roles.some((r) => held.has(r)) && !held.has('ADMIN')) throw forbidden();
    return cohortFromRow(row);
  }

  /** Staff (admin, the partner's admin, the cohort's coaches). */
  requireStaff(viewer: Viewer, cohortId: string): Promise<CohortEntity> {
    return this.require(viewer, cohortId, ['PARTNER_ADMIN', 'COACH']);
  }

  requirePartnerAdmin(viewer: Viewer, cohortId: string): Promise<CohortEntity> {
    return this.require(viewer, cohortId, ['PARTNER_ADMIN']);
  }
}

/** The values of RELATION_PARAMS ($2, $3, $4) for a viewer. */
const relationValues = (viewer: Viewer): [string[], string, string[]] => [
  viewer.partnerIdsAs([Role.PARTNER_ADMIN]),
  viewer.userId,
  viewer.partnerIdsAs([Role.COACH]),
];

function rolesFrom(viewer: Viewer, r: ViewerRelation): Set<CohortRole> {
  const roles = new Set<CohortRole>();
  if (viewer.isAdmin) roles.add('ADMIN');
  if (r.partner_admin) roles.add('PARTNER_ADMIN');
  if (r.coach) roles.add('COACH');
  if (r.learner) roles.add('LEARNER');
  return roles;
}
