import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { readSession } from "./auth";
import { accountCheckedThisRequest, sessionAccountSelect } from "./sessions";
import { assertCan, type Action, type Actor, type Role, type StoryRecord } from "./permissions";
import { UnauthenticatedError } from "@/lib/shared/errors";

export interface CurrentUser extends Actor {
  name: string;
  email: string;
}

// The token says who signed in; the database says whether they still may. A deactivated account,
// a changed role or a reset password takes effect on the next request, whatever the token holds.
// readSession() checks the session's row (lib/auth/sessions.ts checkSession) and, with it, the account:
// that read is used here rather than a second one. Once per server request (React's cache()): a
// newsroom page asked four times (layout, page, each query's requireCan), two reads each.
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  const id = session?.user?.id;
  if (!id) return null;
  const checked = accountCheckedThisRequest(id);
  if (checked && checked.sessionVersion === session.user.sessionVersion)
    return { id, name: checked.name, email: checked.email, role: checked.role };
  const user = await db.user.findUnique({
    where: { id },
    select: sessionAccountSelect,
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role as Role };
});

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
