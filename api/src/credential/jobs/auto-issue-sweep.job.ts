/** A repeatable job that issues credentials of programmes set to automatic issuance. */
export const AutoIssueSweepJob = {
  name: 'auto-issue-sweep',
  schedulerId: 'auto-issue-sweep',
  everyMs: 10 * 60_000,
} as const;
