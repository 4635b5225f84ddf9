import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DateTime } from 'luxon';
import { randomInt } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { conflict, notFound } from '../common/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../common/role.js';
import { NotificationService } from '../notification/notification.service.js';
import { toLocale, translate, type Locale } from '../i18n/i18n.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { CredentialEntity } from './entities/credential.entity.js';
import { IssuerKeyService } from './issuer-key.service.js';
import { EligibilityService } from './eligibility.service.js';
import { encodeStatusList, STATUS_LIST_SIZE } from './status-list.util.js';
import { issuerUrls, linkedInAddUrl, openBadgeCredential, signCredential, VC_CONTEXT } from './open-badge.util.js';
import type { CredentialView } from './dto/credential.model.js';
import { credentialOfJwt, signDataIntegrity } from './data-integrity.util.js';
import { credentialStatus } from './credential-status.util.js';
import { standingEnrolment } from '../cohort/cohort.queries.js';
import { credentialErrors as msg } from './credential.errors.js';

export type IssueOutcome = 'ISSUED' | 'ALREADY_HELD' | 'NOT_ELIGIBLE';

/** draws of a random status list index before giving up (each draw collides with probability issued ÷ 131,072) */
const STATUS_INDEX_ATTEMPTS = 20;

interface CredentialRow {
  id: string;
  payload: Record<string, unknown>;
  evidence: import('@beacon/domain').EligibilityFact[];
  jwt: string;
  issued_at: Date;
  valid_until: Date | null;
  revoked_at: Date | null;
  revocation_reason: string | null;
}

interface BadgePayload {
  name: string;
  issuer: { name: string };
  credentialSubject: {
    identifier: { identityType: string; identityHash: string }[];
    achievement: { description: string; criteria: { narrative: string }; humanCode: string };
  };
}

interface EnrolmentFacts {
  enrolment_id: string;
  user_id: string;
  learner_name: string;
  learner_email: string;
  learner_locale: string;
  cohort_id: string;
  cohort_name: string;
  partner_id: string;
  partner_name: string;
  programme_id: string;
  version: number;
  definition: import('@beacon/domain').ProgrammeDefinition;
  enrolment_status: string;
  /** the credential the enrolment already holds, if any */
  credential_id: string | null;
}

@Injectable()
export class CredentialService {
  private readonly log = new Logger('Credentials');

