import "@/components/admin/admin.css";
import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/guard";
import { listStaff } from "@/lib/users/queries";
import { CreateStaffForm } from "./create-staff-form";
import { StaffRowActions } from "./staff-row-actions";
import { ColumnHeads } from "@/components/admin/page-parts";

export const metadata: Metadata = { title: "Staff", robots: { index: false } };

const stamp = (d: Date) => (
  <time dateTime={d.toISOString()}>{d.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
);

export default async function StaffPage() {
  await guardPage("users.manage", "/admin/users");
  const staff = await listStaff();
  return (
    <main className="container">
      <h1>Staff</h1>
      <table>
        <ColumnHeads columns={["Name", "Email", "Role", "Status", "Last sign-in", "Manage"]} />
        <tbody>
          {staff.map((u) => (
            <tr key={u.id} data-email={u.email}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{u.role.toLowerCase()}</td>
              <td>
                {u.active ? (
                  "active"
                ) : (
                  <>deactivated{u.deactivatedAt && <> {stamp(u.deactivatedAt)}</>}</>
                )}
              </td>
              <td>{u.lastSignInAt ? stamp(u.lastSignInAt) : "never"}</td>
              <td>
                <StaffRowActions user={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="admin-panel" aria-labelledby="new-staff">
        <h2 id="new-staff">Add a staff account</h2>
        <CreateStaffForm />
      </section>
    </main>
  );
}
