import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectSharedInvalidation,
  type ConnectedSharedInvalidation,
} from "@/lib/cluster/shared-invalidation";
import {
  cachedPage,
  flushPages,
  isCached,
  setSharedInvalidation,
  type RenderedPage,
} from "@/lib/reader/page-cache";
import { hasRedisServer, startRedisServer, type RedisServer } from "./redis-server";

// Invalidation shared through a real Redis (a private redis-server, so that it can be stopped):
// this process's page cache plays instance B; a second connection plays instance A, which changes
// things. Two real `next start` instances are exercised by e2e/cluster.spec.ts.

if (!hasRedisServer)
  console.warn("[cluster] SKIPPED shared-invalidation tests: no redis-server binary on PATH");

const page =
  (body: string, tags: string[]): (() => Promise<RenderedPage>) =>
  async () => ({ status: 200, contentType: "text/html", body, tags });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function within<T>(ms: number, probe: () => Promise<T>, ok: (v: T) => boolean) {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms (last: ${String(value)})`);
    await sleep(10);
  }
}

describe.skipIf(!hasRedisServer)("shared invalidation through Redis", () => {
  let redis: RedisServer;
  let a: ConnectedSharedInvalidation;
  let b: ConnectedSharedInvalidation;
  const logs: string[] = [];
  const prefix = `t${Date.now().toString(36)}:`;

  beforeAll(async () => {
    redis = await startRedisServer();
    a = connectSharedInvalidation({ url: redis.url, prefix, log: () => {} });
    b = connectSharedInvalidation({
      url: redis.url,
      prefix,
      onReconnect: flushPages,
      log: (line) => logs.push(line),
    });
    await Promise.all([a.ready(), b.ready()]);
    setSharedInvalidation(b);
  });

  afterAll(async () => {
    setSharedInvalidation(null);
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  it("a change recorded by another instance refreshes exactly the pages that show it", async () => {
    let version = 1;
    const article = () => page(`article v${version}`, ["story:x", "tag:t"])();
    const other = page("other", ["story:y"]);
    expect((await cachedPage("news:x", article)).body).toBe("article v1");
    await cachedPage("news:y", other);
    version = 2;
    expect((await cachedPage("news:x", article)).body).toBe("article v1"); // from memory

    a.publish(["story:x"]); // instance A: after its transaction committed
    const ms = await within(
      1_000,
      async () => (await cachedPage("news:x", article)).body,
      (body) => body === "article v2",
    );
    expect(ms).toBeLessThan(1_000);
    const y = await cachedPage("news:y", other);
    expect(y.hits).toBeGreaterThan(0); // not rebuilt: nothing it shows changed
  });

  it("a page built while a change was being recorded is not kept as current", async () => {
    let release: () => void = () => {};
    const slow = () =>
      new Promise<RenderedPage>((resolve) => {
        release = () =>
          resolve({ status: 200, contentType: "text/html", body: "before", tags: ["story:z"] });
      });
    const pending = cachedPage("news:z", slow);
    await sleep(20); // the build has read the sequence and is "reading the database"
    a.publish(["story:z"]);
    await sleep(50);
    release();
    expect((await pending).body).toBe("before");
    expect((await cachedPage("news:z", page("after", ["story:z"]))).body).toBe("after");
  });

  it("without Redis: no errors, pages kept only briefly; back: cache dropped, missed changes replayed", async () => {
    let version = 1;
    const build = () => page(`front v${version}`, ["stories"])();
    expect((await cachedPage("front", build)).body).toBe("front v1");

    await redis.stop();
    await within(
      3_000,
      async () => logs.join("\n"),
      (text) => /unreachable/.test(text),
    );
    version = 2;
    a.publish(["stories"]); // cannot be recorded now: A keeps it for later
    // Readers still get pages (no throw); a page is trusted for at most the fallback TTL (1 s).
    expect((await cachedPage("front", build)).body).toMatch(/^front v[12]$/);
    await sleep(1_100);
    expect((await cachedPage("front", build)).body).toBe("front v2");
    version = 3;
    expect((await cachedPage("front", build)).body).toBe("front v2"); // briefly from memory

    await redis.start(); // empty: the old Redis' counters are gone
    await within(
      5_000,
      async () => logs.join("\n"),
      (text) => /is back: dropped/.test(text),
    );
    await a.ready();
    expect(isCached("front")).toBe(false);
    expect((await cachedPage("front", build)).body).toBe("front v3");
    // A's change from the outage reached the new Redis (so an instance that never noticed the
    // outage would hear of it too), and pages follow changes through Redis again.
    await within(
      1_000,
      () => a.client.get(`${prefix}inv:tag:stories`),
      (stamp) => stamp !== null,
    );
    version = 4;
    a.publish(["stories"]);
    await within(
      1_000,
      async () => (await cachedPage("front", build)).body,
      (body) => body === "front v4",
    );
  });
});
