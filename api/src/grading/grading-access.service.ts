import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AssignmentDefinition, ProgrammeDefinition } from '@beacon/domain';
import { forbidden, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { CohortEntity } from '../cohort/entities/cohort.entity.js';
import { EnrolmentEntity } from '../cohort/entities/enrolment.entity.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { SubmissionEntity } from './entities/submission.entity.js';
import { gradingErrors as msg } from './grading.errors.js';

export interface SubmissionContext {
  submission: SubmissionEntity;
  enrolment: EnrolmentEntity;
  cohort: CohortEntity;
  assignment: AssignmentDefinition;
}

/** How a viewer sees a submission: the learner who made it, or staff of its cohort. */
export type SubmissionView = 'LEARNER' | 'STAFF';

/**
 * Who may see and grade submissions, on top of the cohort rules: the learner sees their own
 * (reviews only once released); the cohort's staff (admin, partner admin, coaches) see all of
 * its submissions with draft reviews; only its coaches (and admins) grade. Anyone else gets
 * NOT_FOUND, so submission ids reveal nothing.
 */
@Injectable()
export class GradingAccessService {
  constructor(
    private readonly db: DataSource,
    private readonly cohorts: CohortAccessService,
    private readonly programmes: ProgrammeService,
  ) {}

  async submissionContext(submissionId: string, db: DataSource | EntityManager = this.db): Promise<SubmissionContext> {
    const submission = await db
      .getRepository(SubmissionEntity)
      .findOne({ where: { id: submissionId }, relations: { enrolment: { cohort: true } } });
    if (!submission) throw notFound('Submission');
    const enrolment = submission.enrolment!;
    const cohort = enrolment.cohort!;
    const definition = (await this.definitions([cohort], db)).get(cohort.programmeVersionId)!;
    return { submission, enrolment, cohort, assignment: assignmentOf(definition, submission.week) };
  }

  async viewOf(viewer: Viewer, ctx: Pick<SubmissionContext, 'enrolment' | 'cohort'>): Promise<SubmissionView> {
    const roles = (await this.cohorts.rolesIn(viewer, [ctx.cohort.id])).get(ctx.cohort.id);
    if (roles && (roles.has('ADMIN') || roles.has('PARTNER_ADMIN') || roles.has('COACH'))) return 'STAFF';
    if (ctx.enrolment.userId === viewer.userId) return 'LEARNER';
    throw notFound('Submission');
  }

  /** Staff of the submission's cohort, else NOT_FOUND (FORBIDDEN for the learner who made it). */
  async requireStaffView(viewer: Viewer, ctx: Pick<SubmissionContext, 'enrolment' | 'cohort'>): Promise<void> {
    if ((await this.viewOf(viewer, ctx)) !== 'STAFF') throw forbidden(msg.staffOnly);
  }

  /** The cohort's coaches (and admins) grade; its partner admins may look but not grade. */
  async requireGrader(viewer: Viewer, ctx: Pick<SubmissionContext, 'enrolment' | 'cohort'>): Promise<void> {
    const roles = (await this.cohorts.rolesIn(viewer, [ctx.cohort.id])).get(ctx.cohort.id);
    if (!roles) throw notFound('Submission');
    if (roles.has('ADMIN') || roles.has('COACH')) return;
    if (roles.has('PARTNER_ADMIN')) throw forbidden(msg.coachesGrade);
    throw notFound('Submission');
  }

  /** The programme definitions the cohorts pinned, by programme version id (remembered: versions never change). */
  async definitions(
    cohorts: Pick<CohortEntity, 'programmeVersionId'>[],
    db: DataSource | EntityManager = this.db,
  ): Promise<Map<string, ProgrammeDefinition>> {
    if (cohorts.length === 0) return new Map();
    const versions = await this.programmes.versionsById(
      cohorts.map((c) => c.programmeVersionId),
      db,
    );
    return new Map([...versions].map(([id, v]) => [id, v.definition]));
  }
}

/** The assignment of a week of a definition; a week without one is a programming error here. */
export function assignmentOf(d: ProgrammeDefinition, week: number): AssignmentDefinition {
  const a = d.modules.find((m) => m.week === week)?.assignment;
  if (!a) throw new Error(`programme ${d.code} has no assignment in week ${week}`);
  return a;
}
