"use server";

import { getLeadImageForEditor, searchMediaForPicker, type EditorImage } from "@/lib/media/queries";
import { setFocalPoint, setLeadImage, updateMediaDetails } from "@/lib/media/mutations";
import { attempt, type ActionResult } from "@/lib/shared/action-result";

// Actions of the media library and the editor's picture panel: thin wrappers, the domain module
// checks who may and validates the input.

type FormState = ActionResult | null;

// Save a picture's alt text, caption, credit and rights (the details form).
export async function updateMediaDetailsAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const input = Object.fromEntries(
    ["mediaId", "alt", "caption", "credit", "copyright", "rightsNote"].map((k) => [
      k,
      String(form.get(k) ?? ""),
    ]),
  );
  return attempt(async () => {
    await updateMediaDetails(input);
    return {};
  });
}

// Move the focal point (a click on the picture); the crops are made again.
export async function setFocalPointAction(mediaId: string, x: number, y: number) {
  return attempt(() => setFocalPoint({ mediaId, x, y }));
}

// The editor's picker: the newest pictures matching the words.
export async function searchMediaAction(
  q: string,
): Promise<ActionResult<{ images: EditorImage[] }>> {
  return attempt(async () => ({ images: await searchMediaForPicker(q) }));
}

export async function getLeadImageAction(
  storyId: string,
): Promise<ActionResult<{ image: EditorImage | null }>> {
  return attempt(async () => ({ image: await getLeadImageForEditor(storyId) }));
}

// Choose or clear the story's lead image.
export async function setLeadImageAction(storyId: string, mediaId: string | null) {
  return attempt(async () => {
    await setLeadImage({ storyId, mediaId });
    return { image: await getLeadImageForEditor(storyId) };
  });
}
