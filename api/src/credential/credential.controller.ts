import { Controller, Get, Headers, Inject, Options, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators/auth.decorators.js';
import { CredentialService } from './credential.service.js';
import { IssuerKeyService } from './issuer-key.service.js';
import { certificatePdf } from './certificate.util.js';
import { credentialPageHtml } from './credential-page.util.js';
import { BadgeService } from './badge.service.js';
import { CredentialActivityService } from './credential-activity.service.js';
import { CredentialStatus } from '@beacon/domain';
import { CredentialActivityKind } from './dto/credential-activity.model.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { badInput, notFound } from '../common/errors.js';
import { credentialErrors } from './credential.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a verifier's own web page fetches to check a credential: the credential, the issuer and
 * its keys, the status list. Any origin may read them, GET only and never with credentials (none
 * is needed, and `*` keeps browsers from sending cookies); nothing else of Beacon answers
 * cross-origin requests.
 */
const VERIFIER_PATHS = [
  'credentials/status/1',
  'credentials/:id.json',
  'credentials/:id.jsonld',
  'credentials/:id.jwt',
  '.well-known/jwks.json',
  '.well-known/did.json',
  'did.json',
  'issuer',
  'achievements/:programmeId/badge.png',
];
const ANY_ORIGIN = { 'access-control-allow-origin': '*' };
const ANY_ORIGIN_PREFLIGHT = {
  ...ANY_ORIGIN,
  'access-control-allow-methods': 'GET',
  'access-control-allow-headers': '*',
  'access-control-max-age': '86400',
};
const JSON_LD = /application\/(vc\+)?ld\+json/;

/** The public, unauthenticated contracts of credentials: what employers and verifiers fetch. */
@Controller()
export class CredentialController {
  constructor(
    private readonly credentials: CredentialService,
    private readonly keys: IssuerKeyService,
    private readonly badges: BadgeService,
    private readonly activity: CredentialActivityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Options(VERIFIER_PATHS)
  async preflight(@Res() reply: FastifyReply): Promise<void> {
    await reply.status(204).headers(ANY_ORIGIN_PREFLIGHT).send();
  }

  @Public()
  @Get('credentials/status/1')
  async statusList(@Res() reply: FastifyReply): Promise<void> {
    await reply
      .headers(ANY_ORIGIN)
      .header('content-type', 'application/vc+jwt')
      .header('cache-control', 'public, max-age=60')
      .send(await this.credentials.statusListJwt());
  }

  /** The credential with its embedded Data Integrity proof (eddsa-rdfc-2022), as JSON-LD. */
  @Public()
  @Get(['credentials/:id.json', 'credentials/:id.jsonld'])
  async json(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    reply.headers(ANY_ORIGIN);
    await this.sendDataIntegrity(id, reply);
  }

  /** The credential as a VC-JWT (VC-JOSE-COSE), for JOSE verifiers. */
  @Public()
  @Get('credentials/:id.jwt')
  async jwt(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    reply.headers(ANY_ORIGIN);
    const view = UUID.test(id) ? (await this.credentials.views([id]))[0] : undefined;
    if (!view) throw notFound('Credential');
    await this.countVerification(id, reply);
    await reply.type('application/vc+jwt').send(view.jwt);
  }

  /**
   * The public page. Asked for as JSON-LD (`Accept: application/ld+json` or
   * `application/vc+ld+json`), the Data Integrity credential; otherwise the web app's page with
   * the credential's Open Graph / Twitter card tags in the HTML, for link previews.
   */
  @Public()
  @Get('credentials/:id')
  async page(@Param('id') id: string, @Headers('accept') accept: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    reply.header('vary', 'Accept');
    if (accept && JSON_LD.test(accept)) {
      reply.headers(ANY_ORIGIN);
      return this.sendDataIntegrity(id, reply);
    }
    const view = UUID.test(id) ? (await this.credentials.views([id]))[0] : undefined;
    await reply
      .status(view ? 200 : 404)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(credentialPageHtml(view ?? null, this.config.WEB_DIST_DIR));
  }

  /** The programme's badge: the achievement's `image`, and the picture of link previews. */
  @Public()
  @Get('achievements/:programmeId/badge.png')
  async badge(@Param('programmeId') programmeId: string, @Res() reply: FastifyReply): Promise<void> {
    reply.headers(ANY_ORIGIN);
    const png = UUID.test(programmeId) ? await this.badges.png(programmeId) : null;
    if (!png) throw notFound('Programme');
    await reply.type('image/png').header('cache-control', 'public, max-age=3600').send(png);
  }

  /** The issuer's DID document (did:web): its keys as Multikeys under assertionMethod. */
  @Public()
  @Get(['.well-known/did.json', 'did.json'])
  async did(@Res() reply: FastifyReply): Promise<void> {
    await reply
      .headers(ANY_ORIGIN)
      .type('application/did+ld+json')
      .header('cache-control', 'public, max-age=60')
      .send(await this.keys.controllerDocument());
  }

  private async sendDataIntegrity(id: string, reply: FastifyReply): Promise<void> {
    const credential = UUID.test(id) ? await this.credentials.dataIntegrity(id) : null;
    if (!credential) throw notFound('Credential');
    await this.countVerification(id, reply);
    await reply.type('application/vc+ld+json').send(credential);
  }

  /** A verifier fetched the signed credential: counted (never who), and never at the cost of the answer. */
  private async countVerification(id: string, reply: FastifyReply): Promise<void> {
    await this.activity.record(id, CredentialActivityKind.VERIFICATION, reply.request.ip).catch(() => undefined);
  }

  /** The certificate: A4 landscape, or US Letter with `?size=letter`. */
  @Public()
  @Get('credentials/:id.pdf')
  async pdf(@Param('id') id: string, @Query('size') size: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const view = UUID.test(id) ? (await this.credentials.views([id]))[0] : undefined;
    if (!view) throw notFound('Credential');
    if (size !== undefined && !/^(a4|letter)$/i.test(size)) throw badInput(credentialErrors.certificateSize);
    const pdf = await certificatePdf(
      {
        locale: (await this.credentials.holderLocale(view.id)) ?? undefined,
        learnerName: view.learnerName,
        credentialName: view.name,
        programmeTitle: view.programmeTitle,
        programmeCode: view.programmeCode,
        cohortName: view.cohortName,
        partnerName: view.partnerName,
        issuerName: view.issuerName,
        issuedAt: view.issuedAt,
        validUntil: view.validUntil,
        credentialId: view.id,
        verificationUrl: view.verificationUrl,
        criteria: view.criteria,
        evidence: view.evidence,
        revoked: view.status === CredentialStatus.REVOKED,
      },
      size?.toLowerCase() === 'letter' ? 'LETTER' : 'A4',
    );
    const file = `${view.name.replace(/[^A-Za-z0-9]+/g, '-')}-${view.learnerName.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`;
    await reply.type('application/pdf').header('content-disposition', `inline; filename="${file}"`).send(pdf);
  }

  @Public()
  @Get('.well-known/jwks.json')
  async jwks(@Res() reply: FastifyReply): Promise<void> {
    await reply
      .headers(ANY_ORIGIN)
      .type('application/jwk-set+json')
      .header('cache-control', 'public, max-age=300')
      .send(await this.keys.jwks());
  }

  @Public()
  @Get('issuer')
  async issuer(@Res() reply: FastifyReply): Promise<void> {
    const base = this.config.publicUrl;
    await reply
      .headers(ANY_ORIGIN)
      .type('application/json')
      .send({
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        id: this.keys.did,
        type: ['Profile'],
        name: this.config.BEACON_ISSUER_NAME,
        url: base,
        // where verifiers find the keys: the DID document (Data Integrity) and the JWKS (VC-JWT)
        otherIdentifier: [{ type: 'IdentifierEntry', identifier: `${base}/issuer`, identifierType: 'identifier' }],
        publicKeys: `${base}/.well-known/jwks.json`,
        didDocument: `${base}/.well-known/did.json`,
      });
  }
}
