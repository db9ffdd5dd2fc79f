import "server-only";

const global = globalThis as unknown as { newsroomBackgroundJobs?: Map<string, NodeJS.Timeout> };

/**
 * A job run every `everyMs` in this server process, the first time after `firstAfterMs`. Started
 * once per process: a second call under the same name (a hot reload) does nothing and returns
 * false. A run never overlaps the one before it; a failed run is logged with `failed` and the next
 * one runs as usual. The timers do not keep the process alive.
 */
export function repeatInBackground(
  name: string,
  job: () => Promise<void>,
  timing: { everyMs: number; firstAfterMs: number; failed: string },
): boolean {
  const jobs = (global.newsroomBackgroundJobs ??= new Map());
  if (jobs.has(name)) return false;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await job();
    } catch (error) {
      console.error(timing.failed, error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, timing.everyMs);
  timer.unref();
  jobs.set(name, timer);
  setTimeout(tick, timing.firstAfterMs).unref();
  return true;
}
