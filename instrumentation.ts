// Next's startup hook: on the Node.js server, start the scheduler that publishes scheduled stories
// when their time comes (and catches up on any that fell due while the server was down).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEWSROOM_SCHEDULER === "off") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("@/lib/stories/scheduler");
  const { invalidateTags } = await import("@/lib/cache/invalidate");
  let warned = false;
  startScheduler((tags) => {
    try {
      invalidateTags(tags);
    } catch (error) {
      // revalidateTag needs a request scope, which a background timer does not have: reader pages
      // that cache by tag pick the change up at their next revalidation instead.
      if (!warned) console.warn("scheduler: cache tags could not be invalidated outside a request", (error as Error).message);
      warned = true;
    }
  });
}
