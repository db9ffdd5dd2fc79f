// Many requests at once, as a busy newsroom sends them: shared by tests/db/concurrent-staff.int.test.ts
// and bench/embedded-db.ts. No vitest here: the bench runs under tsx.

/**
 * Runs the jobs in order, `inFlight` of them at a time, until all have run. A job that throws is
 * handed to `failed` and the rest carry on.
 */
export async function runJobs(
  jobs: readonly (() => Promise<void>)[],
  inFlight: number,
  failed: (error: unknown) => void,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as () => Promise<void>;
        await job().catch(failed);
      }
    }),
  );
}
