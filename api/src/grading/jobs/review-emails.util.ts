import type { Verdict } from '@beacon/domain';
import type { Email } from '../../notification/notification.service.js';
import { translate, type Locale } from '../../i18n/i18n.js';

export interface ReleasedReview {
  learnerName: string;
  learnerEmail: string;
  /** the learner's language */
  locale: Locale;
  coachName: string | null;
  cohortName: string;
  week: number;
  version: number;
  /** the assignment's title; null: none, "Week n assignment" in the learner's language */
  assignmentTitle: string | null;
  verdict: Verdict;
  total: number;
  maxPoints: number;
  passMark: number;
  appUrl: string;
}

/** The "review released" message; the feedback itself is read in Beacon, next to the work. */
export function reviewReleasedEmail(r: ReleasedReview): Email {
  return {
    kind: 'review-released',
    to: r.learnerEmail,
    locale: r.locale,
    subject: translate(r.locale, 'email.reviewReleased.subject', { week: r.week, verdict: r.verdict }),
    body: translate(r.locale, 'email.reviewReleased.body', {
      name: r.learnerName,
      hasCoach: r.coachName ? 'yes' : 'no',
      coach: r.coachName ?? '',
      assignment: r.assignmentTitle ?? translate(r.locale, 'email.reviewReleased.defaultAssignmentTitle', { week: r.week }),
      revised: r.version > 1 ? 'yes' : 'no',
      version: r.version,
      cohort: r.cohortName,
      verdict: r.verdict,
      total: r.total,
      maxPoints: r.maxPoints,
      passMark: r.passMark,
      url: r.appUrl,
    }),
  };
}
