import { Controller, Get, Inject, Options, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/decorators/auth.decorators.js';
import { CredentialService } from './credential.service.js';
import { IssuerKeyService } from './issuer-key.service.js';
import { certificatePdf } from './certificate.util.js';
import { envelope } from './open-badge.util.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a verifier's own web page fetches to check a credential: the credential, the issuer and
 * its keys, the status list. Any origin may read them, GET only and never with credentials (none
 * is needed, and `*` keeps browsers from sending cookies); nothing else of Beacon answers
 * cross-origin requests.
 */
const VERIFIER_PATHS = ['credentials/status/1', 'credentials/:id.json', 'credentials/:id.jwt', '.well-known/jwks.json', 'issuer'];
const ANY_ORIGIN = { 'access-control-allow-origin': '*' };
const ANY_ORIGIN_PREFLIGHT = { ...ANY_ORIGIN, 'access-control-allow-methods': 'GET', 'access-control-allow-headers': '*', 'access-control-max-age': '86400' };

/** The public, unauthenticated contracts of credentials: what employers and verifiers fetch. */
@Controller()
export class CredentialController {
  constructor(
    private readonly credentials: CredentialService,
    private readonly keys: IssuerKeyService,
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
    await reply.headers(ANY_ORIGIN).header('content-type', 'application/vc+jwt').header('cache-control', 'public, max-age=60').send(await this.credentials.statusListJwt());
  }

  @Public()
  @Get('credentials/:id.json')
  async json(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    reply.headers(ANY_ORIGIN);
    const view = UUID.test(id) ? (await this.credentials.views([id]))[0] : undefined;
    if (!view) return void (await reply.status(404).type('application/json').send({ error: 'NOT_FOUND', message: 'Credential not found' }));
    await reply.type('application/vc+ld+json').send(envelope(view.jwt));
  }

  @Public()
  @Get('credentials/:id.jwt')
  async jwt(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    reply.headers(ANY_ORIGIN);
    const view = UUID.test(id) ? (await this.credentials.views([id]))[0] : undefined;
    if (!view) return void (await reply.status(404).type('text/plain').send('Credential not found'));
    await reply.type('application/vc+jwt').send(view.jwt);
  }

  @Public()
  @Get('credentials/:id.pdf')
  async pdf(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const view = UUID.test(id) ? (await this.credentials.views([id]))[0] : undefined;
    if (!view) return void (await reply.status(404).type('text/plain').send('Credential not found'));
    const pdf = await certificatePdf({
      learnerName: view.learnerName,
      credentialName: view.name,
      programmeTitle: view.programmeTitle,
      partnerName: view.partnerName,
      issuerName: view.issuerName,
      issuedAt: view.issuedAt,
      validUntil: view.validUntil,
      credentialId: view.id,
      verificationUrl: view.verificationUrl,
      revoked: view.status === 'REVOKED',
    });
    const file = `${view.name.replace(/[^A-Za-z0-9]+/g, '-')}-${view.learnerName.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`;
    await reply.type('application/pdf').header('content-disposition', `inline; filename="${file}"`).send(pdf);
  }

  @Public()
  @Get('.well-known/jwks.json')
  async jwks(@Res() reply: FastifyReply): Promise<void> {
    await reply.headers(ANY_ORIGIN).type('application/jwk-set+json').header('cache-control', 'public, max-age=300').send(await this.keys.jwks());
  }

  @Public()
  @Get('issuer')
  async issuer(@Res() reply: FastifyReply): Promise<void> {
    const base = this.config.publicUrl;
    await reply.headers(ANY_ORIGIN).type('application/json').send({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: `${base}/issuer`,
      type: ['Profile'],
      name: this.config.BEACON_ISSUER_NAME,
      url: base,
      publicKeys: `${base}/.well-known/jwks.json`,
    });
  }
}
