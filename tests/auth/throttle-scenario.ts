// The attack from issue 9, played against the real sign-in code (the function Auth.js's Credentials
// provider calls for the form and for /api/auth/callback/credentials) on the real counter store.
import { expect } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import { challengeStep, passwordStep } from "../../lib/auth/sign-in";
import { THROTTLE } from "../../lib/auth/throttle";
import { db } from "../../lib/db/client";
import { createUser } from "../helpers/factories";

export const RIGHT = "cobalt-harbour-lantern-92";
const ATTACKER = "203.0.113.7";
const PERSON = "198.51.100.9";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function accountWithPassword(role: "REPORTER" | "EDITOR" = "REPORTER") {
  const user = await createUser({ role });
  return db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(RIGHT) },
  });
}

export async function fiftyWrongPasswords(label: string) {
  const user = await accountWithPassword();
  const started = Date.now();
  const answers: { kind: string; wait: number; ms: number }[] = [];
  for (let i = 0; i < 50; i++) {
    const r = await passwordStep({ email: user.email, password: `wrong-guess-${i}` }, ATTACKER);
    answers.push({
      kind: r.kind,
      wait: "retryAfterSeconds" in r ? r.retryAfterSeconds : 0,
      ms: Date.now() - started,
    });
  }
  const checked = answers.filter((a) => a.kind === "wrong");
  const refused = answers.filter((a) => a.kind === "throttled");
  // Three free failures, then a wait after each: 1 s, 2 s, 4 s ...
  expect(checked.slice(0, 4).map((a) => a.wait)).toEqual([0, 0, 0, 1]);
  expect(checked.length + refused.length).toBe(50);
  expect(checked.length).toBeLessThan(10);
  expect(refused.length).toBeGreaterThan(40);

  // The real person, elsewhere: at most the account's current wait, then the right password works.
  const personStarted = Date.now();
  let mine = await passwordStep({ email: user.email, password: RIGHT }, PERSON);
  let waited = 0;
  if (mine.kind === "throttled") {
    waited = mine.retryAfterSeconds;
    expect(waited).toBeLessThanOrEqual(2 ** checked.length);
    await sleep(waited * 1000 + 50);
    mine = await passwordStep({ email: user.email, password: RIGHT }, PERSON);
  }
  expect(mine.kind).toBe("none");
  if (mine.kind !== "none") throw new Error("unreachable");
  const signedIn = await challengeStep({ challenge: mine.challenge }, PERSON);
  expect(signedIn).toMatchObject({ kind: "signed-in", user: { id: user.id } });
  const personMs = Date.now() - personStarted;

  // The attacking address stays refused for a while, even with the right password.
  const attacker = await passwordStep({ email: user.email, password: RIGHT }, ATTACKER);
  expect(attacker.kind).toBe("throttled");
  if (attacker.kind !== "throttled") throw new Error("unreachable");
  expect(attacker.retryAfterSeconds).toBeGreaterThan(THROTTLE.PAIR_BLOCK_SECONDS - 60);

  // Admins see it in the audit log.
  const audit = await db.auditLog.findMany({
    where: { entityId: user.id, action: { startsWith: "auth." } },
    select: { action: true },
  });
  const actions = audit.map((a) => a.action);
  expect(actions.filter((a) => a === "auth.signin_failed")).toHaveLength(checked.length);
  expect(actions).toContain("auth.throttle_delay");
  expect(actions).toContain("auth.throttle_address_account");

  console.log(
    `[throttle ${label}] 50 wrong passwords in ${answers.at(-1)!.ms} ms from one address: ` +
      `${checked.length} checked (waits after them: ${checked.map((a) => a.wait).join(", ")} s), ` +
      `${refused.length} refused unchecked; the right password from another address waited ` +
      `${waited} s and signed in after ${personMs} ms; the attacking address is refused for ` +
      `${attacker.retryAfterSeconds} s more`,
  );
}

/** Wrong password, unknown email, deactivated account: the same answers, the same waits. */
export async function sameAnswersForUnknownAndDeactivated() {
  const real = await accountWithPassword();
  const retired = await accountWithPassword();
  await db.user.update({ where: { id: retired.id }, data: { active: false } });
  const play = async (email: string, password: string) => {
    const out: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await passwordStep({ email, password: i === 4 ? RIGHT : password }, "192.0.2.1");
      out.push(`${r.kind}:${"retryAfterSeconds" in r ? r.retryAfterSeconds : "-"}`);
    }
    return out;
  };
  const expected = ["wrong:0", "wrong:0", "wrong:0", "wrong:1", "throttled:1"];
  expect(await play(real.email, "not-it-at-all")).toEqual(expected);
  expect(await play("nobody-here@newsroom.test", "not-it-at-all")).toEqual(expected);
  expect(await play(retired.email, "not-it-at-all")).toEqual(expected);
}
