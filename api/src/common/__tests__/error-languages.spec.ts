import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startTestApp, type GqlResult, type TestApp } from '../../test/harness.js';
import { acceptedLocale } from '../../i18n/error-messages.js';

const CREDENTIAL = `query($id: ID!) { credential(id: $id) { id } }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { token } }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const PROFILE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { locale } }`;

/** A name the database refuses (a CHECK constraint this spec adds), so the refusal comes from PostgreSQL itself. */
const REFUSED_NAME = 'Refused By The Database';
/** A browser the database refuses to keep a session for (idem), for a constraint an anonymous request runs into. */
const REFUSED_AGENT = 'refused-agent/1.0';

const errorOf = (r: GqlResult) => {
  expect(r.errors).toHaveLength(1);
  return r.errors![0] as { message: string; extensions: { code: string; messageId?: string; details?: unknown } };
};

describe('error messages in the language of the request', () => {
  let t: TestApp;
  let french: string, english: string, arabic: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.beacon.db.query(`ALTER TABLE "user" ADD CONSTRAINT test_refused_name CHECK (name <> '${REFUSED_NAME}')`);
    await t.beacon.db.query(`ALTER TABLE session ADD CONSTRAINT test_refused_agent CHECK (user_agent IS DISTINCT FROM '${REFUSED_AGENT}')`);
    [french, english, arabic] = await Promise.all(
      ['learner@beacon.test', 'partner@beacon.test', 'coach@beacon.test'].map((e) => t.login(e)),
    );
    // the account's own language, chosen as a user does; the next request already speaks it
    expect((await t.gql(PROFILE, { i: { locale: 'fr' } }, { token: french })).data).toEqual({ updateProfile: { locale: 'fr' } });
    expect((await t.gql(PROFILE, { i: { locale: 'ar' } }, { token: arabic })).data).toEqual({ updateProfile: { locale: 'ar' } });
    expect((await t.gql(PROFILE, { i: { locale: 'en' } }, { token: english })).data).toEqual({ updateProfile: { locale: 'en' } });
  }, 120_000);
  afterAll(() => t?.close(), 60_000);

  describe('a French account (whatever its browser asks for)', () => {
    const as = { headers: { 'accept-language': 'es-ES,es;q=0.9' } };

    it('NOT_FOUND', async () => {
      const e = errorOf(await t.gql(CREDENTIAL, { id: randomUUID() }, { token: french, ...as }));
      expect(e.message).toBe('Certificat introuvable');
      expect(e.extensions).toEqual({ code: 'NOT_FOUND', messageId: 'errors.notFound.credential' });
    });

    it('BAD_USER_INPUT with a value in it, its details unchanged', async () => {
      const e = errorOf(await t.gql(RESET, { t: 'x'.repeat(43), p: 'short' }, { token: french, ...as }));
      expect(e.message).toBe('Choisissez un mot de passe d’au moins 10 caractères');
      expect(e.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        details: { field: 'newPassword' },
        messageId: 'errors.auth.passwordTooShort',
      });
    });

    it('a constraint of the database', async () => {
      const e = errorOf(await t.gql(PROFILE, { i: { name: REFUSED_NAME } }, { token: french, ...as }));
      expect(e.message).toBe('Cette valeur n’est pas autorisée');
      expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', messageId: 'errors.database.checkViolation' });
    });

    it('on the HTTP routes too (a file download)', async () => {
      const res = await t.beacon
        .http!.getHttpAdapter()
        .getInstance()
        .inject({ method: 'GET', url: `/api/submissions/files/${randomUUID()}`, headers: { authorization: `Bearer ${french}` } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: 'Fichier introuvable' });
    });
  });

  describe('an anonymous request with Accept-Language: es', () => {
    const as = { headers: { 'accept-language': 'es' } };

    it('NOT_FOUND', async () => {
      const e = errorOf(await t.gql(CREDENTIAL, { id: randomUUID() }, as));
      expect(e.message).toBe('No se encontró la credencial');
      expect(e.extensions.code).toBe('NOT_FOUND');
    });

    it('BAD_USER_INPUT with a value in it', async () => {
      const e = errorOf(await t.gql(RESET, { t: 'x'.repeat(43), p: 'short' }, as));
      expect(e.message).toBe('Elige una contraseña de al menos 10 caracteres');
      expect(e.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        details: { field: 'newPassword' },
        messageId: 'errors.auth.passwordTooShort',
      });
    });

    it('a constraint of the database', async () => {
      const e = errorOf(
        await t.gql(LOGIN, { e: 'ama.owusu@example.org', p: 'beacon-demo' }, { headers: { ...as.headers, 'user-agent': REFUSED_AGENT } }),
      );
      expect(e.message).toBe('Este valor no está permitido');
      expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', messageId: 'errors.database.checkViolation' });
    });
  });

  it('an English account reads what it always read', async () => {
    const as = { token: english, headers: { 'accept-language': 'fr' } };
    expect(errorOf(await t.gql(CREDENTIAL, { id: randomUUID() }, as)).message).toBe('Credential was not found');
    expect(errorOf(await t.gql(RESET, { t: 'x'.repeat(43), p: 'short' }, as)).message).toBe('Choose a password of at least 10 characters');
    expect(errorOf(await t.gql(PROFILE, { i: { name: REFUSED_NAME } }, as)).message).toBe('This value is not allowed');
  });

  it('a request without a language, or in one Beacon does not speak, gets English', async () => {
    expect(errorOf(await t.gql(CREDENTIAL, { id: randomUUID() })).message).toBe('Credential was not found');
    expect(errorOf(await t.gql(CREDENTIAL, { id: randomUUID() }, { headers: { 'accept-language': 'de-DE,de;q=0.9' } })).message).toBe(
      'Credential was not found',
    );
  });

  it('Arabic', async () => {
    expect(errorOf(await t.gql(CREDENTIAL, { id: randomUUID() }, { token: arabic })).message).toBe('لم يُعثر على الشهادة');
    expect(errorOf(await t.gql(RESET, { t: 'x'.repeat(43), p: 'short' }, { token: arabic })).message).toBe(
      'اختر كلمة مرور من 10 أحرف على الأقل',
    );
    expect(errorOf(await t.gql(PROFILE, { i: { name: REFUSED_NAME } }, { token: arabic })).message).toBe('هذه القيمة غير مسموح بها');
    expect(errorOf(await t.gql(CREDENTIAL, { id: randomUUID() }, { headers: { 'accept-language': 'ar-EG' } })).message).toBe(
      'لم يُعثر على الشهادة',
    );
  });

  it('reads Accept-Language by preference, then order', () => {
    expect(acceptedLocale('de-DE,de;q=0.9,pt-BR;q=0.8,fr;q=0.7')).toBe('pt');
    expect(acceptedLocale('fr;q=0.5, es;q=0.8')).toBe('es');
    expect(acceptedLocale('es;q=0, fr')).toBe('fr');
    expect(acceptedLocale(['ar', 'en'])).toBe('ar');
    expect(acceptedLocale('*')).toBeUndefined();
    expect(acceptedLocale(undefined)).toBeUndefined();
  });
});
