import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/guard";
import { listStaff } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Staff", robots: { index: false } };

export default async function StaffPage() {
  await guardPage("users.manage", "/admin/users");
  const staff = await listStaff();
  return (
    <main className="container">
      <h1>Staff</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{u.role.toLowerCase()}</td>
              <td>{u.active ? "active" : "deactivated"}</td>
              <td>{u.lastSignInAt ? <time dateTime={u.lastSignInAt.toISOString()}>{u.lastSignInAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time> : "never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
