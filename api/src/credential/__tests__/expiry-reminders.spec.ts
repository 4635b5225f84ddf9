import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { ExpiryReminderService } from '../jobs/expiry-reminder.service.js';

const DAY = 86_400_000;

/**
 * Holders of a credential that expires hear of it twice — 60 and 14 days before — with what
 * renewing it asks for, in their language, whatever the job's retries and duplicate deliveries.
 */
describe('credential expiry reminders: one email per credential 60 and 14 days before it expires', () => {
  let t: TestApp;
  let jobs: ExpiryReminderService;
  const now = new Date(Math.floor(Date.now() / DAY) * DAY + 8 * 3_600_000);
  // the demo's credentials, by role in the story
  const ids: Record<'soon' | 'late' | 'revoked' | 'quiet' | 'french', string> = {} as never;

  const outbox = async (credentialId: string): Promise<{ to_email: string; subject: string; body: string; dedupe_key: string }[]> =>
    t.beacon.db.query(
      `SELECT to_email, subject, body, dedupe_key FROM outbox_message WHERE kind = 'credential-expiry' AND dedupe_key LIKE $1 ORDER BY dedupe_key`,
      [`credential-expiry:${credentialId}:%`],
    );

  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.beacon.app.get(ExpiryReminderService);
    const db = t.beacon.db;
    const rows: { id: string; user_id: string }[] = await db.query(`SELECT id, user_id FROM credential ORDER BY issued_at, id`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const keys = ['soon', 'late', 'revoked', 'quiet', 'french'] as const;
    keys.forEach((k, i) => (ids[k] = rows[i].id));
    // every other credential expires far away (the demo's are valid 36 months)
    const at = (days: number) => new Date(now.getTime() + days * DAY);
    await db.query(`UPDATE credential SET valid_until = $2 WHERE id = $1`, [ids.soon, at(59.5)]);
    await db.query(`UPDATE credential SET valid_until = $2 WHERE id = $1`, [ids.late, at(13.5)]);
    await db.query(
      `UPDATE credential SET valid_until = $2, revoked_at = $3, revocation_reason = 'Issued in error', revoked_by_id = (SELECT id FROM "user" WHERE email = 'admin@beacon.test') WHERE id = $1`,
      [ids.revoked, at(10), now],
    );
    await db.query(`UPDATE credential SET valid_until = $2 WHERE id = $1`, [ids.quiet, at(30)]);
    await db.query(`UPDATE credential SET valid_until = $2 WHERE id = $1`, [ids.french, at(55)]);
    await db.query(`UPDATE "user" SET notification_opt_outs = '{credentialExpiry}' WHERE id = $1`, [rows[3].user_id]);
    await db.query(`UPDATE "user" SET locale = 'fr' WHERE id = $1`, [rows[4].user_id]);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('sends the 60-day reminder once, however often and however concurrently the job runs', async () => {
    const runs = await Promise.all([jobs.run(now), jobs.run(now)]);
    expect(runs[0].claimed + runs[1].claimed).toBe(4); // soon (60), late (14), quiet (60, no email), french (60)
    expect(runs[0].emails + runs[1].emails).toBe(3);
    expect(await jobs.run(now)).toEqual({ claimed: 0, emails: 0 });
    const [soon] = await outbox(ids.soon);
    expect((await outbox(ids.soon)).map((m) => m.dedupe_key)).toEqual([`credential-expiry:${ids.soon}:60`]);
    expect(soon.subject).toBe('Your Certified Outside-In Master credential expires in 60 days');
    expect(soon.body).toContain('To renew it, meet the programme’s criteria again:');
    expect(soon.body).toContain('- Every assignment passed\n- At least 75% of live sessions attended\n- 2 coaching sessions held');
    expect(soon.body).toContain(`/credentials/${ids.soon}`);
  });

  it('sends a late credential only the 14-day reminder, never both at once', async () => {
    expect((await outbox(ids.late)).map((m) => m.dedupe_key)).toEqual([`credential-expiry:${ids.late}:14`]);
    expect((await outbox(ids.late))[0].subject).toBe('Your Certified Outside-In Master credential expires in 14 days');
  });

  it('leaves revoked credentials alone, and respects the holder’s notification settings', async () => {
    expect(await outbox(ids.revoked)).toEqual([]);
    expect(await outbox(ids.quiet)).toEqual([]);
    const [claim] = await t.beacon.db.query(`SELECT emailed FROM credential_expiry_reminder WHERE credential_id = $1`, [ids.quiet]);
    expect(claim).toEqual({ emailed: false });
  });

  it('writes in the holder’s language', async () => {
    const [m] = await outbox(ids.french);
    expect(m.subject).toBe('Votre certification Certified Outside-In Master expire dans 55 jours');
    expect(m.body).toContain('Pour la renouveler, remplissez à nouveau les critères du programme :');
  });

  it('sends the 14-day reminder when its day comes, then nothing more', async () => {
    const later = new Date(now.getTime() + 46 * DAY);
    const run = await jobs.run(later);
    expect(run.emails).toBe(2); // soon and french reach 14 days (the quiet one is claimed, silently)
    expect((await outbox(ids.soon)).map((m) => m.dedupe_key)).toEqual([
      `credential-expiry:${ids.soon}:14`,
      `credential-expiry:${ids.soon}:60`,
    ]);
    expect(await jobs.run(new Date(later.getTime() + DAY))).toEqual({ claimed: 0, emails: 0 });
    // the database itself refuses a second reminder of a threshold
    await expect(
      t.beacon.db.query(`INSERT INTO credential_expiry_reminder (credential_id, days_before, emailed) VALUES ($1, 14, true)`, [ids.soon]),
    ).rejects.toThrow(/duplicate key/);
  });
});
