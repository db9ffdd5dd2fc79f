import NextAuth, { CredentialsSignin } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { headers } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { clientAddress } from "./client-address";
import { authConfig } from "./config";
import { challengeSchema, signInSchema } from "./schema";
import { checkSession, createSession, deleteStaleSessions, revokeSession } from "./sessions";
import { sessionToken } from "./session-token";
import { challengeStep, passwordStep, type ChallengeStep } from "./sign-in";

/**
 * Why a sign-in did not go through, as Auth.js passes it on: `code` reaches the form's action and
 * the `code=` of /api/auth/callback/credentials' redirect. A wrong password, an unknown email and
 * a deactivated account all have the one code "credentials".
 */
export class SignInRefused extends CredentialsSignin {
  constructor(
    public override code: "credentials" | "throttled" | "second_factor" | "wrong_code" | "expired",
    public readonly retryAfterSeconds = 0,
  ) {
    super();
  }
}

/** The session row a token names still stands for its account (./sessions.ts checkSession). */
async function sessionStands(token: JWT): Promise<boolean> {
  if (!token.sid || !token.uid) return false;
  return (await checkSession(token.sid, token.uid, token.sessionVersion)).valid;
}

/** Who a request's session cookie signed in, as auth() has it (the fields currentUser() uses). */
export interface RequestSession {
  user: { id: string; sessionVersion: number };
}

/**
 * This request's session for server code (lib/auth/session.ts currentUser): its cookie's token
 * (./session-token.ts), then the same checks as the jwt callback below, without auth()'s round
 * through Auth.js's session endpoint (its CSRF token, a renewed cookie that a server component
 * cannot set, JSON written and parsed). The route handlers under /api/auth still run Auth.js.
 */
export async function readSession(): Promise<RequestSession | null> {
  const token = await sessionToken(await headers());
  if (!token?.uid || !(await sessionStands(token))) return null;
  return { user: { id: token.uid, sessionVersion: token.sessionVersion ?? 0 } };
}

// Full Auth.js configuration: email + password (argon2id) against the users table, then the second
// factor when the account has one; each sign-in is a row in AuthSession, checked on every request.
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: {
        email: { type: "email" },
        password: { type: "password" },
        challenge: { type: "text" },
        code: { type: "text" },
      },
      async authorize(raw, request) {
        const address = clientAddress(request.headers);
        let step: ChallengeStep;
        const second = challengeSchema.safeParse(raw);
        if (second.success) {
          step = await challengeStep(second.data, address);
        } else {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new SignInRefused("credentials");
          const first = await passwordStep(parsed.data, address);
          if (first.kind === "wrong")
            throw new SignInRefused("credentials", first.retryAfterSeconds);
          if (first.kind === "throttled")
            throw new SignInRefused("throttled", first.retryAfterSeconds);
          // Through the bare endpoint, an account with a second factor cannot finish in one request.
          if (first.kind !== "none") throw new SignInRefused("second_factor");
          step = await challengeStep({ challenge: first.challenge }, address);
        }
        if (step.kind === "throttled") throw new SignInRefused("throttled", step.retryAfterSeconds);
        if (step.kind === "wrong-code")
          throw new SignInRefused("wrong_code", step.retryAfterSeconds);
        if (step.kind === "expired") throw new SignInRefused("expired");
        const { user, method } = step;
        const sessionId = await createSession(
          user.id,
          address,
          request.headers.get("user-agent") ?? "",
        );
        await db.$transaction([
          db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
          db.auditLog.create({
            data: {
              actorId: user.id,
              action: "auth.signin",
              entityType: "user",
              entityId: user.id,
              details: { address, method },
            },
          }),
        ]);
        await deleteStaleSessions();
        return { ...user, sessionId };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    // Every read of the session (pages, actions, route handlers, /api/auth/session) asks the
    // database whether it still stands; null makes Auth.js clear the cookie and answer "no session".
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (!token || params.user) return token;
      return (await sessionStands(token)) ? token : null;
    },
  },
  events: {
    // Both ways out (the newsroom's button and POST /api/auth/signout) end the session for good.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await revokeSession(sid);
    },
  },
});
