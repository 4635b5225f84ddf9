import type { Verdict } from '@beacon/domain';
import type { Email } from '../../notification/notification.service.js';

export interface ReleasedReview {
  learnerName: string;
  learnerEmail: string;
  coachName: string | null;
  cohortName: string;
  week: number;
  version: number;
  assignmentTitle: string;
  verdict: Verdict;
  total: number;
  maxPoints: number;
  passMark: number;
  appUrl: string;
}

const verdictLine: Record<Verdict, string> = {
  PASS: 'Passed',
  REVISE: 'Please revise and resubmit',
  FAIL: 'Not passed',
};

/** The "review released" message; the feedback itself is read in Beacon, next to the work. */
export function reviewReleasedEmail(r: ReleasedReview): Email {
  const next =
    r.verdict === 'REVISE'
      ? 'Read the feedback in Beacon, then submit a new version of your work.'
      : r.verdict === 'PASS'
        ? 'Well done. Your coach’s feedback is waiting for you in Beacon.'
        : 'Your coach’s feedback is waiting for you in Beacon; talk to them about how to continue.';
  return {
    kind: 'review-released',
    to: r.learnerEmail,
    subject: `Your week ${r.week} assignment has been reviewed: ${verdictLine[r.verdict].toLowerCase()}`,
    body: [
      `Hello ${r.learnerName},`,
      '',
      `${r.coachName ?? 'Your coach'} has reviewed "${r.assignmentTitle}"${r.version > 1 ? ` (version ${r.version})` : ''} in ${r.cohortName}.`,
      '',
      `Verdict: ${verdictLine[r.verdict]}`,
      `Score: ${r.total} of ${r.maxPoints} (pass mark ${r.passMark})`,
      '',
      next,
      r.appUrl,
    ].join('\n'),
  };
}
