import { InputError } from "@/lib/shared/errors";

// Two admins saving the same name or slug at once: the checks inside the transaction pass for both,
// the unique index stops the second. Turn that into the same message the checks give.
export function uniqueViolation(error: unknown): never {
  const e = error as {
    code?: string;
    meta?: {
      target?: unknown;
      driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } };
    };
  };
  if (e?.code === "P2002") {
    const text = JSON.stringify(e.meta ?? {});
    const field = text.includes("slug") ? "slug" : text.includes("name") ? "name" : "form";
    throw new InputError("Check the highlighted fields.", {
      [field]: [
        field === "slug"
          ? "That slug was just taken by another tag."
          : "A tag with that name was just created.",
      ],
    });
  }
  throw error;
}
