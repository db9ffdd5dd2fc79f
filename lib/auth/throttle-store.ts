import "server-only";
import { Redis } from "ioredis";
import {
  RateLimiterPrisma,
  RateLimiterRedis,
  type IRateLimiterStoreOptions,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

// Where the throttle's counters live, so that every instance of the app sees the same ones: Redis
// when REDIS_URL is set, else the app's PostgreSQL database (table "AuthThrottle", through the app's
// one Prisma client, so the embedded database and `?schema=` work unchanged).

export type LimiterOptions = Pick<
  IRateLimiterStoreOptions,
  "keyPrefix" | "points" | "duration" | "blockDuration"
>;

const globalForRedis = globalThis as unknown as { newsroomThrottleRedis?: Redis };

function redis(url: string): Redis {
  // A Redis that is down answers at once with an error (sign-in then says it is unavailable)
  // instead of queueing the sign-in until it comes back.
  globalForRedis.newsroomThrottleRedis ??= new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
  return globalForRedis.newsroomThrottleRedis;
}

export function createLimiter(options: LimiterOptions): RateLimiterAbstract {
  const url = process.env.REDIS_URL;
  const keyPrefix = `${process.env.THROTTLE_KEY_PREFIX ?? "newsroom"}:${options.keyPrefix}`;
  if (url) return new RateLimiterRedis({ ...options, keyPrefix, storeClient: redis(url) });
  return new RateLimiterPrisma({
    ...options,
    keyPrefix,
    storeClient: db,
    tableName: "authThrottle",
    // One limiter sweeping expired rows every 5 minutes is enough for the table.
    clearExpiredByTimeout: options.keyPrefix === "account",
  });
}

export const throttleStoreName = () => (process.env.REDIS_URL ? "redis" : "postgresql");
