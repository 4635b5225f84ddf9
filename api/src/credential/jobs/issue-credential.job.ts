import type { JobDefinition } from '../../jobs/job-definition.js';
import { QueueName } from '../../jobs/queue-name.enum.js';

export interface IssueCredentialData {
  enrolmentId: string;
  /** set when part of a cohort-wide run, whose progress it reports */
  runId?: string;
}

/** Issues one enrolment's credential; safe to deliver twice (one credential per enrolment in the database). */
export const IssueCredentialJob: JobDefinition<IssueCredentialData> = {
  queue: QueueName.Credentials,
  name: 'issue-credential',
  options: ({ enrolmentId, runId }) => ({
    jobId: runId ? `issue-credential-${runId}-${enrolmentId}` : `issue-credential-${enrolmentId}`,
    attempts: 6,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: 5000,
    removeOnFail: 5000,
  }),
};
