import { randomBytes } from "node:crypto";
import { afterAll, describe, it } from "vitest";
import { fiftyWrongPasswords, sameAnswersForUnknownAndDeactivated } from "./throttle-scenario";

// The same attack with the counters in Redis (REDIS_URL set), as several app instances share them.
// Redis database 9 and a key prefix of this run's own keep it apart from anything else there.
process.env.NEWSROOM_TWO_FACTOR = "optional";
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/9";
const prefix = `newsroom-test-${randomBytes(4).toString("hex")}`;
process.env.THROTTLE_KEY_PREFIX = prefix;

afterAll(async () => {
  const redis = (globalThis as { newsroomThrottleRedis?: import("ioredis").Redis })
    .newsroomThrottleRedis;
  if (!redis) return;
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe("sign-in throttle, Redis counters", () => {
  it("slows 50 wrong passwords, refuses the address, lets the person in after the delay", async () => {
    await fiftyWrongPasswords("redis");
  });

  it("answers and throttles an unknown email and a deactivated account like a wrong password", async () => {
    await sameAnswersForUnknownAndDeactivated();
  });
});
