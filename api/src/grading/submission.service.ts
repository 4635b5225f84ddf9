import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GradingState, isLate, rubricMaxPoints, submitBlocker, weekOpensAt, type SubmissionKind, type Verdict } from '@beacon/domain';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { EnrolmentEntity } from '../cohort/entities/enrolment.entity.js';
import { AssignmentModel, RubricCriterionModel } from '../programme/dto/programme-content.model.js';
import { SubmissionFileEntity } from './entities/submission-file.entity.js';
import { GradingAccessService, assignmentOf, type SubmissionView } from './grading-access.service.js';
import { DueDateService } from './due-date.service.js';
import { toFileModel, toReviewModel } from './grading-models.util.js';
import { AssignmentProgressEnum } from './dto/grading-enums.js';
import type { MyAssignmentModel, SubmissionModel } from './dto/submission.model.js';
import type { SubmitAssignmentInput } from './dto/grading.input.js';
import { SUBMISSION_MODELS } from './grading.queries.js';
import { gradingErrors as msg } from './grading.errors.js';

@Injectable()
export class SubmissionService {
  constructor(
    private readonly db: DataSource,
    private readonly grading: GradingAccessService,
    private readonly dues: DueDateService,
  ) {}

  /**
   * Adds a version of the learner's answer for a week: the first, another before any review is
   * released, or one after a released REVISE. Marked late when after the due point that applies.
   */
  async submit(viewer: Viewer, input: SubmitAssignmentInput, now = new Date()): Promise<SubmissionModel> {
    const enrolment = await this.db
      .getRepository(EnrolmentEntity)
      .findOne({ where: { id: input.enrolmentId, userId: viewer.userId }, relations: { cohort: true } });
    if (!enrolment) throw notFound('Enrolment');
    const cohort = enrolment.cohort!;
    const definition = (await this.grading.definitions([cohort])).get(cohort.programmeVersionId)!;
    const module = definition.modules.find((m) => m.week === input.week);
    if (!module) throw badInput(msg.noSuchWeek.with({ week: input.week }), { field: 'week' });
    if (!module.assignment) throw badInput(msg.weekHasNoAssignment.with({ week: input.week }), { field: 'week' });
    const assignment = module.assignment;

    const text = input.text?.trim() ? input.text : null;
    const link = input.link?.trim() || null;
    const fileId = input.fileId || null;
    const given: SubmissionKind[] = [
      ...(text ? ['TEXT' as const] : []),
      ...(link ? ['LINK' as const] : []),
      ...(fileId ? ['FILE' as const] : []),
    ];
    const accepted = assignment.submissionKinds;
    if (given.length === 0) throw badInput(msg.addYourAnswer.with({ kinds: accepted.map(kindName).join(', ') }));
    const refused = given.filter((k) => !accepted.includes(k));
    if (refused.length)
      throw badInput(msg.kindsRefused.with({ accepted: accepted.map(kindName).join(', '), refused: refused.map(kindName).join(', ') }), {
        field: refused[0].toLowerCase(),
      });
    if (fileId) {
      const file = await this.db.getRepository(SubmissionFileEntity).findOne({ where: { id: fileId, ownerId: viewer.userId } });
      if (!file) throw badInput(msg.fileGone, { field: 'fileId' });
    }
    const opensAt = weekOpensAt(cohort.startDate, cohort.timeZone, input.week);

    const id = await this.db.transaction(async (tx) => {
      // one submission at a time per learner: the version number and the rules below see a settled state
      const [locked]: { status: EnrolmentEntity['status'] }[] = await tx.query(`SELECT status FROM enrolment WHERE id = $1 FOR UPDATE`, [
        enrolment.id,
      ]);
      // the same request again (a double click, a retry after a lost answer): the version it made
      if (input.clientMutationId) {
        const [same]: { id: string }[] = await tx.query(`SELECT id FROM submission WHERE enrolment_id = $1 AND client_mutation_id = $2`, [
          enrolment.id,
          input.clientMutationId,
        ]);
        if (same) return same.id;
      }
      const [latest]: { version: number; state: string | null; verdict: string | null }[] = await tx.query(
        `SELECT s.version, r.state, r.verdict FROM submission s LEFT JOIN review r ON r.submission_id = s.id
          WHERE s.enrolment_id = $1 AND s.week = $2 ORDER BY s.version DESC LIMIT 1`,
        [enrolment.id, input.week],
      );
      const blocker = submitBlocker({
        week: input.week,
        enrolmentStatus: locked.status,
        cohortStatus: cohort.status,
        weekOpen: now.getTime() >= opensAt.getTime(),
        opens: { at: opensAt, timeZone: cohort.timeZone },
        latest: latest ? { state: (latest.state ?? 'SUBMITTED') as GradingState, verdict: latest.verdict as Verdict | null } : null,
      });
      if (blocker) throw conflict(blocker);
      const due = (await this.dues.load(cohort, definition, tx, [enrolment.id])).forLearner(enrolment.id, input.week);
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO submission (enrolment_id, week, version, assignment_id, body, link, file_id, submitted_at, due_at, late, client_mutation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          enrolment.id,
          input.week,
          (latest?.version ?? 0) + 1,
          assignment.id,
          text,
          link,
          fileId,
          now,
          due.dueAt,
          isLate(now, due.dueAt),
          input.clientMutationId ?? null,
        ],
      );
      return row.id;
    });
    return (await this.toModels([id], 'LEARNER'))[0];
  }

  /** One submission, as its learner or the cohort's staff may see it. */
  async get(viewer: Viewer, submissionId: string): Promise<SubmissionModel> {
    const ctx = await this.grading.submissionContext(submissionId);
    const view = await this.grading.viewOf(viewer, ctx);
    return (await this.toModels([submissionId], view))[0];
  }

  /** The learner's own weeks with an assignment: what is due when, and their versions with released reviews. */
  async myAssignments(viewer: Viewer, enrolmentId: string, now = new Date()): Promise<MyAssignmentModel[]> {
    const enrolment = await this.db
      .getRepository(EnrolmentEntity)
      .findOne({ where: { id: enrolmentId, userId: viewer.userId }, relations: { cohort: true } });
    if (!enrolment) throw notFound('Enrolment');
    const cohort = enrolment.cohort!;
    const definition = (await this.grading.definitions([cohort])).get(cohort.programmeVersionId)!;
    const [dues, ids] = await Promise.all([
      this.dues.load(cohort, definition, this.db, [enrolment.id]),
      this.db.query(`SELECT id FROM submission WHERE enrolment_id = $1 ORDER BY week, version DESC`, [enrolment.id]) as Promise<
        { id: string }[]
      >,
    ]);
    const submissions = await this.toModels(
      ids.map((r) => r.id),
      'LEARNER',
    );
    return definition.modules
      .filter((m) => m.assignment)
      .sort((a, b) => a.week - b.week)
      .map((m) => {
        const a = m.assignment!;
        const opensAt = weekOpensAt(cohort.startDate, cohort.timeZone, m.week);
        const open = now.getTime() >= opensAt.getTime();
        const mine = submissions.filter((s) => s.week === m.week);
        const latest = mine[0];
        const verdict = latest?.review?.verdict ?? null;
        const blocker = submitBlocker({
          week: m.week,
          enrolmentStatus: enrolment.status,
          cohortStatus: cohort.status,
          weekOpen: open,
          opens: { at: opensAt, timeZone: cohort.timeZone },
          latest: latest ? { state: latest.review ? 'RELEASED' : 'SUBMITTED', verdict } : null,
        });
        const due = dues.forLearner(enrolment.id, m.week);
        return {
          enrolmentId: enrolment.id,
          week: m.week,
          weekTitle: m.title,
          open,
          assignmentId: a.id,
          title: a.title,
          instructions: open ? a.instructions : null,
          submissionKinds: [...a.submissionKinds],
          rubric: a.rubric.map(RubricCriterionModel.from),
          passMark: a.passMark,
          maxPoints: rubricMaxPoints(a.rubric),
          dueAt: due.dueAt,
          dueSource: due.source,
          progress: !latest
            ? AssignmentProgressEnum.NOT_SUBMITTED
            : verdict === 'PASS'
              ? AssignmentProgressEnum.PASSED
              : verdict === 'REVISE'
                ? AssignmentProgressEnum.REVISION_REQUESTED
                : verdict === 'FAIL'
                  ? AssignmentProgressEnum.FAILED
                  : AssignmentProgressEnum.AWAITING_REVIEW,
          canSubmit: blocker === null,
          cannotSubmitReason: blocker,
          submissions: mine,
        };
      });
  }

  /**
   * GraphQL models for many submissions in a fixed number of queries, in the order given. The
   * learner's view never carries an unreleased review (nor who wrote it).
   */
  async toModels(ids: string[], view: SubmissionView): Promise<SubmissionModel[]> {
    if (ids.length === 0) return [];
    const rows = await SUBMISSION_MODELS.run(this.db, [ids]);
    const definitions = await this.grading.definitions(rows.map((r) => ({ programmeVersionId: r.programme_version_id })));
    const byId = new Map(
      rows.map((r) => {
        const assignment = assignmentOf(definitions.get(r.programme_version_id)!, r.week);
        const stored = r.review;
        const review = stored && (view === 'STAFF' || stored.state === 'RELEASED') ? stored : null;
        const model: SubmissionModel = {
          id: r.id,
          enrolmentId: r.enrolment_id,
          cohortId: r.cohort_id,
          cohortName: r.cohort_name,
          week: r.week,
          version: r.version,
          latest: r.version === r.latest_version,
          learner: { id: r.user_id, name: r.learner_name, email: r.learner_email },
          assignment: AssignmentModel.from(assignment),
          text: r.body,
          link: r.link,
          file: r.file ? toFileModel(r.file) : null,
          submittedAt: r.submitted_at,
          dueAt: r.due_at,
          late: r.late,
          state: !review ? GradingState.SUBMITTED : review.state === GradingState.RELEASED ? GradingState.RELEASED : GradingState.DRAFT,
          review: review
            ? toReviewModel(
                {
                  ...review,
                  createdAt: new Date(review.createdAt),
                  updatedAt: new Date(review.updatedAt),
                  releasedAt: review.releasedAt ? new Date(review.releasedAt) : null,
                },
                assignment,
                // the learner never learns who wrote the review
                view === 'STAFF' ? r.reviewer : null,
              )
            : null,
          versions: r.versions.map((v) => ({
            id: v.id,
            version: v.version,
            submittedAt: new Date(v.submittedAt),
            late: v.late,
            verdict: v.verdict ?? null,
          })),
        };
        return [r.id, model] as const;
      }),
    );
    return ids.map((id) => byId.get(id)).filter((m): m is SubmissionModel => !!m);
  }
}

const kindName = (k: SubmissionKind): string => ({ TEXT: 'text', LINK: 'a link', FILE: 'a file' })[k];
