import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CacheIndex, cachedTags, purgeCachedPages } from "@/lib/cluster/nginx-purger";

// The purger's view of nginx's cache: files laid out as nginx writes them (binary header, KEY line,
// the upstream's response headers, body), written to a temporary name and renamed into place.

const dir = mkdtempSync(path.join(tmpdir(), "newsroom-purger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function cache(url: string, surrogateKey: string | null): string {
  const name = (n++).toString(16).padStart(32, "0");
  const sub = path.join(dir, name.slice(-1));
  mkdirSync(sub, { recursive: true });
  const headers = [
    "HTTP/1.1 200 OK",
    "Content-Type: text/html; charset=utf-8",
    ...(surrogateKey === null ? [] : [`Surrogate-Key: ${surrogateKey}`]),
    "Cache-Control: public, max-age=0, s-maxage=1",
  ].join("\r\n");
  const file = path.join(sub, name);
  writeFileSync(
    `${file}.0000000001`,
    Buffer.concat([
      Buffer.alloc(336, 1),
      Buffer.from(`\nKEY: ${url}\n${headers}\r\n\r\n<p>page</p>`),
    ]),
  );
  renameSync(`${file}.0000000001`, file);
  return file;
}

describe("nginx purger", () => {
  it("reads the Surrogate-Key nginx stored with the response", async () => {
    expect(await cachedTags(cache("/news/a", "stories story:a tag:t"))).toEqual([
      "stories",
      "story:a",
      "tag:t",
    ]);
    expect(await cachedTags(cache("/_next/static/x.js", null))).toBeNull();
  });

  it("deletes exactly the cached pages that carry a changed tag, including ones cached after it started", async () => {
    const article = cache("/news/b", "story:b tag:harbour");
    const front = cache("/", "stories story:b story:c");
    const other = cache("/news/c", "story:c");
    const asset = cache("/_next/static/y.css", null);
    const index = new CacheIndex(dir);
    await index.start();
    try {
      const later = cache("/tags/harbour", "tag:harbour"); // seen through the folder watch
      await expect.poll(() => index.matching(new Set(["tag:harbour"])).length).toBe(2);
      const result = await purgeCachedPages(index, new Set(["story:b", "tag:harbour"]));
      expect(result.removed).toBe(3);
      expect([article, front, later].map(existsSync)).toEqual([false, false, false]);
      expect([other, asset].map(existsSync)).toEqual([true, true]);

      // "*" (after Redis was away): every page, never the build assets.
      await purgeCachedPages(index, new Set(["*"]));
      expect([other, asset].map(existsSync)).toEqual([false, true]);
    } finally {
      index.stop();
    }
  });
});
