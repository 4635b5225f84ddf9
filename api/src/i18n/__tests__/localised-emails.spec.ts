import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeUser, partnerIdBySlug } from '../../test/factories.js';
import { MINE, RELEASE, SAVE, SUBMIT, enrolmentOf, runningCohortId, scores, waitFor } from '../../grading/__tests__/grading-fixtures.js';

const INVITE = `mutation($i: InviteInput!) { invite(input: $i) { id } }`;

interface Kept {
  subject: string;
  body: string;
  html: string;
  locale: string;
}

/** Each person reads Beacon's emails in their own language: their account's, or for someone without one, the partner's. */
describe('emails in the recipient’s language', () => {
  let t: TestApp;
  let partnerAdmin: string, coach: string, africaId: string, cohortId: string;

  /** The message of `kind` to `to` (the one of `dedupeKey`, if given), once written. */
  const outboxFor = (to: string, kind: string, dedupeKey?: string) =>
    waitFor(async () => {
      const rows: Kept[] = await t.beacon.db.query(
        `SELECT subject, body, html, locale FROM outbox_message WHERE to_email = $1 AND kind = $2 AND ($3::text IS NULL OR dedupe_key = $3)`,
        [to, kind, dedupeKey ?? null],
      );
      return rows[0];
    });
  const setLocale = (email: string, locale: string) => t.beacon.db.query(`UPDATE "user" SET locale = $2 WHERE email = $1`, [email, locale]);

  beforeAll(async () => {
    t = await startTestApp();
    [partnerAdmin, coach] = await Promise.all([t.login('partner@beacon.test'), t.login('coach@beacon.test')]);
    africaId = await partnerIdBySlug(t.beacon.db, 'africa');
    cohortId = await runningCohortId(t.beacon.db);
    await t.beacon.db.query(`UPDATE partner SET locale = 'fr' WHERE id = $1`, [africaId]);
  }, 60_000);
  afterAll(() => t?.close(), 30_000);

  it('invites someone without an account in the partner’s language (French)', async () => {
    const r = await t.gql(
      INVITE,
      { i: { partnerId: africaId, email: 'amelie.coach@example.org', name: 'Amélie Diallo', role: 'COACH' } },
      { token: partnerAdmin },
    );
    expect(r.errors).toBeUndefined();
    const m = await outboxFor('amelie.coach@example.org', 'invitation');
    expect(m.locale).toBe('fr');
    expect(m.subject).toMatch(/^Invitation à rejoindre .+ sur Beacon$/);
    expect(m.body).toMatch(
      /^Bonjour Amélie Diallo,\n\nVous avez reçu une invitation à rejoindre .+ sur Beacon en tant que coach\.\nOuvrez ce lien pour choisir votre mot de passe et commencer \(il ne fonctionne qu’une fois, pendant \d+ jours\) :\n\nhttps?:\/\/\S+\/invite\/\S+$/,
    );
    expect(m.html).toContain('<html lang="fr" dir="ltr">');
  });

  it('invites someone with an account in their own language (Spanish), whatever the partner’s', async () => {
    const user = await makeUser(t.beacon.db, { email: 'lucia.learner@example.org', name: 'Lucía Gómez' });
    await setLocale(user.email, 'es');
    await t.gql(INVITE, { i: { partnerId: africaId, email: user.email, name: 'Lucía Gómez', role: 'LEARNER' } }, { token: partnerAdmin });
    const m = await outboxFor(user.email, 'invitation');
    expect(m.locale).toBe('es');
    expect(m.subject).toMatch(/^Te invitaron a unirte a .+ en Beacon$/);
    expect(m.body).toMatch(/^Hola, Lucía Gómez:\n\nTe invitaron a unirte a .+ en Beacon como participante\.\n/);
    expect(m.body).toContain('(funciona una sola vez, durante');
  });

  /** A learner of the running cohort submits the first week they can; the coach releases `verdict`. */
  async function releasedReview(email: string, verdict: 'REVISE' | 'PASS'): Promise<{ week: number; message: Kept }> {
    const learner = await t.login(email);
    const enrolmentId = await enrolmentOf(t.beacon.db, email, cohortId);
    const weeks = (await t.gql(MINE, { e: enrolmentId }, { token: learner })).data!.myAssignments as { week: number; canSubmit: boolean }[];
    const week = weeks.find((w) => w.canSubmit)!.week;
    const submissionId = (await t.gql(SUBMIT, { i: { enrolmentId, week, text: `Week ${week}, my work` } }, { token: learner })).data!
      .submitAssignment.id;
    const points = verdict === 'PASS' ? scores(4, 4, 2) : scores(2, 2, 1);
    const saved = await t.gql(
      SAVE,
      { i: { submissionId, scores: points, verdict, feedback: 'Bien.', expectedVersion: 0 } },
      { token: coach },
    );
    expect(saved.errors).toBeUndefined();
    const reviewId = saved.data!.saveReview.id;
    await t.gql(RELEASE, { id: reviewId, v: saved.data!.saveReview.version }, { token: coach });
    return { week, message: await outboxFor(email, 'review-released', `review-released/${reviewId}`) };
  }

  it('tells a French learner that their work was reviewed, in French', async () => {
    await setLocale('naledi.sithole@example.org', 'fr');
    const { week, message } = await releasedReview('naledi.sithole@example.org', 'REVISE');
    expect(message.locale).toBe('fr');
    expect(message.subject).toBe(`Votre devoir de la semaine ${week} a été évalué : à réviser et à soumettre de nouveau`);
    expect(message.body).toMatch(
      /^Bonjour Naledi Sithole,\n\n.+ a évalué « .+ »( \(version \d+\))? dans .+\.\n\nRésultat : À réviser et à soumettre de nouveau\nNote : 5 sur 10 \(seuil de réussite : \d+\)\n\nLisez les commentaires dans Beacon, puis soumettez une nouvelle version de votre travail\.\nhttps?:\/\/\S+$/,
    );
  });

  it('tells a Spanish learner that their work passed, in Spanish', async () => {
    const [other]: { email: string }[] = await t.beacon.db.query(
      `SELECT u.email FROM enrolment e JOIN "user" u ON u.id = e.user_id
        WHERE e.cohort_id = $1 AND e.status = 'ACTIVE' AND u.password_hash IS NOT NULL AND u.email NOT IN ('naledi.sithole@example.org', 'learner@beacon.test')
        ORDER BY u.email LIMIT 1`,
      [cohortId],
    );
    await setLocale(other.email, 'es');
    const { week, message } = await releasedReview(other.email, 'PASS');
    expect(message.locale).toBe('es');
    expect(message.subject).toBe(`Se revisó tu tarea de la semana ${week}: aprobada`);
    expect(message.body).toMatch(
      /^Hola, .+:\n\n.+ revisó «.+»( \(versión \d+\))? en .+\.\n\nResultado: Aprobada\nPuntuación: 10 de 10 \(mínimo para aprobar: \d+\)\n\n¡Bien hecho! Los comentarios de tu coach te esperan en Beacon\.\nhttps?:\/\/\S+$/,
    );
  });

  it('writes an Arabic email right to left', async () => {
    await setLocale('graduate@beacon.test', 'ar');
    const r = await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: 'graduate@beacon.test' }, { ip: '10.0.0.9' });
    expect(r.errors).toBeUndefined();
    const m = await outboxFor('graduate@beacon.test', 'password-reset');
    expect(m.locale).toBe('ar');
    expect(m.subject).toBe('إعادة تعيين كلمة مرور Beacon');
    expect(m.body).toMatch(/^مرحبًا .+،\n\nطلب أحدهم/);
    expect(m.html).toContain('<html lang="ar" dir="rtl">');
    expect(m.html).toContain('<body dir="rtl"');
    // the link stays a left-to-right island inside the Arabic text
    expect(m.html).toMatch(/<a href="https?:\/\/[^"]+\/reset-password\/[^"]+" dir="ltr">/);
  });

  it('keeps English as it always was', async () => {
    const r = await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: 'learner@beacon.test' }, { ip: '10.0.0.10' });
    expect(r.errors).toBeUndefined();
    const m = await outboxFor('learner@beacon.test', 'password-reset');
    expect(m.locale).toBe('en');
    expect(m.subject).toBe('Reset your Beacon password');
    expect(m.body).toMatch(
      /^Hello .+,\n\nSomeone \(we hope you\) asked to reset the password of your Beacon account\.\nOpen this link to choose a new one \(it works once, for \d+ minutes\):\n\nhttps?:\/\/\S+\n\nIf you did not ask for it, ignore this email: your password stays as it is\.$/,
    );
    expect(m.html).toContain('<html lang="en-GB" dir="ltr">');
  });
});
