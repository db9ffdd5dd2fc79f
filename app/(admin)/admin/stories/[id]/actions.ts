"use server";

import { revalidatePath } from "next/cache";
import { leavePresence, touchPresence } from "@/lib/stories/presence";
import { attempt } from "@/lib/shared/action-result";
import { restoreRevision } from "@/lib/stories/revisions";
import { saveStory } from "@/lib/stories/mutations";
import {
  publishStory,
  returnToDraft,
  scheduleStory,
  submitStory,
  unpublishStory,
} from "@/lib/stories/workflow";
import { parseLocalDateTime } from "@/lib/stories/schema";

// Save the whole story form on top of its base version: the writer asked (the Save button).
export async function saveStoryAction(input: unknown) {
  return attempt(async () => ({ outcome: await saveStory(input, { kind: "SAVE" }) }));
}

// The same save made by the editor on its own; a run of these folds into one revision.
export async function autosaveStoryAction(input: unknown) {
  return attempt(async () => ({ outcome: await saveStory(input, { kind: "AUTOSAVE" }) }));
}

// Heartbeat of an open editor: marks presence, returns who else is here and the current version.
export async function heartbeatAction(storyId: string) {
  return attempt(() => touchPresence(String(storyId)));
}

// The editor was closed.
export async function leaveAction(storyId: string) {
  return attempt(async () => (await leavePresence(String(storyId)), {}));
}

function refreshed<T extends object>(storyId: string, run: () => Promise<T>) {
  return attempt(async () => {
    const result = await run();
    revalidatePath(`/admin/stories/${storyId}`);
    return result;
  });
}

// Workflow steps; each re-checks permission, status and (to publish) the gate on the server.
export async function submitAction(storyId: string) {
  return refreshed(storyId, () => submitStory(String(storyId)));
}
export async function publishAction(storyId: string) {
  return refreshed(storyId, () => publishStory(String(storyId)));
}
export async function unpublishAction(storyId: string) {
  return refreshed(storyId, () => unpublishStory(String(storyId)));
}
export async function returnToDraftAction(storyId: string) {
  return refreshed(storyId, () => returnToDraft(String(storyId)));
}
export async function scheduleAction(storyId: string, localTime: string, offsetMinutes: number) {
  return refreshed(storyId, () =>
    scheduleStory({ storyId, scheduledAt: parseLocalDateTime(localTime, offsetMinutes) ?? "" }),
  );
}

// Bring back an old version as a new one.
export async function restoreRevisionAction(input: unknown) {
  return attempt(async () => ({ outcome: await restoreRevision(input) }));
}
