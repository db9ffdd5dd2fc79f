import { spawnSync } from "node:child_process";
import autocannon from "autocannon";

// One load measurement: wrk when installed (lighter on a 2-core machine), else autocannon.

export interface LoadResult {
  tool: "wrk" | "autocannon";
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx/3xx responses and connection errors. */
  errors: number;
  /** Requests that took longer than the tool's timeout (wrk: 2 s). */
  timeouts: number;
}

const hasWrk = spawnSync("wrk", ["--version"], { stdio: "ignore" }).error === undefined;

function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "s" ? n * 1000 : n;
}

export async function loadTest(
  url: string,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  if (hasWrk) {
    const run = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--latency", url], {
      encoding: "utf8",
      timeout: (seconds + 30) * 1000,
    });
    const out = run.stdout ?? "";
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
    const p50 = /\s50%\s+(\S+)/.exec(out)?.[1] ?? "";
    const p99 = /\s99%\s+(\S+)/.exec(out)?.[1] ?? "";
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    const errors = non2xx + (socket ? socket.slice(1, 4).reduce((s, v) => s + Number(v), 0) : 0);
    return {
      tool: "wrk",
      rps,
      p50Ms: toMs(p50),
      p99Ms: toMs(p99),
      errors,
      timeouts: Number(socket?.[4] ?? 0),
    };
  }
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    tool: "autocannon",
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
  };
}
