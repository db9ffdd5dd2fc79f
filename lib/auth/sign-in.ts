import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "./permissions";
import { verifyPassword } from "./password";
import { sessionAccountSelect } from "./sessions";
import { checkThrottle, recordFailure, recordSuccess } from "./throttle";
import {
  decryptSecret,
  encryptSecret,
  enrolmentDisplay,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
} from "./totp";
import { twoFactorRequiredFor } from "./two-factor-policy";

// Signing in, one step at a time. The password step ends in a challenge: a one-time token for the
// next step, which is nothing more (kind "none"), a code from the person's app or a recovery code
// ("totp"), or, for someone who must have a second factor and has none, enrolling one ("enrol").
// Auth.js's Credentials provider (./auth.ts) runs both steps, for the form and for
// /api/auth/callback/credentials alike; only it mints the session.

const CHALLENGE_MINUTES = 10;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface Enrolment {
  qrDataUrl: string;
  /** The secret, grouped by four, for typing into an app by hand. */
  secret: string;
  uri: string;
  /** Shown once, now; only keyed hashes are kept. */
  recoveryCodes: string[];
}

export type PasswordStep =
  | { kind: "wrong"; retryAfterSeconds: number }
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "none" | "totp"; challenge: string }
  | { kind: "enrol"; challenge: string; enrolment: Enrolment };

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionVersion: number;
}

export type ChallengeStep =
  | { kind: "signed-in"; user: SignedInUser; method: "password" | "totp" | "recovery" | "enrol" }
  | { kind: "wrong-code"; retryAfterSeconds: number }
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "expired" };

/**
 * Email and password. A wrong password, an unknown email and a deactivated account answer alike,
 * after the same work (a real argon2 verification), and are throttled alike (by the email typed).
 */
export async function passwordStep(
  input: { email: string; password: string },
  address: string,
): Promise<PasswordStep> {
  const subject = { scope: "password", account: input.email, address } as const;
  const verdict = await checkThrottle(subject);
  if (!verdict.allowed) return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      totpEnabledAt: true,
    },
  });
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || !user.active) {
    await db.auditLog.create({
      data: {
        actorId: user?.id ?? null,
        action: "auth.signin_failed",
        entityType: "user",
        entityId: user?.id ?? null,
        details: { email: input.email, address },
      },
    });
    return { kind: "wrong", retryAfterSeconds: await recordFailure(subject) };
  }
  await recordSuccess(subject);
  if (user.totpEnabledAt)
    return { kind: "totp", challenge: await newChallenge(user.id, "totp", address) };
  if (!(await twoFactorRequiredFor(user.role as Role)))
    return { kind: "none", challenge: await newChallenge(user.id, "none", address) };
  const { challenge, enrolment } = await newEnrolment(user.id, user.email, "enrol", address);
  return { kind: "enrol", challenge, enrolment };
}

/** A new secret and recovery codes, held by a challenge until the first code from the app confirms them. */
export async function newEnrolment(
  userId: string,
  email: string,
  kind: "enrol" | "account-enrol",
  address: string,
): Promise<{ challenge: string; enrolment: Enrolment }> {
  const secret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  const challenge = await newChallenge(userId, kind, address, {
    totpSecret: encryptSecret(secret),
    recoveryHashes: recoveryCodes.map(hashRecoveryCode),
  });
  return { challenge, enrolment: { ...(await enrolmentDisplay(secret, email)), recoveryCodes } };
}

/** Inside a transaction: the enrolment's secret and recovery codes become the account's. */
export async function enableTotp(
  tx: Tx,
  userId: string,
  enrolment: { totpSecret: string | null; recoveryHashes: string[] },
  step: number,
) {
  await tx.user.update({
    where: { id: userId },
    data: { totpSecret: enrolment.totpSecret, totpEnabledAt: new Date(), totpLastStep: step },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: enrolment.recoveryHashes.map((codeHash) => ({ userId, codeHash })),
  });
  await tx.auditLog.create({
    data: { actorId: userId, action: "auth.totp_enrol", entityType: "user", entityId: userId },
  });
}

export async function newChallenge(
  userId: string,
  kind: "none" | "totp" | "enrol" | "account-enrol",
  address: string,
  extra: { totpSecret?: string; recoveryHashes?: string[] } = {},
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.signInChallenge.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      kind,
      address,
      expiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000),
      ...extra,
    },
  });
  // Old challenges of anyone are useless after their ten minutes.
  await db.signInChallenge.deleteMany({
    where: { expiresAt: { lt: new Date(Date.now() - 3600_000) } },
  });
  return token;
}

