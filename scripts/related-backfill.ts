// `npx tsx --conditions=react-server scripts/related-backfill.ts`: rank and store the related list of every published story
// that has none (an archive imported or generated into the database, e.g. by corpus:generate), as
// publishing would have. The server does the same in the background (lib/related/backfill.ts);
// this runs it to the end in the foreground. DATABASE_URL, or the embedded database.
import { fail, log, resolveDatabase } from "./lib/runtime";

async function main() {
  await resolveDatabase();
  const { backfillRelatedLists } = await import("@/lib/related/backfill");
  const started = Date.now();
  let last = 0;
  const result = await backfillRelatedLists({
    log: (line) => {
      if (Date.now() - last > 10_000) {
        last = Date.now();
        log(`${line} (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    },
  });
  log(
    result.busy
      ? `another process holds the backfill; ${result.ranked} lists ranked here`
      : `done: ${result.ranked.toLocaleString("en")} lists ranked in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exit(0);
}

main().catch(fail);
