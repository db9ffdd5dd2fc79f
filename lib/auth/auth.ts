import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { authConfig } from "./config";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";

// Full Auth.js configuration: email + password (argon2id) against the users table.
// The same answer for an unknown email, a wrong password and a deactivated account.
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const { email, password } = parsed.data;
        const user = await db.user.findUnique({
          where: { email },
          select: {
            id: true,
            name: true,
            email: true,
            role: true,
            active: true,
            passwordHash: true,
            sessionVersion: true,
          },
        });
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !ok || !user.active) {
          await db.auditLog.create({
            data: {
              actorId: user?.id ?? null,
              action: "auth.signin_failed",
              entityType: "user",
              entityId: user?.id ?? null,
              details: { email },
            },
          });
          throw new CredentialsSignin();
        }
        await db.$transaction([
          db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
          db.auditLog.create({
            data: {
              actorId: user.id,
              action: "auth.signin",
              entityType: "user",
              entityId: user.id,
            },
          }),
        ]);
        return {
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
});
