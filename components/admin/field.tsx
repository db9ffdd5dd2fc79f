// A labelled form field with its error message next to it, tied together for screen readers.
export function Field({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (props: {
    id: string;
    name: string;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }) => React.ReactNode;
}) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted" style={{ margin: 0, fontSize: "0.9rem" }}>
          {hint}
        </p>
      )}
      {children({
        id,
        name,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": described || undefined,
      })}
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message of an action result. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return null;
  return state.ok ? (
    <p role="status" className="form-ok">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="form-error">
      {state.message}
    </p>
  );
}

/**
 * An admin form posting to its server action (useAdminForm's `form`): the answer's message, the
 * fields, and a submit button that says what it is doing while it posts. The browser's own checks
 * are off unless `browserChecks`: the server's messages say more.
 */
export function AdminForm({
  form,
  submit,
  busy,
  browserChecks = false,
  children,
}: {
  form: {
    state: { ok: boolean; message?: string } | null;
    action: (formData: FormData) => void;
    pending: boolean;
  };
  /** The submit button's words, and its words while the form posts ("Saving…"). */
  submit: string;
  busy: string;
  browserChecks?: boolean;
  children: React.ReactNode;
}) {
  return (
    <form action={form.action} className="admin-form" noValidate={!browserChecks}>
      <FormMessage state={form.state} />
      {children}
      <button type="submit" disabled={form.pending}>
        {form.pending ? busy : submit}
      </button>
    </form>
  );
}
