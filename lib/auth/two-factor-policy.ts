import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "./permissions";

// Who must have a second factor. NEWSROOM_TWO_FACTOR=required (the default, and what `npm start`
// runs with): editors and admins always, reporters when an admin has asked for it on the account
// page. NEWSROOM_TWO_FACTOR=optional (`npm run demo`, `npm run dev`): nobody is made to enrol, and
// whoever has enrolled is still asked for a code.

export type TwoFactorMode = "required" | "optional";

export function twoFactorMode(value = process.env.NEWSROOM_TWO_FACTOR): TwoFactorMode {
  if (value === undefined || value === "" || value === "required") return "required";
  if (value === "optional") return "optional";
  throw new Error(`NEWSROOM_TWO_FACTOR must be "required" or "optional" (got "${value}")`);
}

export async function reportersNeedTwoFactor(): Promise<boolean> {
  const row = await db.authPolicy.findUnique({
    where: { id: 1 },
    select: { reportersNeedTwoFactor: true },
  });
  return row?.reportersNeedTwoFactor ?? false;
}

/** Whether someone with this role must have a second factor before they may sign in. */
export async function twoFactorRequiredFor(role: Role): Promise<boolean> {
  if (twoFactorMode() === "optional") return false;
  if (role === "EDITOR" || role === "ADMIN") return true;
  return reportersNeedTwoFactor();
}
