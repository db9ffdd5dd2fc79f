import "server-only";
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { createLimiter } from "./throttle-store";

// Slows down guessing (OWASP ASVS 4.0.3 V2.2.1) on every path that checks a secret: the sign-in form
// and /api/auth/callback/credentials, the password change, set-password links and the second factor.
//
// - Per account (all addresses together): the first FREE_FAILURES failures cost nothing; after
//   each further one the account waits 1 s, 2 s, 4 s ... up to MAX_DELAY_SECONDS before the next
//   attempt is even checked. A delay, never a lockout: once it has passed, the right secret works
//   from anywhere, so an attacker cannot keep the real person out for longer than the ceiling.
// - Per account and address: an address that keeps trying this account (failures and attempts made
//   while told to wait) is refused for PAIR_BLOCK_SECONDS; the person at another address is not.
// - Per address (all accounts): ADDRESS_STRIKES failed or refused attempts in an hour close that
//   address for ADDRESS_BLOCK_SECONDS, against password spraying.
// The account key is the email as typed (normalised), so an unknown email is throttled exactly
// like a real one and the answers stay the same.

export const THROTTLE = {
  FREE_FAILURES: 3,
  MAX_DELAY_SECONDS: 300,
  /** Failures on an account are forgotten this long after the first one of a series. */
  ACCOUNT_WINDOW_SECONDS: 3600,
  PAIR_STRIKES: 20,
  PAIR_BLOCK_SECONDS: 900,
  ADDRESS_STRIKES: 100,
  ADDRESS_BLOCK_SECONDS: 3600,
} as const;

/** What is being guessed: a password (sign-in, password change) or a second factor. */
export type ThrottleScope = "password" | "second-factor" | "set-password-link";

export interface ThrottleSubject {
  scope: ThrottleScope;
  /** Email for passwords, user id for the second factor; empty for set-password links. */
  account: string;
  address: string;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The wait before the next attempt after the n-th failure in a row. */
export function delayAfterFailure(n: number): number {
  if (n <= THROTTLE.FREE_FAILURES) return 0;
  return Math.min(2 ** (n - THROTTLE.FREE_FAILURES - 1), THROTTLE.MAX_DELAY_SECONDS);
}

interface Limiters {
  failures: RateLimiterAbstract;
  wait: RateLimiterAbstract;
  pair: RateLimiterAbstract;
  address: RateLimiterAbstract;
}

let limiters: Limiters | undefined;
function getLimiters(): Limiters {
  limiters ??= {
    // Counts only; never refuses by itself.
    failures: createLimiter({
      keyPrefix: "account",
      points: 1_000_000,
      duration: THROTTLE.ACCOUNT_WINDOW_SECONDS,
    }),
    // Holds the current wait as a block.
    wait: createLimiter({ keyPrefix: "wait", points: 1, duration: 1 }),
    pair: createLimiter({
      keyPrefix: "pair",
      points: THROTTLE.PAIR_STRIKES,
      duration: THROTTLE.ACCOUNT_WINDOW_SECONDS,
      blockDuration: THROTTLE.PAIR_BLOCK_SECONDS,
    }),
    address: createLimiter({
      keyPrefix: "address",
      points: THROTTLE.ADDRESS_STRIKES,
      duration: 3600,
      blockDuration: THROTTLE.ADDRESS_BLOCK_SECONDS,
    }),
  };
  return limiters;
}

const keys = (s: ThrottleSubject) => ({
  account: `${s.scope}|${s.account}`,
  pair: `${s.scope}|${s.account}|${s.address}`,
  address: s.address,
});

const secondsLeft = (res: RateLimiterRes | null, points: number) =>
  res && res.consumedPoints > points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;

/** A refusal from a limiter is a RateLimiterRes; anything else is a store failure and is rethrown. */
async function strike(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
}

/**
 * Before checking a secret: may this attempt be checked at all? A refused attempt is itself a strike
 * against the address (and against the account from that address), and is not checked.
 */
export async function checkThrottle(subject: ThrottleSubject): Promise<ThrottleVerdict> {
  const l = getLimiters();
  const k = keys(subject);
  const [wait, pair, address] = await Promise.all([
    subject.account ? l.wait.get(k.account) : null,
    subject.account ? l.pair.get(k.pair) : null,
    l.address.get(k.address),
  ]);
  const retryAfterSeconds = Math.max(
    secondsLeft(wait, 1),
    secondsLeft(pair, THROTTLE.PAIR_STRIKES),
    secondsLeft(address, THROTTLE.ADDRESS_STRIKES),
  );
  if (retryAfterSeconds === 0) return { allowed: true };
  await recordStrikes(subject, "refused");
  return { allowed: false, retryAfterSeconds };
}

/** After a wrong secret: count it, start the account's next wait. Returns that wait in seconds. */
export async function recordFailure(subject: ThrottleSubject): Promise<number> {
  const l = getLimiters();
  const k = keys(subject);
  let delay = 0;
  let failures = 0;
  if (subject.account) {
    failures = (await l.failures.consume(k.account)).consumedPoints;
    delay = delayAfterFailure(failures);
    if (delay > 0) await l.wait.block(k.account, delay);
  }
  await recordStrikes(subject, "failed");
  if (delay > 0) await audit(subject, "auth.throttle_delay", { failures, waitSeconds: delay });
  return delay;
}

async function recordStrikes(subject: ThrottleSubject, why: "failed" | "refused") {
  const l = getLimiters();
  const k = keys(subject);
  const [pair, address] = await Promise.all([
    subject.account ? strike(l.pair, k.pair) : null,
    strike(l.address, k.address),
  ]);
  // One audit line when an address starts being refused, not one per refused attempt.
  if (pair && pair.consumedPoints === THROTTLE.PAIR_STRIKES + 1)
    await audit(subject, "auth.throttle_address_account", {
      why,
      strikes: pair.consumedPoints,
      refusedSeconds: THROTTLE.PAIR_BLOCK_SECONDS,
    });
  if (address.consumedPoints === THROTTLE.ADDRESS_STRIKES + 1)
    await audit(subject, "auth.throttle_address", {
      why,
      strikes: address.consumedPoints,
      refusedSeconds: THROTTLE.ADDRESS_BLOCK_SECONDS,
    });
}

/** After the right secret: this account's series of failures (from this address too) is over. */
export async function recordSuccess(subject: ThrottleSubject): Promise<void> {
  if (!subject.account) return;
  const l = getLimiters();
  const k = keys(subject);
  await Promise.all([
    l.failures.delete(k.account),
    l.wait.delete(k.account),
    l.pair.delete(k.pair),
  ]);
}

// Repeated failures reach the audit log, where admins look: who was tried, from where, how often.
async function audit(subject: ThrottleSubject, action: string, details: Record<string, unknown>) {
  const user =
    subject.scope === "password" && subject.account
      ? await db.user.findUnique({ where: { email: subject.account }, select: { id: true } })
      : subject.scope === "second-factor"
        ? { id: subject.account }
        : null;
  await db.auditLog.create({
    data: {
      actorId: null,
      action,
      entityType: "user",
      entityId: user?.id ?? null,
      details: {
        scope: subject.scope,
        account: subject.account,
        address: subject.address,
        ...details,
      },
    },
  });
}

/** For the person: how long to wait, in words. */
export function waitMessage(seconds: number): string {
  const amount =
    seconds < 90
      ? `${seconds} second${seconds === 1 ? "" : "s"}`
      : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many attempts. Wait ${amount}, then try again.`;
}
