import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { DiffView } from "@/components/editor/diff-view";
import type { RevisionKind, StoryStatus } from "@/lib/db/generated/enums";
import { ForbiddenError } from "@/lib/shared/errors";
import { guardPage } from "@/lib/auth/guard";
import { getStoryForEditor } from "@/lib/stories/queries";
import { diffRevisions, listRevisions } from "@/lib/stories/revisions";
import { RestoreButton } from "./restore-client";
import "@/components/editor/editor.css";
import { BackLink, ColumnHeads } from "@/components/admin/page-parts";

export const metadata: Metadata = { title: "Revisions", robots: { index: false } };

const minute = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");
const when = (d: Date) => `${minute(d)} UTC`;
/** A folded run of autosaves shows its span: "2026-12-01 12:01–12:04 UTC". */
const span = (from: Date, to: Date | null) => {
  if (!to || minute(to) === minute(from)) return when(from);
  const sameDay = minute(to).slice(0, 10) === minute(from).slice(0, 10);
  return `${minute(from)}–${sameDay ? minute(to).slice(11) : minute(to)} UTC`;
};

const KIND: Record<RevisionKind, string> = {
  CREATE: "Created",
  SAVE: "Saved",
  AUTOSAVE: "Autosave",
  RESTORE: "Restored",
  SYSTEM: "By the system",
};
const kindLabel = (r: { kind: RevisionKind; autosaves: number }) =>
  r.kind === "AUTOSAVE" && r.autosaves > 1 ? `${r.autosaves} autosaves` : KIND[r.kind];

const STEP: Record<StoryStatus, string> = {
  DRAFT: "Returned to draft",
  IN_REVIEW: "Submitted for review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { id } = await params;
  await guardPage("stories.list", `/admin/stories/${id}/revisions`);
  const data = await getStoryForEditor(id).catch((e: unknown) => {
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  if (!data) notFound();
  const revisions = await listRevisions(id);
  const q = await searchParams;
  const to = Number(q.to) || revisions[0]?.version || 1;
  const from = Number(q.from) || revisions.find((r) => r.version < to)?.version || to;
  const diff =
    from !== to &&
    revisions.some((r) => r.version === from) &&
    revisions.some((r) => r.version === to)
      ? await diffRevisions(id, from, to)
      : null;
  return (
    <main className="container">
      <BackLink href={`/admin/stories/${id}`} label="Back to the editor" />
      <h1>Revisions of “{data.story.headline}”</h1>
      <form method="get" className="filters" aria-label="Compare versions">
        {(
          [
            ["From", "from", from],
            ["To", "to", to],
          ] as const
        ).map(([label, name, version]) => (
          <label key={name}>
            {label}
            <select name={name} defaultValue={version}>
              {revisions.map((r) => (
                <option key={r.id} value={r.version}>
                  v{r.version}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">Compare</button>
      </form>
      {diff && (
        <section aria-labelledby="diff-heading" className="panel">
          <h2 id="diff-heading">
            Changes from v{diff.from.version} to v{diff.to.version}
          </h2>
          {diff.fields.map((f) => (
            <p key={f.label}>
              <strong>{f.label}:</strong> <DiffView paragraphs={[f.parts]} />
            </p>
          ))}
          <DiffView paragraphs={diff.body} />
        </section>
      )}
      <table>
        <ColumnHeads
          columns={[
            "Version",
            "Saved",
            "By",
            "Kind",
            "Note",
            <span key="actions" className="visually-hidden">
              Actions
            </span>,
          ]}
        />
        <tbody>
          {revisions.map((r, i) => (
            <tr key={r.id}>
              <td>
                v{r.version}
                {r.version === data.story.version && <span className="badge">current</span>}
              </td>
              <td>{span(r.savedAt, r.lastSavedAt)}</td>
              <td>{r.savedBy?.name ?? "—"}</td>
              <td>{kindLabel(r)}</td>
              <td>{[r.note, ...r.steps.map((s) => STEP[s])].filter(Boolean).join(" · ")}</td>
              <td>
                {/* Against the revision listed before it: folded versions have none of their own. */}
                {revisions[i + 1] && (
                  <Link href={`?from=${revisions[i + 1].version}&to=${r.version}`}>Changes</Link>
                )}{" "}
                {data.permissions.edit && r.version !== data.story.version && (
                  <RestoreButton
                    storyId={id}
                    revisionId={r.id}
                    version={r.version}
                    baseVersion={data.story.version}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
