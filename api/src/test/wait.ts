/**
 * Waits until `fn` answers something other than undefined (a job ran, an email arrived), asking
 * every 100 ms and giving up after `ms`: tests wait on a condition with a bound, never on a
 * fixed sleep.
 */
export async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** When BullMQ will run a delayed job. */
export const runsAt = (job: { timestamp: number; delay: number }): number => job.timestamp + job.delay;
