import "server-only";
import { randomBytes } from "node:crypto";
import { requireCan } from "@/lib/auth/session";
import { cacheTags } from "@/lib/cache/tags";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db, type Tx } from "@/lib/db/client";
import { slugify } from "@/lib/shared/slug";
import {
  prepareCredential,
  storeCredentialToken,
  storePassword,
  type OneTimeCredential,
} from "./credentials";
import { InputError, NotFoundError, parseInput } from "@/lib/shared/errors";
import { auditAccount } from "./audit";
import { assertMayRemoveAdmin } from "./last-admin";
import {
  passwordResetSchema,
  roleChangeSchema,
  staffCreateSchema,
  userRefSchema,
  type StaffCreateInput,
} from "./schema";

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "staff";
  const taken = await tx.user.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
}

// Create a staff account; the temporary password or set-password link is returned to show once.
export async function createStaff(
  raw: StaffCreateInput,
): Promise<{ user: { id: string; name: string; email: string }; credential: OneTimeCredential }> {
  const actor = await requireCan("users.manage");
  const input = parseInput(staffCreateSchema, raw);
  const prepared = await prepareCredential(input.credential);
  const user = await db
    .$transaction(async (tx) => {
      const taken = await tx.user.findFirst({
        where: { email: { equals: input.email, mode: "insensitive" } },
        select: { id: true },
      });
      if (taken)
        throw new InputError("Check the highlighted fields.", {
          email: ["That email already belongs to a staff account."],
        });
      const created = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          slug: await freeSlug(tx, input.name),
          passwordHash: prepared.passwordHash,
        },
        select: { id: true, name: true, email: true },
      });
      await storeCredentialToken(tx, created.id, prepared);
      await auditAccount(tx, actor.id, "user.create", created.id, {
        email: created.email,
        role: input.role,
        credential: input.credential,
      });
      return created;
    })
    .catch((error: { code?: string }) => {
      if (error?.code === "P2002")
        throw new InputError("Check the highlighted fields.", {
          email: ["That email already belongs to a staff account."],
        });
      throw error;
    });
  return { user, credential: prepared.shown };
}

// Change a role. Open sessions of that person are renewed (sessionVersion); the last active admin stays.
export async function changeRole(raw: { userId: string; role: string }) {
  const actor = await requireCan("users.manage");
  const { userId, role } = parseInput(roleChangeSchema, raw);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { role: true, active: true },
    });
    if (!user) throw new NotFoundError("staff account");
    if (user.role === role) return;
    await assertMayRemoveAdmin(tx, actor, { id: userId, ...user }, "role");
    await tx.user.update({
      where: { id: userId },
      data: { role, sessionVersion: { increment: 1 } },
    });
    await auditAccount(tx, actor.id, "user.role", userId, { from: user.role, to: role });
  });
}

// Deactivate: the account's open sessions stop on their next request; its bylines stay.
export async function deactivateStaff(raw: { userId: string }) {
  const actor = await requireCan("users.manage");
  const { userId } = parseInput(userRefSchema, raw);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { role: true, active: true },
    });
    if (!user) throw new NotFoundError("staff account");
    if (!user.active) return;
    await assertMayRemoveAdmin(tx, actor, { id: userId, ...user }, "form");
    await tx.user.update({
      where: { id: userId },
      data: { active: false, deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await tx.passwordToken.updateMany({
      where: { userId, usedAt: null },
      data: { usedAt: new Date() },
    });
    await auditAccount(tx, actor.id, "user.deactivate", userId);
  });
  invalidateTags([cacheTags.author(userId)]);
}

// Reactivate a deactivated account; they sign in with their old password (or get a reset).
export async function reactivateStaff(raw: { userId: string }) {
  const actor = await requireCan("users.manage");
  const { userId } = parseInput(userRefSchema, raw);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!user) throw new NotFoundError("staff account");
    if (user.active) return;
    await tx.user.update({ where: { id: userId }, data: { active: true, deactivatedAt: null } });
    await auditAccount(tx, actor.id, "user.reactivate", userId);
  });
  invalidateTags([cacheTags.author(userId)]);
}

// Reset a password: a new temporary password or link, shown once; open sessions end.
export async function resetPassword(raw: {
  userId: string;
  credential: string;
}): Promise<OneTimeCredential> {
  const actor = await requireCan("users.manage");
  const { userId, credential } = parseInput(passwordResetSchema, raw);
  const prepared = await prepareCredential(credential);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new NotFoundError("staff account");
    await storePassword(tx, userId, prepared.passwordHash);
    await storeCredentialToken(tx, userId, prepared);
    await auditAccount(tx, actor.id, "user.password_reset", userId, { credential });
  });
  return prepared.shown;
}
