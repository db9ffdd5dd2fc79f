import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Action } from "./permissions";
import { currentUser, type CurrentUser } from "./session";

// For newsroom pages: sign-in first, then the permission, both against the database. Actions and
// mutations do their own checks; a page's check only decides what to show.
export async function guardPage(
  action: Action = "admin.access",
  returnTo = "/admin",
): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user, action)) forbidden();
  return user;
}
