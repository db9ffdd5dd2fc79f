"use client";

import { useAdminForm } from "@/components/admin/use-admin-form";
import { AdminForm, Field } from "@/components/admin/field";
import { createStaffAction } from "./actions";
import { OneTimeCredentialNotice } from "./one-time-credential";
import { RoleOptions } from "./role-options";

export function CreateStaffForm() {
  const form = useAdminForm(createStaffAction);
  const { state, errors } = form;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <AdminForm form={form} submit="Create account" busy="Creating…">
      {state?.ok && state.credential && <OneTimeCredentialNotice credential={state.credential} />}
      <Field name="name" label="Name" errors={errors.name}>
        {(p) => <input {...p} defaultValue={values?.name} autoComplete="off" />}
      </Field>
      <Field name="email" label="Email" errors={errors.email}>
        {(p) => <input {...p} type="email" defaultValue={values?.email} autoComplete="off" />}
      </Field>
      <Field name="role" label="Role" errors={errors.role}>
        {(p) => (
          <select {...p} defaultValue={values?.role ?? "REPORTER"}>
            <RoleOptions />
          </select>
        )}
      </Field>
      <fieldset style={{ marginTop: "0.75rem", border: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600 }}>First password</legend>
        <label style={{ fontWeight: 400 }}>
          <input
            type="radio"
            name="credential"
            value="password"
            defaultChecked={values?.credential !== "link"}
            style={{ width: "auto" }}
          />{" "}
          A temporary password, shown once
        </label>
        <label style={{ fontWeight: 400, marginTop: 0 }}>
          <input
            type="radio"
            name="credential"
            value="link"
            defaultChecked={values?.credential === "link"}
            style={{ width: "auto" }}
          />{" "}
          A set-password link, shown once
        </label>
        {errors.credential && <p className="field-error">{errors.credential[0]}</p>}
      </fieldset>
    </AdminForm>
  );
}
