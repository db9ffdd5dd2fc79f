// Integration tests replace only Auth.js's cookie reading (the edge we cannot reach without a
// browser): `auth()` returns the session of whoever signInAs() names. Everything after it, the
// re-read of the user from the database and the permission checks, is the real code.
//   vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));
import type { Role } from "../../lib/auth/permissions";

interface FakeSession {
  user: { id: string; role: Role; name: string; email: string; sessionVersion: number };
}

let session: FakeSession | null = null;

export function signInAs(
  user: { id: string; role: Role; name?: string; email?: string; sessionVersion?: number } | null,
) {
  session = user
    ? {
        user: {
          id: user.id,
          role: user.role,
          name: user.name ?? "",
          email: user.email ?? "",
          sessionVersion: user.sessionVersion ?? 1,
        },
      }
    : null;
}

export async function auth(): Promise<FakeSession | null> {
  return session;
}

/** What lib/auth/session.ts reads: the same session. */
export const readSession = auth;

export async function signIn(): Promise<never> {
  throw new Error("signIn is not available in integration tests");
}

export async function signOut(): Promise<void> {
  session = null;
}

export const handlers = {};
