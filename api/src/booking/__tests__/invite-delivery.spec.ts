import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { NotificationService } from '../../notification/notification.service.js';
import { BOOK, CANCEL, coachWithHours, learnerIn, parseInvite, runningCohort, slotsOf } from './booking-fixtures.js';
import { waitFor } from '../../test/wait.js';

describe('with SMTP configured, booking emails go out with the invite as a text/calendar part', () => {
  let t: TestApp;
  const sent: { to: string; raw: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { SMTP_URL: 'smtp://127.0.0.1:2525' } });
    // nodemailer's own stream transport stands in for the SMTP server: it builds the real MIME message
    const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const transport = {
      sendMail: async (mail: SendMailOptions) => {
        const info = await stream.sendMail(mail);
        sent.push({ to: String(mail.to), raw: (info.message as Buffer).toString('utf8') });
        return info;
      },
    };
    Object.assign(t.beacon.app.get(NotificationService, { strict: false }), { transport });
  }, 60_000);
  afterAll(() => t?.close());

  /** what went out to `email` once its messages of `kind` are all SENT */
  const mailsTo = (email: string, kind: string) =>
    waitFor(async () => {
      const rows: { status: string }[] = await t.beacon.db.query(`SELECT status FROM outbox_message WHERE to_email = $1 AND kind = $2`, [
        email,
        kind,
      ]);
      return rows.length && rows.every((m) => m.status === 'SENT') ? sent.filter((s) => s.to === email) : undefined;
    });

  it('sends METHOD:REQUEST on booking and METHOD:CANCEL on cancellation, both parseable', async () => {
    const cohortId = (await runningCohort(t, 'COIM Durban SMTP')).id;
    const coach = await coachWithHours(t, cohortId, 'smtp.coach@example.org');
    const learner = await learnerIn(t, cohortId, 'smtp.learner@example.org');
    const [at] = await slotsOf(t, learner, coach.id, 3, 4);
    const booked = await t.gql(BOOK, { e: learner.enrolmentId, c: coach.id, at }, { token: learner.token });
    expect(booked.errors).toBeUndefined();
    const id = booked.data!.bookCoaching.id;

    const request = (await mailsTo(learner.email, 'booking-confirmed')).find((m) => /method=REQUEST/i.test(m.raw))!;
    expect(request.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(request.raw).toMatch(/Content-Type: multipart\/alternative/i);
    const ics = /BEGIN:VCALENDAR[\s\S]*END:VCALENDAR/.exec(decodeCalendarPart(request.raw))![0];
    expect(parseInvite(ics)).toMatchObject({ method: 'REQUEST', uid: `booking-${id}@beacon`, sequence: 0 });

    expect((await t.gql(CANCEL, { id }, { token: learner.token })).errors).toBeUndefined();
    const cancel = (await mailsTo(coach.email, 'booking-cancelled')).find((m) => /method=CANCEL/i.test(m.raw))!;
    expect(parseInvite(/BEGIN:VCALENDAR[\s\S]*END:VCALENDAR/.exec(decodeCalendarPart(cancel.raw))![0])).toMatchObject({
      method: 'CANCEL',
      uid: `booking-${id}@beacon`,
      sequence: 1,
    });
  });
});

/** The text/calendar part of a MIME message, decoded from its transfer encoding. */
function decodeCalendarPart(raw: string): string {
  const part = raw.split(/\n--/).find((p) => /Content-Type: text\/calendar/i.test(p))!;
  const [headers, ...body] = part.split('\n\n');
  const content = body.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
    return content.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return content;
}
