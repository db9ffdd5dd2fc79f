import { Options } from "@/components/options";
import type { Role } from "@/lib/db/generated/browser";

// The staff roles as an admin reads them, for the new-staff form and each staff row. (Not from
// lib/users/schema.ts: it reaches the password hasher, which has no place in the browser.)
const ROLE_LABEL = {
  REPORTER: "Reporter",
  EDITOR: "Editor",
  ADMIN: "Admin",
} as const satisfies Record<Role, string>;

export function RoleOptions() {
  return <Options labels={ROLE_LABEL} />;
}
