"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/editor/form-bits";
import { createStoryAction } from "./actions";

// A new story starts from its headline; the editor opens on the draft.
export function NewStoryForm() {
  const [state, formAction, pending] = useActionState(createStoryAction, null);
  return (
    <form action={formAction} className="narrow-form">
      <FormMessage state={state} />
      <label>
        Headline
        <input
          name="headline"
          required
          maxLength={300}
          autoFocus
          aria-describedby="headline-error"
        />
      </label>
      <FieldError state={state} name="headline" />
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create draft"}
      </button>
    </form>
  );
}