/** What the second step reads of a challenge: its kind and life, any enrolment, and its account. */
const challengeSelect = {
  id: true,
  kind: true,
  usedAt: true,
  expiresAt: true,
  totpSecret: true,
  recoveryHashes: true,
  user: { select: { ...sessionAccountSelect, totpSecret: true, totpLastStep: true } },
} satisfies Prisma.SignInChallengeSelect;

/** The second step: the challenge from the password step, and the code it asks for (if any). */
export async function challengeStep(
  input: { challenge: string; code?: string },
  address: string,
): Promise<ChallengeStep> {
  if (!input.challenge || input.challenge.length > 100) return { kind: "expired" };
  const row = await db.signInChallenge.findUnique({
    where: { tokenHash: hashToken(input.challenge) },
    select: challengeSelect,
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || !row.user.active)
    return { kind: "expired" };
  const user: SignedInUser = {
    id: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.user.role as Role,
    sessionVersion: row.user.sessionVersion,
  };
  const claim = async () =>
    (
      await db.signInChallenge.updateMany({
        where: { id: row.id, usedAt: null },
        data: { usedAt: new Date() },
      })
    ).count === 1;

  // An enrolment started on the account page confirms there, and signs nobody in.
  if (!["none", "totp", "enrol"].includes(row.kind)) return { kind: "expired" };
  if (row.kind === "none")
    return (await claim()) ? { kind: "signed-in", user, method: "password" } : { kind: "expired" };

  const subject = { scope: "second-factor", account: row.user.id, address } as const;
  const verdict = await checkThrottle(subject);
  if (!verdict.allowed) return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  const code = (input.code ?? "").trim();
  const wrong = async (): Promise<ChallengeStep> => {
    await db.auditLog.create({
      data: {
        actorId: row.user.id,
        action: "auth.second_factor_failed",
        entityType: "user",
        entityId: row.user.id,
        details: { address, kind: row.kind },
      },
    });
    return { kind: "wrong-code", retryAfterSeconds: await recordFailure(subject) };
  };

  if (row.kind === "enrol") {
    const secret = row.totpSecret ? decryptSecret(row.totpSecret) : null;
    const step = secret ? matchTotp(secret, code) : null;
    if (step === null) return wrong();
    const done = await db.$transaction(async (tx) => {
      const claimed = await tx.signInChallenge.updateMany({
        where: { id: row.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) return false;
      await enableTotp(tx, row.user.id, row, step);
      return true;
    });
    if (!done) return { kind: "expired" };
    await recordSuccess(subject);
    return { kind: "signed-in", user, method: "enrol" };
  }

  // kind "totp": a code from the app, or one of the recovery codes.
  if (!row.user.totpSecret) return { kind: "expired" };
  let method: "totp" | "recovery";
  if (looksLikeRecoveryCode(code)) {
    const used = await db.recoveryCode.updateMany({
      where: { userId: row.user.id, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) return wrong();
    method = "recovery";
  } else {
    const step = matchTotp(decryptSecret(row.user.totpSecret), code);
    // A code already accepted (the same step or an earlier one) does not work twice.
    const accepted =
      step !== null &&
      (
        await db.user.updateMany({
          where: {
            id: row.user.id,
            OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }],
          },
          data: { totpLastStep: step },
        })
      ).count === 1;
    if (!accepted) return wrong();
    method = "totp";
  }
  if (!(await claim())) return { kind: "expired" };
  await recordSuccess(subject);
  return { kind: "signed-in", user, method };
}

/**
 * Spend a code of an enrolled account: a 6-digit code from the app (each 30-second code works
 * once) or an unused recovery code. Which one it was, or null. Not throttled here: callers are.
 */
export async function spendSecondFactor(
  userId: string,
  storedSecret: string,
  code: string,
): Promise<"totp" | "recovery" | null> {
  if (looksLikeRecoveryCode(code)) {
    const used = await db.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: new Date() },
    });
    return used.count === 1 ? "recovery" : null;
  }
  const step = matchTotp(decryptSecret(storedSecret), code);
  if (step === null) return null;
  // A code already accepted (the same step or an earlier one) does not work twice.
  const accepted = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return accepted.count === 1 ? "totp" : null;
}
