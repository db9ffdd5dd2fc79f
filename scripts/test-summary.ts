// Adds up Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// A missing report counts as a failure: a suite that did not run did not pass.
//   tsx scripts/test-summary.ts --vitest a.json [--vitest b.json ...] --playwright p.json --failed-steps N
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const { values } = parseArgs({
  options: {
    vitest: { type: "string", multiple: true, default: [] },
    playwright: { type: "string", multiple: true, default: [] },
    "failed-steps": { type: "string", default: "0" },
  },
});
let passed = 0;
let failed = 0;
let skipped = 0;

/** A suite's JSON report, or null (and one failure) when the suite left none. */
function readReport<T>(suite: string, file: string): T | null {
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as T;
  console.error(`${suite} report ${file} missing: counting the suite as failed`);
  failed += 1;
  return null;
}

for (const file of values.vitest) {
  const v = readReport<VitestReport>("vitest", file);
  if (!v) continue;
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}

for (const file of values.playwright) {
  const p = readReport<PlaywrightReport>("playwright", file);
  if (!p) continue;
  // On CI a browser test gets one retry; one that passed only then is counted as passed and named
  // as flaky here (and marked in Playwright's list above), so that it is seen and fixed, not hidden.
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  if (p.stats.flaky)
    console.log(`flaky: ${p.stats.flaky} browser test(s) passed only on their retry`);
  skipped += p.stats.skipped;
}

// A failed step with no failed test in it (the type-check, the build) still fails the run.
const failedSteps = Number(values["failed-steps"]);
if (failed === 0 && failedSteps > 0) failed = failedSteps;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
