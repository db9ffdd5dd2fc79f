import { describe, it } from "vitest";
import { fiftyWrongPasswords, sameAnswersForUnknownAndDeactivated } from "./throttle-scenario";

process.env.NEWSROOM_TWO_FACTOR = "optional";

// Counters in PostgreSQL (REDIS_URL unset): the default store.
describe("sign-in throttle, PostgreSQL counters", () => {
  it("slows 50 wrong passwords, refuses the address, lets the person in after the delay", async () => {
    delete process.env.REDIS_URL;
    await fiftyWrongPasswords("postgresql");
  });

  it("answers and throttles an unknown email and a deactivated account like a wrong password", async () => {
    await sameAnswersForUnknownAndDeactivated();
  });
});
