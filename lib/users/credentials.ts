import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/client";

export const SET_PASSWORD_TTL_HOURS = 72;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** What the admin is shown once: a temporary password or a set-password link. */
export type OneTimeCredential =
  { kind: "password"; password: string } | { kind: "link"; path: string; expiresAt: Date };

export interface PreparedCredential {
  /** The hash to store as the account's password. */
  passwordHash: string;
  tokenHash?: string;
  shown: OneTimeCredential;
}

// Hashing (~0.1 s) happens before the transaction so that it stays short. A link account gets a
// password nobody knows until the link is used; only the link's SHA-256 is stored.
export async function prepareCredential(kind: "password" | "link"): Promise<PreparedCredential> {
  if (kind === "password") {
    const password = randomBytes(12).toString("base64url");
    return { passwordHash: await hashPassword(password), shown: { kind: "password", password } };
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SET_PASSWORD_TTL_HOURS * 3600_000);
  return {
    passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
    tokenHash: hashToken(token),
    shown: { kind: "link", path: `/set-password?token=${token}`, expiresAt },
  };
}

/** Inside the transaction: earlier unused links stop working, and the new one (if any) is stored. */
export async function storeCredentialToken(
  tx: Tx,
  userId: string,
  prepared: PreparedCredential,
): Promise<void> {
  await tx.passwordToken.updateMany({
    where: { userId, usedAt: null },
    data: { usedAt: new Date() },
  });
  if (prepared.tokenHash && prepared.shown.kind === "link") {
    await tx.passwordToken.create({
      data: { userId, tokenHash: prepared.tokenHash, expiresAt: prepared.shown.expiresAt },
    });
  }
}

/** A person's new password: it ends their open sessions, which every request checks (sessionVersion). */
export async function storePassword(tx: Tx, userId: string, passwordHash: string): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
}
