import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedPage, invalidatePages, isCached } from "@/lib/reader/page-cache";

// The reader's page cache: one build per key, tag invalidation that drops exactly the pages that
// show a record, stale-while-revalidate after the TTL, and no caching of a page built across a change.

let n = 0;
const page = (body: string, tags: string[]) => async () => ({
  status: 200,
  contentType: "text/html",
  body,
  tags,
});
const key = () => `test-${n++}`;

afterEach(() => vi.useRealTimers());

describe("page cache", () => {
  it("builds a page once for concurrent requests and serves it from memory after", async () => {
    const k = key();
    const build = vi.fn(page("one", ["story:a"]));
    const [a, b] = await Promise.all([cachedPage(k, build), cachedPage(k, build)]);
    expect(a.body).toBe("one");
    expect(b.body).toBe("one");
    await cachedPage(k, build);
    expect(build).toHaveBeenCalledTimes(1);
    expect(new TextDecoder().decode((await cachedPage(k, build)).bytes)).toBe("one");
  });

  it("drops exactly the pages that carry an invalidated tag", async () => {
    const [article, other] = [key(), key()];
    await cachedPage(article, page("article", ["story:x", "tag:t1", "story:related"]));
    await cachedPage(other, page("other", ["story:y", "tag:t2"]));
    expect(invalidatePages(["story:related"])).toBe(1);
    expect(isCached(article)).toBe(false);
    expect(isCached(other)).toBe(true);
    expect((await cachedPage(article, page("article v2", ["story:x"]))).body).toBe("article v2");
  });

  it("does not keep a page whose build overlapped an invalidation", async () => {
    const k = key();
    let release: () => void = () => {};
    const slow = () =>
      new Promise<{ status: number; contentType: string; body: string; tags: string[] }>(
        (resolve) => {
          release = () =>
            resolve({ status: 200, contentType: "text/html", body: "old data", tags: ["story:z"] });
        },
      );
    const pending = cachedPage(k, slow);
    invalidatePages(["story:z"]);
    release();
    expect((await pending).body).toBe("old data");
    expect(isCached(k)).toBe(false);
  });

  it("serves a page past its TTL while one rebuild runs, then the rebuilt one", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const k = key();
    await cachedPage(k, page("first", ["story:s"]));
    vi.setSystemTime(Date.now() + 10 * 60_000);
    const rebuild = vi.fn(page("second", ["story:s"]));
    expect((await cachedPage(k, rebuild)).body).toBe("first");
    await vi.waitFor(() => expect(rebuild).toHaveBeenCalledTimes(1));
    await new Promise((r) => setImmediate(r));
    expect((await cachedPage(k, rebuild)).body).toBe("second");
    expect(rebuild).toHaveBeenCalledTimes(1);
  });
});
