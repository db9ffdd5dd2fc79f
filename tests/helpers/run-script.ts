// Runs one of the project's scripts the way `npm run` does, against this test file's own schema.
import { spawnSync } from "node:child_process";

// tsx's CLI under this Node, not through npx, whose own warnings would muddy the output under `npm test`.
const TSX = "node_modules/tsx/dist/cli.mjs";

/** `scripts/<script>` with its arguments, under this process's environment unless `env` is given. */
export function runScript(
  script: string,
  args: readonly string[] = [],
  options: { env?: NodeJS.ProcessEnv; timeout?: number } = {},
) {
  const r = spawnSync(process.execPath, [TSX, `scripts/${script}`, ...args], {
    env: options.env ?? process.env,
    encoding: "utf8",
    timeout: options.timeout ?? 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out: r.stdout + r.stderr };
}
