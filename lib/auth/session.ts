import "server-only";
import { db } from "@/lib/db/client";
import { auth } from "./auth";
import { assertCan, type Action, type Actor, type Role, type StoryRecord } from "./permissions";
import { UnauthenticatedError } from "@/lib/shared/errors";

export interface CurrentUser extends Actor {
  name: string;
  email: string;
}

// The token says who signed in; the database says whether they still may. A deactivated account,
// a changed role or a reset password takes effect on the next request, whatever the token holds.
export async function currentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role };
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** requireUser() + assertCan() in one call, for mutations. */
export async function requireCan(action: Action, story?: StoryRecord): Promise<CurrentUser> {
  const user = await requireUser();
  assertCan(user, action, story);
  return user;
}
