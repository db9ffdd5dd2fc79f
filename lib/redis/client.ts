import { Redis } from "ioredis";

// Connections to the Redis that several app instances share (REDIS_URL). Each one fails a command at
// once while Redis is unreachable (no offline queue, short timeouts) and keeps reconnecting in the
// background, so a caller can fall back instead of making a reader wait.

/** REDIS_URL when set and well-formed (redis:// or rediss://); undefined when unset. */
export function redisUrl(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("REDIS_URL is not a valid URL (expected redis://host:6379/0)");
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:")
    throw new Error(`REDIS_URL must start with redis:// or rediss:// (got ${url.protocol}//)`);
  return raw;
}

/** Prefix of every key and channel, so that several sites or environments can share one Redis. */
export function redisPrefix(env: Record<string, string | undefined> = process.env): string {
  return env.REDIS_PREFIX?.trim() || "newsroom:";
}

/** The address for log lines, without credentials. */
export function redisLabel(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 6379}${u.pathname && u.pathname !== "/" ? u.pathname : ""}`;
}

export function connectRedis(url: string, name: string): Redis {
  const client = new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    // A reader waits at most this long for Redis before the page cache falls back.
    commandTimeout: 250,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    // Reconnect forever, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  return client;
}
