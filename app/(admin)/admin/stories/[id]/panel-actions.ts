"use server";

import {
  addCommentRequest,
  moveCommentRequest,
  removeCommentRequest,
  updateCommentRequest,
} from "@/lib/comment-requests/mutations";
import { addCorrection } from "@/lib/corrections/mutations";
import { searchPublishedStories } from "@/lib/related/editor-queries";
import {
  addRelated,
  moveRelated,
  removeRelated,
  updateExternalRelated,
} from "@/lib/related/mutations";
import { parsePublishedAt } from "@/lib/related/published-at";
import {
  addSource,
  approveSource,
  moveSource,
  removeSource,
  updateSource,
} from "@/lib/sources/mutations";
import { SOURCE_FORM_FIELDS } from "@/lib/sources/schema";
import { parseLocalDateTime } from "@/lib/stories/schema";
import { attempt, type ActionResult } from "@/lib/shared/action-result";
import {
  createTagInline,
  listTagRequests,
  requestTag,
  searchTagsForPicker,
} from "@/lib/tags/picker";

// Actions of the reporting panels beside the text. Each is a thin wrapper: the domain module
// checks access against the story's record and validates the input.

type FormState = ActionResult | null;
const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** Save a panel's item: the one whose id the form carries under `idName`, or a new one. */
function saveItem<I>(
  form: FormData,
  idName: string,
  input: I,
  update: (id: string, input: I) => Promise<object>,
  add: (storyId: string, input: I) => Promise<object>,
) {
  const id = text(form, idName);
  return attempt(() => (id ? update(id, input) : add(text(form, "storyId"), input)));
}

// Add or edit a source (form: sourceId empty = new).
export async function saveSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = Object.fromEntries(SOURCE_FORM_FIELDS.map((k) => [k, form.get(k) ?? ""]));
  return saveItem(form, "sourceId", input, updateSource, addSource);
}
export async function removeSourceAction(sourceId: string) {
  return attempt(() => removeSource(sourceId));
}
export async function moveSourceAction(id: string, direction: "up" | "down") {
  return attempt(() => moveSource({ id, direction }));
}
export async function approveSourceAction(sourceId: string) {
  return attempt(() => approveSource(sourceId));
}

function commentRequestInput(form: FormData) {
  const tz = form.get("tzOffset");
  return {
    organisation: text(form, "organisation"),
    channel: text(form, "channel"),
    outcome: text(form, "outcome"),
    responseText: text(form, "responseText"),
    sentAt: parseLocalDateTime(form.get("sentAt"), tz),
    deadline: parseLocalDateTime(form.get("deadline"), tz),
    respondedAt: parseLocalDateTime(form.get("respondedAt"), tz),
  };
}
// Add or edit a request for comment (form: requestId empty = new).
export async function saveCommentRequestAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const input = commentRequestInput(form);
  return saveItem(form, "requestId", input, updateCommentRequest, addCommentRequest);
}
export async function removeCommentRequestAction(id: string) {
  return attempt(() => removeCommentRequest(id));
}
export async function moveCommentRequestAction(id: string, direction: "up" | "down") {
  return attempt(() => moveCommentRequest({ id, direction }));
}

// The fields of an external article's form; its time may be typed as "now" or "4 minutes ago".
function externalInput(form: FormData) {
  const when = parsePublishedAt(form.get("publishedAt"), form.get("tzOffset"));
  if (!when.ok) return { message: when.message };
  return {
    input: {
      kind: "external",
      url: text(form, "url"),
      outlet: text(form, "outlet"),
      headline: text(form, "headline"),
      excerpt: text(form, "excerpt"),
      publishedAt: when.date,
    },
  };
}
// Add an external related article typed in by hand, or edit one (form: relatedId set).
export async function saveExternalRelatedAction(
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const parsed = externalInput(form);
  if (!parsed.input)
    return { ok: false, message: parsed.message, fieldErrors: { publishedAt: [parsed.message] } };
  return saveItem(form, "relatedId", parsed.input, updateExternalRelated, addRelated);
}
export async function addInternalRelatedAction(storyId: string, targetStoryId: string) {
  return attempt(() => addRelated(storyId, { kind: "internal", targetStoryId }));
}
export async function removeRelatedAction(id: string) {
  return attempt(() => removeRelated(id));
}
export async function moveRelatedAction(id: string, direction: "up" | "down") {
  return attempt(() => moveRelated({ id, direction }));
}
export async function searchPublishedAction(query: string, storyId: string) {
  return attempt(async () => ({
    stories: await searchPublishedStories(String(query), String(storyId)),
  }));
}

// Add a correction or update to a published story.
export async function addCorrectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return attempt(() =>
    addCorrection(text(form, "storyId"), { kind: text(form, "kind"), text: text(form, "text") }),
  );
}

// Tag picker: search as you type; editors may add a new tag inline.
export async function searchTagsAction(query: string) {
  return attempt(async () => ({ tags: await searchTagsForPicker(String(query)) }));
}
export async function createTagAction(name: string) {
  return attempt(async () => ({ tag: await createTagInline({ name }) }));
}
// Reporters ask the desk for a tag the vocabulary lacks; editors see the requests on the story.
export async function requestTagAction(storyId: string, name: string) {
  return attempt(() => requestTag({ storyId, name }));
}
export async function tagRequestsAction(storyId: string) {
  return attempt(async () => ({ requests: await listTagRequests(String(storyId)) }));
}
