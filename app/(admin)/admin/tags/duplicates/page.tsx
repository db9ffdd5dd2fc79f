import "@/components/admin/admin.css";
import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/guard";
import { SLUG_PATTERN } from "@/lib/shared/slug";
import { listDuplicateCandidates } from "@/lib/tags/queries";
import { MergeForm } from "../merge-form";
import { BackLink } from "@/components/admin/page-parts";

export const metadata: Metadata = { title: "Duplicate tags", robots: { index: false } };

export default async function DuplicateTagsPage({
  searchParams,
}: {
  searchParams: Promise<{ merged?: string }>;
}) {
  await guardPage("tags.manage", "/admin/tags/duplicates");
  const groups = await listDuplicateCandidates();
  const { merged } = await searchParams;
  const mergedInto = typeof merged === "string" && SLUG_PATTERN.test(merged) ? merged : null;
  return (
    <main className="container">
      <BackLink href="/admin/tags" label="All tags" />
      <h1>Duplicate candidates</h1>
      {mergedInto && (
        <p role="status" className="form-ok">
          Merged into <Link href={`/admin/tags?q=${mergedInto}`}>{mergedInto}</Link>.
        </p>
      )}
      <p className="muted">
        Tags whose names differ only by case, accents, punctuation or a plural. Tick the ones to
        fold away and name the one to keep.
      </p>
      {groups.length === 0 && <p>No duplicate candidates.</p>}
      {groups.map((group, i) => {
        const keep = [...group].sort((a, b) => b._count.stories - a._count.stories)[0];
        const formId = `dup-${i}`;
        return (
          <section
            key={group[0].id}
            className="admin-panel"
            aria-label={`Duplicates of ${keep.name}`}
          >
            <ul>
              {group.map((t) => (
                <li key={t.id}>
                  <label style={{ fontWeight: 400, display: "flex", gap: "0.5rem" }}>
                    <input
                      type="checkbox"
                      form={formId}
                      name="sourceIds"
                      value={t.id}
                      defaultChecked={t.id !== keep.id}
                      style={{ width: "auto" }}
                    />
                    {t.name}{" "}
                    <span className="muted">
                      /tags/{t.slug} · {t._count.stories} stories
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <MergeForm
              formId={formId}
              defaultTarget={keep.slug}
              label="Merge the ticked ones into"
              after="duplicates"
            />
          </section>
        );
      })}
    </main>
  );
}
