import { describe, expect, it } from "vitest";
import { runScript } from "../helpers/run-script";

// Bad configuration gets one clear line and a non-zero exit, never a stack trace.
function runMigrate(databaseUrl: string) {
  const result = runScript("migrate.ts", [], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
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
