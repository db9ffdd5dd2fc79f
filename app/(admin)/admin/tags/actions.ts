"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, toFailure, type ActionResult } from "@/lib/shared/action-result";
import { deleteTag, mergeTags } from "@/lib/tags/merge";
import { createTag, updateTag } from "@/lib/tags/mutations";
import { findTagByRef } from "@/lib/tags/queries";
import type { TagInput } from "@/lib/tags/schema";

const TAG_FIELDS = ["name", "slug", "kind", "description", "aliases"] as const;
const readTag = (f: FormData) => formValues(f, TAG_FIELDS) as unknown as TagInput;

// Create a tag, then open it.
export async function createTagAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  let id: string;
  try {
    id = (await createTag(readTag(formData))).id;
  } catch (error) {
    return toFailure(error, formValues(formData, TAG_FIELDS));
  }
  redirect(`/admin/tags/${id}?saved=1`);
}

// Save a tag's name, slug, kind, description and aliases (a rename keeps the old slug redirecting).
export async function updateTagAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    const tag = await updateTag(String(formData.get("id") ?? ""), readTag(formData));
    refresh();
    return { ok: true, message: `Saved. The tag is at /tags/${tag.slug}.` };
  } catch (error) {
    return toFailure(error, formValues(formData, TAG_FIELDS));
  }
}

/** The refusal of a form field that names no tag. */
const noSuchTag = (field: string, values: Record<string, string>): ActionResult => ({
  ok: false,
  message: "Check the highlighted fields.",
  fieldErrors: { [field]: ["No tag has that slug or name."] },
  values,
});

// Merge the ticked tags into the one named in the form (by slug or name).
export async function mergeTagsAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData, ["target"]);
  let merged: { slug: string; message: string };
  try {
    const target = await findTagByRef(values.target);
    if (!target) return noSuchTag("target", values);
    const outcome = await mergeTags({
      targetId: target.id,
      sourceIds: formData.getAll("sourceIds").map(String),
    });
    const names = outcome.sources.map((s) => s.name).join(", ");
    merged = {
      slug: outcome.target.slug,
      message: `Merged ${names} into ${outcome.target.name}; ${outcome.storyIds.length} stories updated.`,
    };
  } catch (error) {
    const failure = toFailure(error, values);
    const { targetId, target } = failure.fieldErrors;
    return {
      ...failure,
      fieldErrors: { ...failure.fieldErrors, target: targetId ?? target ?? [] },
    };
  }
  // On the duplicates page the merged group disappears with its form, so the page says it instead.
  if (formData.get("after") === "duplicates")
    redirect(`/admin/tags/duplicates?merged=${encodeURIComponent(merged.slug)}`);
  refresh();
  return { ok: true, message: merged.message };
}

// Delete a tag; while stories use it, only with a tag to move them to.
export async function deleteTagAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData, ["moveTo"]);
  let name: string;
  try {
    const moveTo = values.moveTo.trim() ? await findTagByRef(values.moveTo) : null;
    if (values.moveTo.trim() && !moveTo) return noSuchTag("moveTo", values);
    const outcome = await deleteTag({
      tagId: String(formData.get("id") ?? ""),
      moveToId: moveTo?.id,
    });
    name = outcome.sources[0]?.name ?? "The tag";
  } catch (error) {
    const failure = toFailure(error, values);
    const { moveToId, targetId } = failure.fieldErrors;
    return { ...failure, fieldErrors: { moveTo: moveToId ?? targetId ?? [] } };
  }
  redirect(`/admin/tags?deleted=${encodeURIComponent(name)}`);
}