  constructor(
    private readonly db: DataSource,
    private readonly keys: IssuerKeyService,
    private readonly eligibility: EligibilityService,
    private readonly notifications: NotificationService,
    private readonly programmes: ProgrammeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get urls() {
    return issuerUrls(this.config.publicUrl);
  }

  /**
   * Issues the enrolment's credential if it is eligible. Idempotent: one credential per
   * enrolment (a unique constraint), however often this runs or however many run at once.
   */
  async issue(enrolmentId: string, now = new Date()): Promise<{ outcome: IssueOutcome; credentialId?: string }> {
    // the facts (with any credential already held) and the eligibility ledger, side by side
    const [[facts], ledgers] = await Promise.all([this.enrolmentFacts([enrolmentId]), this.eligibility.evaluate([enrolmentId], now)]);
    if (!facts) throw notFound('Enrolment');
    if (facts.credential_id) return { outcome: 'ALREADY_HELD', credentialId: facts.credential_id };
    if (facts.enrolment_status === 'WITHDRAWN') return { outcome: 'NOT_ELIGIBLE' };
    const ledger = ledgers.get(enrolmentId)!;
    if (!ledger.eligible) return { outcome: 'NOT_ELIGIBLE' };

    const d = facts.definition;
    const { kid, key } = await this.keys.active();
    const validUntil = d.credential.validityMonths
      ? DateTime.fromJSDate(now).plus({ months: d.credential.validityMonths }).toJSDate()
      : null;
    // a random status list index (Bitstring Status List: issue order must not show), unique by a
    // constraint: taken by another credential in the meantime, the next attempt draws another
    let outcome:
      { outcome: 'ALREADY_HELD' } | { outcome: 'ISSUED'; credentialId: string; messageIds: string[] } | { outcome: 'INDEX_TAKEN' } = {
      outcome: 'INDEX_TAKEN',
    };
    for (let attempt = 0; attempt < STATUS_INDEX_ATTEMPTS && outcome.outcome === 'INDEX_TAKEN'; attempt++) {
      outcome = await this.db.transaction(async (tx) => {
        const [{ id }] = await tx.query(`SELECT gen_random_uuid() AS id`);
        const statusIndex = randomInt(STATUS_LIST_SIZE);
        const payload = openBadgeCredential(this.config.publicUrl, this.config.BEACON_ISSUER_NAME, {
          credentialId: id,
          issuedAt: now,
          validUntil,
          statusIndex,
          learner: { name: facts.learner_name, email: facts.learner_email },
          programme: { id: facts.programme_id, code: d.code, title: d.title, version: facts.version },
          credential: d.credential,
          partner: { name: facts.partner_name },
          cohort: { name: facts.cohort_name },
          evidence: ledger.facts,
        });
        const jwt = await signCredential(payload, kid, key);
        // the credential and, only if it is new, the enrolment completed: one statement
        const inserted: { id: string }[] = await tx.query(
          `WITH inserted AS (
             INSERT INTO credential (id, enrolment_id, user_id, cohort_id, partner_id, status_index, kid, jwt, payload, evidence, issued_at, valid_until)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT DO NOTHING RETURNING id
           ), completed AS (
             UPDATE enrolment SET status = 'COMPLETED', completed_at = COALESCE(completed_at, $11)
              WHERE id = $2 AND ${standingEnrolment('enrolment')} AND EXISTS (SELECT 1 FROM inserted)
           )
           SELECT id FROM inserted`,
          [
            id,
            enrolmentId,
            facts.user_id,
            facts.cohort_id,
            facts.partner_id,
            statusIndex,
            kid,
            jwt,
            payload,
            JSON.stringify(ledger.facts),
            now,
            validUntil,
          ],
        );
        if (inserted.length === 0) {
          // either the enrolment got its credential meanwhile, or the index was drawn before
          const [held] = await tx.query(`SELECT 1 FROM credential WHERE enrolment_id = $1`, [enrolmentId]);
          return held ? { outcome: 'ALREADY_HELD' as const } : { outcome: 'INDEX_TAKEN' as const };
        }
        const messageIds = await this.notifications.writeOnce(tx, [
          {
            kind: 'credential-issued',
            to: facts.learner_email,
            locale: toLocale(facts.learner_locale),
            subject: translate(facts.learner_locale, 'email.credentialIssued.subject', { credential: d.credential.name }),
            body: translate(facts.learner_locale, 'email.credentialIssued.body', {
              name: facts.learner_name,
              credential: d.credential.name,
              cohort: facts.cohort_name,
              url: this.urls.credential(id),
            }),
            dedupeKey: `credential-issued/${enrolmentId}`,
          },
        ]);
        return { outcome: 'ISSUED' as const, credentialId: id as string, messageIds };
      });
    }
    if (outcome.outcome === 'INDEX_TAKEN') throw new Error('No free status list index found; the status list is nearly full');
    if (outcome.outcome === 'ALREADY_HELD') {
      const again = await this.db.getRepository(CredentialEntity).findOneOrFail({ where: { enrolmentId }, select: { id: true } });
      return { outcome: 'ALREADY_HELD', credentialId: again.id };
    }
    await this.notifications.dispatch(outcome.messageIds);
    this.log.log(`issued credential ${outcome.credentialId} for enrolment ${enrolmentId}`);
    return { outcome: 'ISSUED', credentialId: outcome.credentialId };
  }

  async revoke(viewer: Viewer, id: string, reason: string): Promise<CredentialView> {
    const c = await this.db.getRepository(CredentialEntity).findOne({ where: { id } });
    if (!c || !(viewer.isAdmin || viewer.partnerIdsAs([Role.PARTNER_ADMIN]).includes(c.partnerId))) throw notFound('Credential');
    if (c.revokedAt) throw conflict(msg.alreadyRevoked);
    const res = await this.db
      .getRepository(CredentialEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedById: viewer.userId, revocationReason: reason.trim() });
    if (!res.affected) throw conflict(msg.alreadyRevoked);
    return (await this.views([id]))[0];
  }

