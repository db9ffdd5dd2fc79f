import type { StoryFormValues } from "./use-autosave";

// The browser copy of a story's unsaved text, kept in localStorage until the server has it.

export interface LocalDraft {
  baseVersion: number;
  savedAt: string;
  values: StoryFormValues;
}

export const draftKey = (storyId: string) => `newsroom:story-draft:${storyId}`;

export function readLocalDraft(storyId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(storyId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(storyId: string, baseVersion: number, values: StoryFormValues) {
  try {
    const draft: LocalDraft = { baseVersion, savedAt: new Date().toISOString(), values };
    window.localStorage.setItem(draftKey(storyId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}

export function clearLocalDraft(storyId: string) {
  try {
    window.localStorage.removeItem(draftKey(storyId));
  } catch {
    // Storage disabled: nothing was kept.
  }
}
