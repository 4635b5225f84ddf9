import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, Public } from '../auth/decorators/auth.decorators.js';
import { AuthGuard } from '../auth/guards/auth.guard.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { badInput, notFound } from '../common/errors.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { CredentialService } from './credential.service.js';
import { EligibilityService } from './eligibility.service.js';
import { IssuanceService } from './issuance.service.js';
import { IssuerKeyService } from './issuer-key.service.js';
import { CredentialView, EligibilityModel, IssuanceRunModel } from './dto/credential.model.js';
import { DataSource } from 'typeorm';
import { CredentialActivityService } from './credential-activity.service.js';
import { CohortCredentialActivityModel, CredentialActivityKind, CredentialPageEvent } from './dto/credential-activity.model.js';
import { takingPartEnrolment } from '../cohort/cohort.queries.js';
import { credentialErrors as msg } from './credential.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@Resolver(() => CredentialView)
@UseGuards(AuthGuard)
export class CredentialResolver {
  constructor(
    private readonly db: DataSource,
    private readonly credentials: CredentialService,
    private readonly ledgerService: EligibilityService,
    private readonly issuance: IssuanceService,
    private readonly keys: IssuerKeyService,
    private readonly access: CohortAccessService,
    private readonly activity: CredentialActivityService,
  ) {}

  @Public()
  @Query(() => CredentialView, { description: 'A credential’s public verification facts (anyone with the link).' })
  async credential(@Args('id', { type: () => ID }) id: string, @Context() ctx: { req?: { viewer?: Viewer } }): Promise<CredentialView> {
    // public, yet a signed-in holder gets their own actions (viewerIsHolder)
    const [view] = UUID.test(id) ? await this.credentials.views([id], new Date(), ctx.req?.viewer?.userId) : [];
    if (!view) throw notFound('Credential');
    return view;
  }

  @Query(() => [CredentialView], { description: 'The credentials you hold.' })
  async myCredentials(@CurrentViewer() viewer: Viewer): Promise<CredentialView[]> {
    return this.credentials.views(await this.credentials.idsForUser(viewer.userId), new Date(), viewer.userId);
  }

  @Query(() => EligibilityModel, { description: 'What is met and what is left: for the learner, their coaches and partner admins.' })
  async eligibility(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
  ): Promise<EligibilityModel> {
    const [e] = await this.db.query(`SELECT e.cohort_id, e.user_id FROM enrolment e WHERE e.id = $1`, [enrolmentId]).catch(() => []);
    if (!e) throw notFound('Enrolment');
    if (e.user_id !== viewer.userId) {
      await this.access.requireStaff(viewer, e.cohort_id).catch(() => {
        throw notFound('Enrolment');
      });
    }
    return (await this.ledgerService.ledgers([enrolmentId]))[0];
  }

  @Allow(Role.PARTNER_ADMIN, Role.COACH)
  @Query(() => [EligibilityModel], { description: 'The eligibility of every learner of a cohort.' })
  async cohortEligibility(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<EligibilityModel[]> {
    await this.access.requireStaff(viewer, cohortId);
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM enrolment WHERE cohort_id = $1 AND ${takingPartEnrolment('enrolment')} ORDER BY created_at`,
      [cohortId],
    );
    return this.ledgerService.ledgers(rows.map((r) => r.id));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'The public credential page reports a view or an “Add to LinkedIn” click. Only counts (nothing about the visitor is stored); each visitor counts once a day per credential and event, a credential at most 1,000 a day, and the holder’s own views not at all. Always true, whether counted or not.',
  })
  async recordCredentialEvent(
    @Args('id', { type: () => ID }) id: string,
    @Args('event', { type: () => CredentialPageEvent }) event: CredentialPageEvent,
    @Context() ctx: { req?: { ip?: string; viewer?: Viewer } },
  ): Promise<boolean> {
    if (!UUID.test(id)) return true;
    // the holder looking at their own page is no view; adding it to LinkedIn is theirs alone to do
    if (event === CredentialPageEvent.VIEW && (await this.activity.isHolder(id, ctx.req?.viewer?.userId))) return true;
    await this.activity.record(
      id,
      event === CredentialPageEvent.VIEW ? CredentialActivityKind.VIEW : CredentialActivityKind.LINKEDIN,
      ctx.req?.ip ?? 'unknown',
    );
    return true;
  }

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => CohortCredentialActivityModel, {
    description: 'How the cohort’s credentials were used: views, verifications and LinkedIn adds, each and in total (counts only).',
  })
  cohortCredentialActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<CohortCredentialActivityModel> {
    return this.activity.forCohort(viewer, cohortId);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CredentialView, {
    description: 'Approves and issues one eligible learner’s credential (once; approving again returns it).',
  })
  async approveCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('enrolmentId', { type: () => ID }) enrolmentId: string,
  ): Promise<CredentialView> {
    const id = await this.issuance.approve(viewer, enrolmentId);
    return (await this.credentials.views([id]))[0];
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => IssuanceRunModel, { description: 'Issues credentials to every eligible learner of a cohort, in the background.' })
  issueCohortCredentials(
    @CurrentViewer() viewer: Viewer,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<IssuanceRunModel> {
    return this.issuance.issueForCohort(viewer, cohortId);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Query(() => IssuanceRunModel)
  issuanceRun(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<IssuanceRunModel> {
    return this.issuance.run(viewer, id);
  }

  @Allow(Role.PARTNER_ADMIN)
  @Mutation(() => CredentialView, { description: 'Revokes a credential; the status list reports it revoked from then on.' })
  revokeCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<CredentialView> {
    if (!reason.trim() || reason.length > 500) throw badInput(msg.reasonLength, { field: 'reason' });
    return this.credentials.revoke(viewer, id, reason);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => String, {
    description:
      'Starts signing with a new issuer key; the old one stays published so its credentials still verify. Returns the new key id.',
  })
  rotateIssuerKey(): Promise<string> {
    return this.keys.rotate();
  }
}
