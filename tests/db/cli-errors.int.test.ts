import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// tsx's CLI under this Node, not through npx, whose own warnings would muddy the output under `npm test`.
const TSX = "node_modules/tsx/dist/cli.mjs";

// Bad configuration gets one clear line and a non-zero exit, never a stack trace.
function runMigrate(databaseUrl: string) {
  const result = spawnSync(process.execPath, [TSX, "scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe("npm run db:migrate with a bad DATABASE_URL", () => {
  it("a malformed URL", () => {
    const r = runMigrate("not-a-url");
    expect(r.status).not.toBe(0);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/database URL/i);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("a database that is down", () => {
    const r = runMigrate("postgresql://postgres@127.0.0.1:1/newsroom");
    expect(r.status).not.toBe(0);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
