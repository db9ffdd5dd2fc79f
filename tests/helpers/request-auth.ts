// Auth.js's cookie reading replaced per request rather than per test (tests/helpers/auth-mock.ts):
// asUser(user, fn) runs fn as one request signed in as that user, so that many requests of
// different staff can run at once. Everything after auth(), the re-read of the user from the
// database and the permission checks, is the real code.
//   vi.mock("@/lib/auth/auth", () => import("../helpers/request-auth"));
import { AsyncLocalStorage } from "node:async_hooks";
import type { Role } from "../../lib/auth/permissions";

interface RequestSession {
  user: { id: string; role: Role; name: string; email: string; sessionVersion: number };
}

const current = new AsyncLocalStorage<RequestSession>();

export function asUser<T>(
  user: { id: string; role: Role; name: string; email: string; sessionVersion: number },
  fn: () => Promise<T>,
): Promise<T> {
  return current.run({ user: { ...user } }, fn);
}

export async function auth(): Promise<RequestSession | null> {
  return current.getStore() ?? null;
}

/** What lib/auth/session.ts reads: the same session. */
export const readSession = auth;

export async function signIn(): Promise<never> {
  throw new Error("signIn is not available in integration tests");
}

export async function signOut(): Promise<void> {}

export const handlers = {};
