import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const alias = {
  "@": root,
  // `server-only` throws outside React's server environment; tests import domain modules directly.
  "server-only": path.join(root, "tests/setup/server-only.ts"),
};

export default defineConfig({
  test: {
    reporters: process.env.VITEST_JSON
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]]
      : ["default"],
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["tests/unit/**/*.test.ts", "tests/media/**/*.test.ts", "lib/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          // Runs after the unit tests, with its own worker count.
          sequence: { groupOrder: 1 },
          include: ["tests/**/*.int.test.ts", "lib/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/integration-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file has its own PostgreSQL schema; two workers keep the two cores busy. The embedded
          // database has one session that its clients take in turns: a second file would only wait.
          maxWorkers: process.env.TEST_DATABASE_URL ? 2 : 1,
        },
      },
    ],
  },
});