  /** The public facts of credentials, as the verification page shows them. */
  async views(ids: string[], now = new Date(), viewerUserId?: string): Promise<CredentialView[]> {
    if (ids.length === 0) return [];
    const rows: (CredentialRow & {
      user_id: string;
      partner_name: string;
      cohort_name: string;
      programme_title: string;
      programme_id: string;
    })[] = await this.db.query(
      `SELECT cr.id, cr.user_id, cr.payload, cr.evidence, cr.jwt, cr.issued_at, cr.valid_until, cr.revoked_at, cr.revocation_reason,
              p.name AS partner_name, c.name AS cohort_name, v.definition ->> 'title' AS programme_title, v.programme_id
         FROM credential cr JOIN cohort c ON c.id = cr.cohort_id JOIN partner p ON p.id = cr.partner_id
         JOIN programme_version v ON v.id = c.programme_version_id
        WHERE cr.id = ANY($1)`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids
      .map((id) => byId.get(id))
      .filter((c): c is NonNullable<typeof c> => !!c)
      .map((c) => {
        const p = c.payload as unknown as BadgePayload;
        const learnerName = p.credentialSubject.identifier.find((i) => i.identityType === 'name')?.identityHash ?? '';
        const url = this.urls.credential(c.id);
        const validUntil = c.valid_until ? new Date(c.valid_until) : null;
        const issuedAt = new Date(c.issued_at);
        const revokedAt = c.revoked_at ? new Date(c.revoked_at) : null;
        const status = credentialStatus({ revokedAt, validUntil }, now);
        return {
          id: c.id,
          name: p.name,
          learnerName,
          description: p.credentialSubject.achievement.description,
          criteria: p.credentialSubject.achievement.criteria.narrative,
          programmeCode: p.credentialSubject.achievement.humanCode,
          programmeTitle: c.programme_title,
          cohortName: c.cohort_name,
          partnerName: c.partner_name,
          issuerName: p.issuer.name,
          issuedAt,
          validUntil,
          status,
          revokedAt,
          revocationReason: c.revocation_reason,
          evidence: c.evidence as CredentialView['evidence'],
          jwt: c.jwt,
          verificationUrl: url,
          jsonUrl: `${url}.json`,
          jwtUrl: `${url}.jwt`,
          viewerIsHolder: !!viewerUserId && c.user_id === viewerUserId,
          badgeImageUrl: (p.credentialSubject.achievement as { image?: { id?: string } }).image?.id ?? this.urls.badge(c.programme_id),
          pdfUrl: `${url}.pdf`,
          jwksUrl: this.urls.jwks,
          linkedInUrl: linkedInAddUrl({ name: p.name, issuerName: p.issuer.name, issuedAt, validUntil, url, id: c.id }),
        };
      });
  }

  /**
   * The credential secured with an embedded `eddsa-rdfc-2022` Data Integrity proof, or null for
   * an unknown id. The claims are those of the VC-JWT (its payload without the JWT's own
   * registered claims); signed the first time it is asked for, then stored and served as stored
   * (credentials issued before Data Integrity get theirs the same way). Credentials issued when
   * the issuer's id was its profile URL name the did:web issuer in this form, the key's controller.
   */
  async dataIntegrity(id: string): Promise<Record<string, unknown> | null> {
    const [row]: { jwt: string; data_integrity: Record<string, unknown> | null }[] = await this.db.query(
      `SELECT jwt, data_integrity FROM credential WHERE id = $1`,
      [id],
    );
    if (!row) return null;
    if (row.data_integrity) return row.data_integrity;
    const [controller, key] = await Promise.all([this.keys.controllerDocument(), this.keys.active()]);
    const signed = await signDataIntegrity(credentialOfJwt(row.jwt, controller.id), key, controller);
    // two first requests at once: the first stored wins, and both answers verify
    const [stored]: [{ data_integrity: Record<string, unknown> }[], number] = await this.db.query(
      `UPDATE credential SET data_integrity = $2 WHERE id = $1 AND data_integrity IS NULL RETURNING data_integrity`,
      [id, JSON.stringify(signed)],
    );
    if (stored.length) return signed;
    const [again] = await this.db.query(`SELECT data_integrity FROM credential WHERE id = $1`, [id]);
    return again.data_integrity;
  }

  async idsForUser(userId: string): Promise<string[]> {
    const rows = await this.db
      .getRepository(CredentialEntity)
      .find({ where: { userId }, select: { id: true }, order: { issuedAt: 'DESC' } });
    return rows.map((r) => r.id);
  }

  /** The signed Bitstring Status List credential (revocation), as a VC-JWT. */
  async statusListJwt(now = new Date()): Promise<string> {
    const revoked: { status_index: number }[] = await this.db.query(`SELECT status_index FROM credential WHERE revoked_at IS NOT NULL`);
    const { kid, key } = await this.keys.active();
    const url = this.urls.statusList;
    const payload = {
      '@context': [VC_CONTEXT],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: this.urls.issuer,
      validFrom: now.toISOString(),
      credentialSubject: {
        id: `${url}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodeStatusList(revoked.map((r) => r.status_index)),
      },
    };
    return signCredential(payload, kid, key);
  }

  /** The holder's language, for the certificate's own words; null for an unknown credential. */
  async holderLocale(id: string): Promise<Locale | null> {
    const [row]: { locale: string }[] = await this.db.query(
      `SELECT u.locale FROM credential c JOIN "user" u ON u.id = c.user_id WHERE c.id = $1`,
      [id],
    );
    return row ? toLocale(row.locale) : null;
  }

  async enrolmentFacts(enrolmentIds: string[]): Promise<EnrolmentFacts[]> {
    const rows: (Omit<EnrolmentFacts, 'definition'> & { programme_version_id: string })[] = await this.db.query(
      `SELECT e.id AS enrolment_id, e.status AS enrolment_status, u.id AS user_id, u.name AS learner_name, u.email AS learner_email, u.locale AS learner_locale,
              c.id AS cohort_id, c.name AS cohort_name, p.id AS partner_id, p.name AS partner_name,
              v.id AS programme_version_id, v.programme_id, v.version,
              (SELECT cr.id FROM credential cr WHERE cr.enrolment_id = e.id) AS credential_id
         FROM enrolment e
         JOIN "user" u ON u.id = e.user_id
         JOIN cohort c ON c.id = e.cohort_id
         JOIN partner p ON p.id = c.partner_id
         JOIN programme_version v ON v.id = c.programme_version_id
        WHERE e.id = ANY($1)`,
      [enrolmentIds],
    );
    const versions = await this.programmes.versionsById(rows.map((r) => r.programme_version_id));
    return rows.map(({ programme_version_id, ...r }) => ({ ...r, definition: versions.get(programme_version_id)!.definition }));
  }
}
