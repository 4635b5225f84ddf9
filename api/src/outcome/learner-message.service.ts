import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { badInput, notFound } from '../common/errors.js';
import { CohortAccessService } from '../cohort/cohort-access.service.js';
import { NotificationService } from '../notification/notification.service.js';
import { toLocale, translator } from '../i18n/i18n.js';
import type { LearnerMessageResultModel } from './dto/outcome.model.js';
import { standingEnrolment } from '../cohort/cohort.queries.js';
import { outcomeErrors } from './outcome.errors.js';

export const MAX_RECIPIENTS = 500;

/**
 * "Message learners who…": a coach of the cohort or a partner admin writes to learners picked
 * from a list (e.g. the at-risk one). One email each through the outbox, and the message is
 * logged with its recipients, in one transaction.
 */
@Injectable()
export class LearnerMessageService {
  private readonly log = new Logger('LearnerMessages');

  constructor(
    private readonly db: DataSource,
    private readonly access: CohortAccessService,
    private readonly notifications: NotificationService,
  ) {}

  async send(viewer: Viewer, cohortId: string, enrolmentIds: string[], subject: string, body: string): Promise<LearnerMessageResultModel> {
    const cohort = await this.access.requireStaff(viewer, cohortId);
    const ids = [...new Set(enrolmentIds)];
    if (ids.length === 0) throw badInput(outcomeErrors.noRecipient, { field: 'enrolmentIds' });
    if (ids.length > MAX_RECIPIENTS)
      throw badInput(outcomeErrors.tooManyRecipients.with({ max: MAX_RECIPIENTS }), { field: 'enrolmentIds' });
    if (!subject.trim() || subject.length > 200) throw badInput(outcomeErrors.subjectLength, { field: 'subject' });
    if (!body.trim() || body.length > 10_000) throw badInput(outcomeErrors.bodyLength, { field: 'body' });
    const [sender]: { name: string }[] = await this.db.query(`SELECT name FROM "user" WHERE id = $1`, [viewer.userId]);
    const { id, messageIds } = await this.db.transaction(async (tx) => {
      const learners: { id: string; email: string; name: string; locale: string }[] = await tx.query(
        `SELECT e.id, u.email, u.name, u.locale FROM enrolment e JOIN "user" u ON u.id = e.user_id
          WHERE e.cohort_id = $1 AND e.id = ANY($2::uuid[]) AND ${standingEnrolment('e')}`,
        [cohort.id, ids],
      );
      // an id of another cohort (or partner) is not this cohort's learner: nothing is sent
      if (learners.length !== ids.length) throw notFound('Enrolment');
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO learner_message (cohort_id, sender_id, subject, body, enrolment_ids) VALUES ($1, $2, $3, $4, $5::uuid[]) RETURNING id`,
        [cohort.id, viewer.userId, subject.trim(), body.trim(), ids],
      );
      const messageIds: (string | null)[] = [];
      for (const l of learners) {
        // the words are the sender's; only Beacon's greeting is in each learner's language
        const locale = toLocale(l.locale);
        const t = translator(locale);
        messageIds.push(
          await this.notifications.write(tx, {
            kind: 'cohort-message',
            to: l.email,
            locale,
            subject: `${subject.trim()} — ${cohort.name}`,
            body: `${t('email.common.greeting', { name: l.name })}\n\n${body.trim()}\n\n${sender?.name ?? t('email.common.yourCoach')}\n${cohort.name}`,
          }),
        );
      }
      return { id, messageIds };
    });
    await this.notifications.dispatch(messageIds.filter((m): m is string => typeof m === 'string'));
    this.log.log(`learner message ${id} from ${viewer.userId} to ${ids.length} learners of cohort ${cohort.id}`);
    return { id, recipients: ids.length };
  }
}
