import "server-only";
import type { JSONContent } from "@tiptap/core";
import { assertCan } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { documentToPlainText } from "@/lib/editor/document";
import { diffText, diffWords, type DiffPart } from "./diff";
import { applySave, type SaveOutcome } from "./mutations";
import { loadStoryRecord } from "./record";
import { InputError, NotFoundError, parseId, parseInput } from "@/lib/shared/errors";
import { revisionRestoreSchema, storySaveSchema } from "./schema";

export interface RevisionSnapshot {
  headline: string;
  summary: string;
  dateline: string;
  body: JSONContent;
  tagIds: string[];
  bylineIds: string[];
}

async function requireViewer(storyId: string) {
  const user = await requireUser();
  const { story, record } = await db.$transaction((tx) => loadStoryRecord(tx, storyId));
  assertCan(user, "stories.view", record);
  return { user, story, record };
}

// Every kept version of a story, newest first (a folded run of autosaves is one, at its latest).
export async function listRevisions(storyId: string) {
  storyId = parseId(storyId, "story");
  await requireViewer(storyId);
  return db.revision.findMany({
    where: { storyId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      savedAt: true,
      lastSavedAt: true,
      kind: true,
      autosaves: true,
      steps: true,
      note: true,
      savedBy: { select: { name: true } },
    },
  });
}

export interface RevisionDiff {
  from: { version: number; savedAt: Date };
  to: { version: number; savedAt: Date };
  fields: { label: string; parts: DiffPart[] }[];
  body: DiffPart[][];
}

// A readable diff between two versions: changed fields, then the text word by word.
export async function diffRevisions(
  storyId: string,
  fromVersion: number,
  toVersion: number,
): Promise<RevisionDiff> {
  storyId = parseId(storyId, "story");
  if (!Number.isSafeInteger(fromVersion) || !Number.isSafeInteger(toVersion))
    throw new InputError("Pick two versions to compare.", { version: ["Not a version."] });
  await requireViewer(storyId);
  const rows = await db.revision.findMany({
    where: { storyId, version: { in: [fromVersion, toVersion] } },
    select: { version: true, savedAt: true, snapshot: true },
  });
  const from = rows.find((r) => r.version === fromVersion);
  const to = rows.find((r) => r.version === toVersion);
  if (!from || !to) throw new NotFoundError("revision");
  const a = from.snapshot as unknown as RevisionSnapshot;
  const b = to.snapshot as unknown as RevisionSnapshot;
  const tagNames = await db.tag.findMany({
    where: { id: { in: [...(a.tagIds ?? []), ...(b.tagIds ?? [])] } },
    select: { id: true, name: true },
  });
  const name = (ids: string[] = []) =>
    ids.map((id) => tagNames.find((t) => t.id === id)?.name ?? "(deleted tag)").join(", ");
  const fields = [
    { label: "Headline", before: a.headline, after: b.headline },
    { label: "Summary", before: a.summary, after: b.summary },
    { label: "Dateline", before: a.dateline, after: b.dateline },
    { label: "Tags", before: name(a.tagIds), after: name(b.tagIds) },
  ]
    .filter((f) => f.before !== f.after)
    .map((f) => ({ label: f.label, parts: diffWords(f.before ?? "", f.after ?? "") }));
  return {
    from: { version: from.version, savedAt: from.savedAt },
    to: { version: to.version, savedAt: to.savedAt },
    fields,
    body: diffText(documentToPlainText(a.body), documentToPlainText(b.body)),
  };
}

// Bring back an old version as a NEW version on top of the current one (history is never rewritten).
export async function restoreRevision(input: unknown): Promise<SaveOutcome> {
  const { storyId, revisionId, baseVersion } = parseInput(revisionRestoreSchema, input);
  const { user, story } = await requireViewer(storyId);
  const revision = await db.revision.findFirst({
    where: { id: revisionId, storyId },
    select: { version: true, snapshot: true },
  });
  if (!revision) throw new NotFoundError("revision");
  const snap = revision.snapshot as unknown as RevisionSnapshot;
  const tags = await db.tag.findMany({
    where: { id: { in: snap.tagIds ?? [] } },
    select: { id: true },
  });
  // A snapshot that did not record tags (older imports) keeps the story's current ones.
  const currentTagIds = snap.tagIds
    ? []
    : (
        await db.storyTag.findMany({
          where: { storyId },
          orderBy: { position: "asc" },
          select: { tagId: true },
        })
      ).map((t) => t.tagId);
  const staff = await db.user.findMany({
    where: { id: { in: snap.bylineIds ?? [] }, active: true },
    select: { id: true },
  });
  const bylineIds = (snap.bylineIds ?? []).filter((id) => staff.some((s) => s.id === id));
  // Re-validated like any save: an old version the editor can no longer represent is refused clearly.
  return applySave(
    user,
    parseInput(storySaveSchema, {
      storyId,
      baseVersion,
      slug: story.slug,
      headline: snap.headline,
      summary: snap.summary ?? "",
      dateline: snap.dateline ?? "",
      body: snap.body,
      tagIds: snap.tagIds
        ? snap.tagIds.filter((id) => tags.some((t) => t.id === id))
        : currentTagIds,
      bylineIds: bylineIds.length ? bylineIds : story.bylines.map((b) => b.userId),
    }),
    { kind: "RESTORE", note: `Restored version ${revision.version}` },
  );
}
