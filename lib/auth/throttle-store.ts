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
  // A Redis that is down fails the sign-in within two seconds (the form then says sign-in is
  // unavailable) rather than holding it until Redis comes back; the throttle never fails open.
  globalForRedis.newsroomThrottleRedis ??= new Redis(url, {
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
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
