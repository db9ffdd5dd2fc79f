import Link from "next/link";
import { guardPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await guardPage("admin.access");
  return (
    <>
      <nav className="admin-nav" aria-label="Newsroom">
        <Link href="/admin">Stories</Link>
        <Link href="/admin/media">Media</Link>
        {can(user, "tags.manage") && <Link href="/admin/tags">Tags</Link>}
        {can(user, "users.manage") && <Link href="/admin/users">Staff</Link>}
        {can(user, "audit.view") && <Link href="/admin/audit">Audit log</Link>}
        <span className="spacer" />
        <Link href="/admin/account">
          {user.name} <span className="badge">{user.role.toLowerCase()}</span>
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="secondary">
            Sign out
          </button>
        </form>
      </nav>
      {children}
    </>
  );
}
