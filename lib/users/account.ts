import "server-only";
import { currentAddress } from "@/lib/auth/client-address";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { checkThrottle, recordFailure, recordSuccess, waitMessage } from "@/lib/auth/throttle";
import { requireCan } from "@/lib/auth/session";
import { cacheTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { auditAccount } from "./audit";
import { hashToken, storePassword } from "./credentials";
import { InputError, parseInput } from "@/lib/shared/errors";
import {
  accountNameSchema,
  passwordChangeSchema,
  setPasswordSchema,
  type PasswordChangeInput,
  type SetPasswordInput,
} from "./schema";

// Staff change their own name (shown on bylines and their author page).
export async function updateOwnName(raw: { name: string }) {
  const me = await requireCan("account.update");
  const { name } = parseInput(accountNameSchema, raw);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: me.id }, data: { name } });
    await auditAccount(tx, me.id, "user.name", me.id, { from: me.name, to: name });
  });
  invalidateTags([cacheTags.author(me.id)]);
}

/** The new password must not be common or built from the account's own email and name. */
function assertStrongPassword(password: string, personal: string[]) {
  const problem = passwordProblem(password, personal);
  if (problem) throw new InputError("Choose a stronger password.", { newPassword: [problem] });
}

// Staff change their own password, proving the current one (throttled like a sign-in, on the same
// counters). Every open session, this one too, ends.
export async function changeOwnPassword(raw: PasswordChangeInput) {
  const me = await requireCan("account.update");
  const input = parseInput(passwordChangeSchema, raw);
  const subject = {
    scope: "password",
    account: me.email,
    address: await currentAddress(),
  } as const;
  const verdict = await checkThrottle(subject);
  if (!verdict.allowed)
    throw new InputError(waitMessage(verdict.retryAfterSeconds), {
      currentPassword: [waitMessage(verdict.retryAfterSeconds)],
    });
  const row = await db.user.findUniqueOrThrow({
    where: { id: me.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    const wait = await recordFailure(subject);
    throw new InputError("Check the highlighted fields.", {
      currentPassword: [`That is not your current password.${wait ? ` ${waitMessage(wait)}` : ""}`],
    });
  }
  await recordSuccess(subject);
  assertStrongPassword(input.newPassword, [me.email, me.name]);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await storePassword(tx, me.id, passwordHash);
    await auditAccount(tx, me.id, "user.password_change", me.id);
  });
}

const BAD_LINK =
  "This link is not valid any more: it was used, replaced or has expired. Ask an admin for a new one.";

/** What using a set-password link reads: whether it still works, and whose password it sets. */
const linkUseSelect = {
  id: true,
  userId: true,
  usedAt: true,
  expiresAt: true,
  user: { select: { active: true, email: true } },
} satisfies Prisma.PasswordTokenSelect;

// Signed out: set a password with a one-time link an admin handed over. The link works once.
// Guessing links is throttled per address (the link's 256 bits make it hopeless anyway).
export async function setPasswordWithToken(raw: SetPasswordInput) {
  const input = parseInput(setPasswordSchema, raw);
  const subject = {
    scope: "set-password-link",
    account: "",
    address: await currentAddress(),
  } as const;
  const verdict = await checkThrottle(subject);
  if (!verdict.allowed) throw new InputError(waitMessage(verdict.retryAfterSeconds));
  const holder = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: { user: { select: { email: true, name: true } } },
  });
  if (!holder) {
    await recordFailure(subject);
    throw new InputError(BAD_LINK);
  }
  assertStrongPassword(input.newPassword, [holder.user.email, holder.user.name]);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const token = await tx.passwordToken.findUnique({
      where: { tokenHash: hashToken(input.token) },
      select: linkUseSelect,
    });
    if (!token || token.usedAt || token.expiresAt < new Date() || !token.user.active)
      throw new InputError(BAD_LINK);
    // Claiming the token with a conditional update makes a double submit use it only once.
    const claimed = await tx.passwordToken.updateMany({
      where: { id: token.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new InputError(BAD_LINK);
    await storePassword(tx, token.userId, passwordHash);
    await auditAccount(tx, token.userId, "user.password_set", token.userId);
    return { email: token.user.email };
  });
}

/** Whether a set-password link can still be used, to show the form or the explanation. */
export async function isUsableToken(token: string): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  return !!row && !row.usedAt && row.expiresAt > new Date() && row.user.active;
}
