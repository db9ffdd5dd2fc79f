"use server";

import { redirect } from "next/navigation";
import { createStory } from "@/lib/stories/mutations";
import { attempt, type ActionResult } from "@/lib/shared/action-result";

// Create a draft from a headline and open it in the editor.
export async function createStoryAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult | null> {
  const result = await attempt(() => createStory({ headline: String(form.get("headline") ?? "") }));
  if (!result.ok) return result;
  redirect(`/admin/stories/${result.id}`);
}
