import type { Redis } from "ioredis";
import type { Freshness, SharedInvalidation } from "@/lib/reader/page-cache";
import { connectRedis, redisLabel } from "@/lib/redis/client";

// Invalidation shared by every app instance through Redis, as one counter per cache tag.
//
// Each invalidation takes the next number of one global sequence and stamps it on every tag it
// names (one Lua script, so the two cannot be seen apart). A page remembers the sequence as it was
// just before the page read the database; it is current while none of its tags carries a later
// stamp. An instance checks that on every request it answers from memory, so a change committed on
// any instance is seen by all of them as soon as its script has run (a millisecond or two after the
// commit), with no message to miss. The script also publishes the tags on a channel, for whatever
// keeps copies outside the app (the nginx purger, lib/cluster/nginx-purger.ts).
//
// While Redis is unreachable, checks answer "unknown" and the page cache keeps pages for a short
// TTL only; invalidations that could not be recorded are replayed when Redis is back, and every
// instance then drops what it cached meanwhile.

const INVALIDATE = `
local seq = redis.call('INCR', KEYS[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], seq, 'EX', tonumber(ARGV[2])) end
redis.call('PUBLISH', ARGV[1], seq .. ' ' .. ARGV[3])
return seq`;

/** A tag every page depends on: invalidating it drops everything (used when a replay overflows). */
export const ALL_PAGES_TAG = "*";
/** A tag's stamp lives this long; the page cache never trusts a page older than that. */
export const TAG_STAMP_TTL_S = 86_400;
/** More pending tags than this while Redis is away are replayed as one "drop everything". */
const MAX_PENDING = 5_000;
/** After a failed command, skip Redis for this long rather than make each reader wait again. */
const BACKOFF_MS = 1_000;

export interface SharedInvalidationOptions {
  url: string;
  prefix: string;
  /** Called after Redis comes (back): the page cache drops what it kept meanwhile. */
  onReconnect?: () => number;
  log?: (line: string) => void;
}

export interface ConnectedSharedInvalidation extends SharedInvalidation {
  readonly client: Redis;
  /** Resolves once the first connection is ready (or rejects after timeoutMs). */
  ready(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export function invalidationChannel(prefix: string): string {
  return `${prefix}invalidations`;
}

export function connectSharedInvalidation(
  options: SharedInvalidationOptions,
): ConnectedSharedInvalidation {
  const log = options.log ?? ((line: string) => console.log(line));
  const where = redisLabel(options.url);
  const seqKey = `${options.prefix}inv:seq`;
  const tagKey = (tag: string) => `${options.prefix}inv:tag:${tag}`;
  const channel = invalidationChannel(options.prefix);
  const client = connectRedis(options.url, "newsroom-pages");
  const pending = new Set<string>();
  let down = false;
  let everReady = false;
  let skipUntil = 0;

  const usable = () => client.status === "ready" && Date.now() >= skipUntil;
  const markDown = (reason: string) => {
    skipUntil = Date.now() + BACKOFF_MS;
    if (down) return;
    down = true;
    log(
      `[cluster] Redis at ${where} unreachable (${reason}): each instance keeps reader pages only briefly until it is back`,
    );
  };

  client.on("error", (error: Error) => markDown(error.message));
  client.on("close", () => {
    if (everReady) markDown("connection closed");
  });
  client.on("ready", () => {
    const first = !everReady;
    const wasDown = down || first;
    everReady = true;
    down = false;
    skipUntil = 0;
    if (!wasDown) return;
    // Messages are not missed (stamps are read, not pushed), but pages built while Redis was away
    // carry no stamp, and other instances' changes meanwhile were not recorded: drop them all.
    const dropped = options.onReconnect?.() ?? 0;
    const replay = [...pending];
    pending.clear();
    if (replay.length) void record(replay);
    log(
      first
        ? `[cluster] Redis at ${where} ready: reader pages follow changes made on any instance`
        : `[cluster] Redis at ${where} is back: dropped ${dropped} page(s) cached meanwhile, replayed ${replay.length} missed invalidation tag(s)`,
    );
  });

  async function record(tags: readonly string[]): Promise<void> {
    try {
      if (!usable()) throw new Error(`not connected (${client.status})`);
      await client.eval(
        INVALIDATE,
        1 + tags.length,
        seqKey,
        ...tags.map(tagKey),
        channel,
        String(TAG_STAMP_TTL_S),
        tags.join(" "),
      );
    } catch (error) {
      markDown(error instanceof Error ? error.message : String(error));
      for (const tag of tags) pending.add(tag);
      if (pending.size > MAX_PENDING) {
        pending.clear();
        pending.add(ALL_PAGES_TAG);
      }
    }
  }

  return {
    client,
    publish(tags) {
      if (tags.length) void record(tags);
    },
    async currentSeq() {
      if (!usable()) return null;
      try {
        const value = await client.get(seqKey);
        return Number(value ?? 0);
      } catch (error) {
        markDown(error instanceof Error ? error.message : String(error));
        return null;
      }
    },
    async check(tags, seq): Promise<Freshness> {
      if (seq === null || !usable()) return "unknown";
      try {
        const stamps = await client.mget(tagKey(ALL_PAGES_TAG), ...tags.map(tagKey));
        return stamps.some((s) => s !== null && Number(s) > seq) ? "stale" : "fresh";
      } catch (error) {
        markDown(error instanceof Error ? error.message : String(error));
        return "unknown";
      }
    },
    ready(timeoutMs = 5_000) {
      if (client.status === "ready") return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          client.off("ready", done);
          reject(new Error(`Redis at ${where} not ready after ${timeoutMs} ms`));
        }, timeoutMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        client.once("ready", done);
      });
    },
    async close() {
      client.disconnect();
    },
  };
}
