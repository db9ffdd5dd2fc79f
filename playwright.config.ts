import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive Debian's Chromium against the production build, started by the same
// launcher as `npm run demo` on the embedded database with the demo content.
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // One retry on CI for the editor's timing-sensitive keyboard tests (see scripts/test-summary.ts).
  retries: process.env.CI ? 1 : 0,
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
