import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { NotificationService } from '../../notification/notification.service.js';
import { waitUntil } from '../../hostile/__tests__/fault-processes.js';
import { smtpSink } from './smtp-sink.js';

/**
 * An email's SMTP attempt is on record before the message is handed over: a worker that dies
 * mid-send leaves a QUEUED message with its attempt recorded (sent again: at-least-once).
 */
describe('SMTP delivery records the attempt first', () => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  beforeAll(async () => {
    sink = await smtpSink();
    t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, BEACON_ROLE: 'api' } });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('shows the attempt while SMTP holds the message, then SENT with one attempt', async () => {
    const notifications = t.beacon.app.get(NotificationService);
    const id = await t.beacon.db.transaction((tx) =>
      notifications.write(tx, { kind: 'test', to: 'someone@example.org', locale: 'en', subject: 'Hello', body: 'Body' }),
    );
    sink.hold();
    const delivering = notifications.deliver(id!);
    const row = async () =>
      (await t.beacon.db.query(`SELECT status, attempts, last_attempt_at FROM outbox_message WHERE id = $1`, [id!]))[0];
    // SMTP has the whole message but has not said it took it: the attempt is already on record
    await waitUntil('the message to reach SMTP', async () => sink.messages.length === 1, 15_000);
    expect(await row()).toMatchObject({ status: 'QUEUED', attempts: 1, last_attempt_at: expect.any(Date) });
    sink.release();
    expect(await delivering).toBe('SENT');
    expect(await row()).toMatchObject({ status: 'SENT', attempts: 1 });
  });
});
