import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

// End-to-end tests drive Debian's Chromium against the production build, started by the same
// launcher as `npm run demo` on the embedded database with the demo content.
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

const chromium = { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // No retries: a test passes on its first run or fails. (The editor's keyboard tests that used to
  // lose their caret now and then were an editor defect, fixed in components/editor/typed-input.ts.)
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON
    ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [["list"]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: chromium },
    { name: "e2e", testIgnore: /auth\.setup\.ts/, dependencies: ["setup"], use: chromium },
  ],
  webServer: {
    command: "npx tsx scripts/run.ts demo",
    url: `${baseURL}/login`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      SKIP_BUILD: "1",
      NEWSROOM_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e",
      AUTH_SECRET: "e2e-tests-only-secret-not-for-production",
      // The app under test runs on the embedded database, as a newcomer's would.
      DATABASE_URL: "",
    },
  },
});
