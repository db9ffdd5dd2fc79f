import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { table } from "@/lib/db/sql";
import type { Role } from "./permissions";

// Sessions that end (OWASP ASVS 4.0.3 V3.3). The session cookie is Auth.js's encrypted JWT; it
// carries the id of a row here, and every request checks that row, so the database decides on every
// instance: sign-out and "sign out everywhere" revoke, an idle session lapses, and none outlives
// its absolute lifetime however often it is used.

/** The account fields every check of a signed-in person reads: who they are, and whether they still may. */
export const sessionAccountSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  sessionVersion: true,
} as const;

/** What checkSession reads of a session row (whose it is, its times) and its account's standing. */
interface SessionCheckRow {
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
}

export const SESSION_ABSOLUTE_HOURS = 12;
export const SESSION_IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 30);
/** lastSeenAt is written at most this often per session, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(userId: string, address: string, userAgent: string) {
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.authSession.create({
    data: {
      id,
      userId,
      address,
      userAgent: userAgent.slice(0, 300),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3600_000),
    },
  });
  return id;
}

/** The account behind a session, as read by checkSession during this request. */
export interface CheckedAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionVersion: number;
}

/**
 * The accounts whose sessions were found good during this request, by user id: currentUser() takes
 * its user from here instead of reading the same row again. React's cache() gives one map per
 * server request (a page's layout and page, and every requireCan() under them, share it); outside
 * a request it gives a fresh, empty map each call, and the caller reads the database itself.
 */
const checkedThisRequest = cache(() => new Map<string, CheckedAccount>());

export function accountCheckedThisRequest(userId: string): CheckedAccount | undefined {
  return checkedThisRequest().get(userId);
}

export type SessionCheck =
  { valid: true } | { valid: false; reason: "unknown" | "revoked" | "idle" | "expired" | "user" };

/**
 * Is this session still good for this user (same account, active, same sessionVersion)? A good one
 * counts as activity: every request, the editor's autosave and presence heartbeats included.
 */
export async function checkSession(
  sessionId: string,
  userId: string,
  sessionVersion: number | undefined,
  now = new Date(),
): Promise<SessionCheck> {
  // One statement, the row with its account (Prisma's nested select reads the two in turn): this
  // runs on every signed-in request, autosaves and presence heartbeats included.
  const [row] = await db.$queryRaw<SessionCheckRow[]>`
    SELECT s."userId", s."lastSeenAt", s."expiresAt", s."revokedAt",
      u.name, u.email, u.role::text AS role, u.active, u."sessionVersion"
    FROM ${table("AuthSession")} s JOIN ${table("User")} u ON u.id = s."userId"
    WHERE s.id = ${sessionId}`;
  if (!row || row.userId !== userId) return { valid: false, reason: "unknown" };
  if (row.revokedAt) return { valid: false, reason: "revoked" };
  if (row.expiresAt <= now) return { valid: false, reason: "expired" };
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MINUTES * 60_000)
    return { valid: false, reason: "idle" };
  if (!row.active || row.sessionVersion !== sessionVersion) return { valid: false, reason: "user" };
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.authSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { lastSeenAt: now },
    });
  }
  const { name, email, role } = row;
  checkedThisRequest().set(userId, { id: userId, name, email, role, sessionVersion });
  return { valid: true };
}

/** Sign-out: this session's cookie is refused from now on, wherever it is replayed. */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

/** "Sign out everywhere": every open session of this person ends. Returns how many there were. */
export async function revokeAllSessions(userId: string): Promise<number> {
  const { count } = await db.authSession.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** Open sessions of a person, for the account page. */
export async function listOpenSessions(userId: string, now = new Date()) {
  const rows = await db.authSession.findMany({
    where: {
      userId,
      revokedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000) },
    },
    select: { id: true, createdAt: true, lastSeenAt: true, address: true, userAgent: true },
    orderBy: { lastSeenAt: "desc" },
  });
  return rows;
}

/** Old rows go after a day: nothing can use them any more. */
export async function deleteStaleSessions(now = new Date()): Promise<number> {
  const { count } = await db.authSession.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return count;
}
