"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { ActionResult } from "@/lib/shared/action-result";

export type FormState = ActionResult | null;
export type FormAction = (prev: FormState, form: FormData) => Promise<FormState>;

/** Calls onSuccess once per successful submission of a useActionState form. */
export function useOnSuccess(state: FormState, onSuccess: () => void) {
  const last = useRef<FormState>(null);
  useEffect(() => {
    if (state && state !== last.current && state.ok) onSuccess();
    last.current = state;
  }, [state, onSuccess]);
}

export function FieldError({ state, name }: { state: FormState; name: string }) {
  const messages = state && !state.ok ? state.fieldErrors[name] : undefined;
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={`${name}-error`}>
      {messages.join(" ")}
    </p>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state || state.ok) return null;
  return (
    <p className="form-error" role="alert">
      {state.message}
    </p>
  );
}

/** A datetime-local value for a date, in the browser's own time zone. */
export function toLocalInput(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = new Date(value);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The browser's offset, so the server reads datetime-local values in the writer's time zone. */
export function TzOffset() {
  return (
    <input
      type="hidden"
      name="tzOffset"
      value={typeof window === "undefined" ? 0 : new Date().getTimezoneOffset()}
      suppressHydrationWarning
      readOnly
    />
  );
}

export function formatTime(value: Date | string): string {
  return new Date(value).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

export function MoveButtons({
  onMove,
  first,
  last,
  label,
}: {
  onMove: (d: "up" | "down") => void;
  first: boolean;
  last: boolean;
  label: string;
}) {
  return (
    <span className="move">
      <button
        type="button"
        className="secondary small"
        onClick={() => onMove("up")}
        disabled={first}
        aria-label={`Move ${label} up`}
      >
        ↑
      </button>
      <button
        type="button"
        className="secondary small"
        onClick={() => onMove("down")}
        disabled={last}
        aria-label={`Move ${label} down`}
      >
        ↓
      </button>
    </span>
  );
}

/** An item's Edit, Remove (after the writer confirms) and ↑/↓ buttons, in the sources and requests lists. */
export function ItemActions({
  noun,
  index,
  count,
  onEdit,
  onRemove,
  onMove,
}: {
  /** What the item is called in labels: "source", "request". */
  noun: string;
  index: number;
  count: number;
  onEdit: () => void;
  onRemove: () => void;
  onMove: (d: "up" | "down") => void;
}) {
  return (
    <>
      <button type="button" className="secondary" onClick={onEdit}>
        Edit
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => confirm(`Remove this ${noun}?`) && onRemove()}
      >
        Remove
      </button>
      <MoveButtons label={noun} first={index === 0} last={index === count - 1} onMove={onMove} />
    </>
  );
}

/** A list's "Add …" button, or in its place the form it opened. */
export function AddItem({
  label,
  open,
  onOpen,
  children,
}: {
  label: string;
  open: boolean;
  onOpen: () => void;
  /** The form for the new item, shown while `open`. */
  children: ReactNode;
}) {
  if (open) return children;
  return (
    <button type="button" className="secondary" onClick={onOpen}>
      {label}
    </button>
  );
}
