import type { JWT } from "next-auth/jwt";
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./permissions";

// The part of the Auth.js configuration that needs no database, which the full configuration in
// ./auth.ts extends; proxy.ts's early redirect reads the cookie with ./session-token.ts alone.

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string; email: string; sessionVersion: number };
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sessionVersion?: number;
    /** The AuthSession row this cookie belongs to (./sessions.ts). */
    sid?: string;
    /** Seconds since the epoch at sign-in: no renewal carries a cookie past 12 hours. */
    signedInAt?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** A token within the absolute lifetime counted from sign-in (the cookie's maxAge aside). */
export function withinLifetime(token: JWT, now = Math.floor(Date.now() / 1000)): boolean {
  return token.signedInAt !== undefined && now - token.signedInAt <= SESSION_MAX_AGE_SECONDS;
}

export const authConfig = {
  trustHost: true,
  // The cookie's own lifetime; the session's absolute (12 h) and idle (30 min) limits are kept in
  // the database (./sessions.ts), since a renewed cookie would otherwise live on.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    // No renewal carries a cookie past the absolute lifetime. Everything else about the session is
    // checked in ./auth.ts.
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sid = user.sessionId;
        token.signedInAt = now;
      }
      return withinLifetime(token, now) ? token : null;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.sessionVersion = token.sessionVersion ?? 0;
      }
      return session;
    },
  },
  logger: {
    // A wrong password is not an error worth a stack trace.
    error(error) {
      if (
        error.name === "CredentialsSignin" ||
        (error as { type?: string }).type === "CredentialsSignin"
      )
        return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
} satisfies NextAuthConfig;
