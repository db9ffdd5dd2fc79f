"use client";

import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
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

/**
 * A panel form's field: its label with the input inside, then the server's message for the input's
 * name. `children` draws the input under the name it is given, so the input and its message cannot
 * name different fields.
 */
export function PanelField({
  label,
  name,
  state,
  children,
}: {
  label: string;
  name: string;
  state: FormState;
  children: (name: string) => ReactNode;
}) {
  return (
    <>
      <label>
        {label}
        {children(name)}
      </label>
      <FieldError state={state} name={name} />
    </>
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

/** The clock time alone, "14:05", for what happened today (a save, a copy kept in the browser). */
export function formatClock(iso: string): string {
  return new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
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
  const moves = [
    { direction: "up", arrow: "↑", disabled: first },
    { direction: "down", arrow: "↓", disabled: last },
  ] as const;
  return (
    <span className="move">
      {moves.map(({ direction, arrow, disabled }) => (
        <button
          key={direction}
          type="button"
          className="secondary small"
          onClick={() => onMove(direction)}
          disabled={disabled}
          aria-label={`Move ${label} ${direction}`}
        >
          {arrow}
        </button>
      ))}
    </span>
  );
}

/**
 * A reporting panel's list: which item is open for editing ("new" while adding one), the last
 * refusal, and `run`, which waits for an action, shows its refusal and refreshes the story.
 */
export function usePanelList(actions: {
  remove: (id: string) => Promise<ActionResult>;
  move: (id: string, d: "up" | "down") => Promise<ActionResult>;
  refresh: () => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState("");
  const run = async (p: Promise<ActionResult>) => {
    const r = await p;
    setError(r.ok ? "" : r.message);
    actions.refresh();
  };
  const handlers: ItemHandlers = {
    edit: setEditing,
    remove: (id) => run(actions.remove(id)),
    move: (id, d) => run(actions.move(id, d)),
  };
  /** A form in the list was saved: close it and show the story's new state. */
  const done = () => {
    setEditing(null);
    actions.refresh();
  };
  return { editing, setEditing, error, run, handlers, done };
}

/** What a reporting panel's list gets from the editor screen: its story, and the item actions. */
export interface ListPanelProps {
  storyId: string;
  editable: boolean;
  /** Adds an item, or saves one when the form carries its id. */
  saveAction: FormAction;
  remove: (id: string) => Promise<ActionResult>;
  move: (id: string, direction: "up" | "down") => Promise<ActionResult>;
  refresh: () => void;
}

/**
 * A panel's list: each item as `show` draws it, or its form while it is being edited; then, for
 * those who may edit, the "Add …" button or the new item's form.
 */
export function ItemList<T extends { id: string }>({
  items,
  testId,
  editing,
  editable,
  addLabel,
  onAdd,
  form,
  show,
}: {
  items: readonly T[];
  testId: string;
  /** The item being edited, "new" while one is added (usePanelList's `editing`). */
  editing: string | null;
  editable: boolean;
  addLabel: string;
  onAdd: () => void;
  /** The form for an item, or for a new one (null). */
  form: (item: T | null) => ReactNode;
  show: (item: T, index: number) => ReactNode;
}) {
  return (
    <>
      <ol className="plain">
        {items.map((item, i) => (
          <li key={item.id} className="item" data-testid={testId}>
            {editing === item.id ? form(item) : show(item, i)}
          </li>
        ))}
      </ol>
      {editable && (
        <AddItem label={addLabel} open={editing === "new"} onOpen={onAdd}>
          {form(null)}
        </AddItem>
      )}
    </>
  );
}

/** A reporting panel: its heading with the count of its items, and its last refusal. */
export function Panel({
  id,
  title,
  count,
  error,
  children,
}: {
  id: string;
  title: string;
  count: number;
  error: string;
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} <span className="count">{count}</span>
      </h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {children}
    </section>
  );
}

/** What a panel does with one of its items; the same for every item of the list. */
export interface ItemHandlers {
  edit: (id: string) => void;
  remove: (id: string) => void;
  move: (id: string, d: "up" | "down") => void;
}

/** An item's Edit, Remove (after a confirm) and ↑/↓ buttons. */
export function ItemActions({
  noun,
  list,
  index,
  handlers,
}: {
  /** What the item is called in labels: "source", "request". */
  noun: string;
  list: readonly { id: string }[];
  index: number;
  handlers: ItemHandlers;
}) {
  const id = list[index].id;
  return (
    <>
      <button type="button" className="secondary" onClick={() => handlers.edit(id)}>
        Edit
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => confirm(`Remove this ${noun}?`) && handlers.remove(id)}
      >
        Remove
      </button>
      <MoveButtons
        label={noun}
        first={index === 0}
        last={index === list.length - 1}
        onMove={(d) => handlers.move(id, d)}
      />
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

/**
 * A panel form's saving, through useActionState: the last answer, the action to post, whether it
 * is saving, and `done` (its Cancel, and what runs once a save succeeds).
 */
export function useItemForm(saveAction: FormAction, done: () => void) {
  const [state, action, pending] = useActionState(saveAction, null);
  useOnSuccess(state, done);
  return { state, action, pending, done };
}

/**
 * A panel's form for one of its items: its hidden fields (the story's id and the item's, "" for a
 * new one), the writer's time zone where it has times, its refusal, its fields, and Save / Cancel.
 */
export function ItemForm({
  form,
  label,
  hidden,
  times = false,
  keepTyped = false,
  saveLabel,
  children,
}: {
  form: ReturnType<typeof useItemForm>;
  label: string;
  /** Posted as they are: `{ storyId, sourceId }`. */
  hidden: Record<string, string>;
  /** The form has date-time fields, which the server reads in the writer's time zone. */
  times?: boolean;
  /**
   * Submitted by hand, not as the form's action: React resets a form after its action runs, which
   * would throw away what the writer typed whenever the server sends back a correction.
   */
  keepTyped?: boolean;
  /** The submit button's words, while it is not saving. */
  saveLabel: string;
  children: ReactNode;
}) {
  const submit = keepTyped
    ? {
        onSubmit: (e: FormEvent<HTMLFormElement>) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          startTransition(() => form.action(data));
        },
      }
    : { action: form.action };
  return (
    <form {...submit} className="panel-form" aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {times && <TzOffset />}
      <FormMessage state={form.state} />
      {children}
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : saveLabel}
      </button>{" "}
      <button type="button" className="secondary" onClick={form.done}>
        Cancel
      </button>
    </form>
  );
}
