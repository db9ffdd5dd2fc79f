// Next's startup hook: on the Node.js server, start the scheduler that publishes scheduled stories
// when their time comes (and catches up on any that fell due while the server was down).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEWSROOM_SCHEDULER === "off") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("@/lib/stories/scheduler");
  // invalidateTags drops the reader's in-process page cache even outside a request; Next's own
  // revalidateTag needs a request scope and is skipped there.
  const { invalidateTags } = await import("@/lib/cache/invalidate");
  startScheduler((tags) => invalidateTags(tags));
}
