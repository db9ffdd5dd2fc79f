// Adds up Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// A missing report counts as a failure: a suite that did not run did not pass.
import { existsSync, readFileSync } from "node:fs";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const [vitestFile, playwrightFile, failedStepsArg] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, "utf8")) as VitestReport;
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else {
  console.error("vitest report missing: counting the suite as failed");
  failed += 1;
}

if (playwrightFile && existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, "utf8")) as PlaywrightReport;
  passed += p.stats.expected;
  failed += p.stats.unexpected + p.stats.flaky;
  skipped += p.stats.skipped;
} else {
  console.error("playwright report missing: counting the suite as failed");
  failed += 1;
}

// A failed step with no failed test in it (the type-check, the build) still fails the run.
const failedSteps = Number(failedStepsArg ?? 0);
if (failed === 0 && failedSteps > 0) failed = failedSteps;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
