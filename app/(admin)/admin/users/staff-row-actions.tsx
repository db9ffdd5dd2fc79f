"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/admin/field";
import type { User } from "@/lib/db/generated/browser";
import { staffRowAction, type StaffResult } from "./actions";
import { OneTimeCredentialNotice } from "./one-time-credential";
import { RoleOptions } from "./role-options";

// The buttons of one staff row; each names its intent, one server action decides.
export function StaffRowActions({ user }: { user: Pick<User, "id" | "name" | "role" | "active"> }) {
  const [state, action, pending] = useActionState<StaffResult | null, FormData>(
    staffRowAction,
    null,
  );
  return (
    <form action={action} aria-label={`Manage ${user.name}`}>
      <input type="hidden" name="userId" value={user.id} />
      <div className="admin-actions">
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role of {user.name}
        </label>
        <select
          id={`role-${user.id}`}
          name="role"
          defaultValue={user.role}
          style={{ width: "auto" }}
        >
          <RoleOptions />
        </select>
        <button type="submit" name="intent" value="role" className="secondary" disabled={pending}>
          Change role
        </button>
        {user.active ? (
          <button
            type="submit"
            name="intent"
            value="deactivate"
            className="secondary"
            disabled={pending}
          >
            Deactivate
          </button>
        ) : (
          <button
            type="submit"
            name="intent"
            value="reactivate"
            className="secondary"
            disabled={pending}
          >
            Reactivate
          </button>
        )}
        <button
          type="submit"
          name="intent"
          value="reset-password"
          className="secondary"
          disabled={pending}
        >
          New temporary password
        </button>
        <button
          type="submit"
          name="intent"
          value="reset-link"
          className="secondary"
          disabled={pending}
        >
          New set-password link
        </button>
      </div>
      <FormMessage state={state} />
      {state?.ok && state.credential && <OneTimeCredentialNotice credential={state.credential} />}
    </form>
  );
}
