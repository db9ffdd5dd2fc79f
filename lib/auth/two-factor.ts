import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { InputError, parseInput } from "@/lib/shared/errors";
import { currentAddress } from "./client-address";
import { requireCan } from "./session";
import { revokeAllSessions } from "./sessions";
import { enableTotp, newEnrolment, spendSecondFactor, type Enrolment } from "./sign-in";
import { checkThrottle, recordFailure, recordSuccess, waitMessage } from "./throttle";
import { matchTotp, decryptSecret } from "./totp";
import { twoFactorRequiredFor } from "./two-factor-policy";

// The account page's side of the second factor: enrol, turn off (where the role allows), and the
// admin's switch that makes reporters enrol too. Each function checks who is asking.

const codeSchema = z.object({
  code: z.string().trim().min(1, { message: "Enter the code from your app." }).max(40),
});
const confirmSchema = codeSchema.extend({ challenge: z.string().min(20).max(100) });

export async function getTwoFactorStatus() {
  const me = await requireCan("account.update");
  const row = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: {
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return {
    enabledAt: row.totpEnabledAt,
    recoveryCodesLeft: row._count.recoveryCodes,
    required: await twoFactorRequiredFor(me.role),
  };
}

/** Step one on the account page: a new secret and recovery codes, not yet in force. */
export async function startEnrolment(): Promise<{ challenge: string; enrolment: Enrolment }> {
  const me = await requireCan("account.update");
  return newEnrolment(me.id, me.email, "account-enrol", await currentAddress());
}

/** Step two: the first code from the app proves it holds the secret; then it is in force. */
export async function confirmEnrolment(raw: { challenge: string; code: string }) {
  const me = await requireCan("account.update");
  const input = parseInput(confirmSchema, raw, "Check the code.");
  const address = await currentAddress();
  const subject = { scope: "second-factor", account: me.id, address } as const;
  await throttled(subject);
  const row = await db.signInChallenge.findUnique({
    where: { tokenHash: createHash("sha256").update(input.challenge).digest("hex") },
    select: {
      id: true,
      userId: true,
      kind: true,
      usedAt: true,
      expiresAt: true,
      totpSecret: true,
      recoveryHashes: true,
    },
  });
  if (
    !row ||
    row.userId !== me.id ||
    row.kind !== "account-enrol" ||
    row.usedAt ||
    row.expiresAt <= new Date() ||
    !row.totpSecret
  )
    throw new InputError("That set-up took too long. Start again.");
  const step = matchTotp(decryptSecret(row.totpSecret), input.code);
  if (step === null) await wrongCode(subject);
  await db.$transaction(async (tx) => {
    const claimed = await tx.signInChallenge.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new InputError("That set-up was used already. Start again.");
    await enableTotp(tx, me.id, row, step!);
  });
  await recordSuccess(subject);
}

/** Turn the second factor off, with a current code; not for those whose role requires it. */
export async function disableTwoFactor(raw: { code: string }) {
  const me = await requireCan("account.update");
  const input = parseInput(codeSchema, raw, "Check the code.");
  if (await twoFactorRequiredFor(me.role))
    throw new InputError("Your newsroom requires a second factor for your role.");
  const row = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { totpSecret: true },
  });
  if (!row.totpSecret) return;
  const subject = {
    scope: "second-factor",
    account: me.id,
    address: await currentAddress(),
  } as const;
  await throttled(subject);
  if (!(await spendSecondFactor(me.id, row.totpSecret, input.code))) await wrongCode(subject);
  await recordSuccess(subject);
  await db.$transaction([
    db.user.update({
      where: { id: me.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    }),
    db.recoveryCode.deleteMany({ where: { userId: me.id } }),
    db.auditLog.create({
      data: { actorId: me.id, action: "auth.totp_disable", entityType: "user", entityId: me.id },
    }),
  ]);
}

/** Admins: whether reporters must have a second factor too (editors and admins always must). */
export async function setReportersNeedTwoFactor(required: boolean) {
  const me = await requireCan("users.manage");
  await db.$transaction([
    db.authPolicy.upsert({
      where: { id: 1 },
      create: { id: 1, reportersNeedTwoFactor: required, updatedById: me.id },
      update: { reportersNeedTwoFactor: required, updatedById: me.id },
    }),
    db.auditLog.create({
      data: {
        actorId: me.id,
        action: "auth.policy",
        entityType: "user",
        entityId: null,
        details: { reportersNeedTwoFactor: required },
      },
    }),
  ]);
}

/** "Sign out everywhere": every session of mine ends, this one included. */
export async function signOutEverywhere(): Promise<number> {
  const me = await requireCan("account.update");
  const count = await revokeAllSessions(me.id);
  await db.auditLog.create({
    data: {
      actorId: me.id,
      action: "auth.signout_everywhere",
      entityType: "user",
      entityId: me.id,
      details: { sessions: count },
    },
  });
  return count;
}

async function throttled(subject: Parameters<typeof checkThrottle>[0]) {
  const verdict = await checkThrottle(subject);
  if (!verdict.allowed)
    throw new InputError(waitMessage(verdict.retryAfterSeconds), {
      code: [waitMessage(verdict.retryAfterSeconds)],
    });
}

async function wrongCode(subject: Parameters<typeof recordFailure>[0]): Promise<never> {
  const wait = await recordFailure(subject);
  throw new InputError("Check the code.", {
    code: [`That code is not right (or was used already).${wait ? ` ${waitMessage(wait)}` : ""}`],
  });
}
