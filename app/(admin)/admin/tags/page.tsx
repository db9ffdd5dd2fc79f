import "@/components/admin/admin.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "@/components/admin/page-parts";
import { guardPage } from "@/lib/auth/guard";
import { listTagsForAdmin } from "@/lib/tags/queries";
import { tagListQuerySchema, type TagListQuery } from "@/lib/tags/schema";
import { MergeForm } from "./merge-form";
import { SortHeader } from "./sort-header";
import { KIND_LABEL, KindOptions } from "./kind-options";

export const metadata: Metadata = { title: "Tags", robots: { index: false } };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "never");

export default async function TagsPage({ searchParams }: { searchParams: SearchParams }) {
  await guardPage("tags.manage", "/admin/tags");
  const params = await searchParams;
  const query = tagListQuerySchema.parse(params);
  const { rows, total, pageSize } = await listTagsForAdmin(query);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (change: Partial<TagListQuery>) => {
    const next = { ...query, ...change };
    const sp = new URLSearchParams({
      ...(next.q && { q: next.q }),
      ...(next.kind && { kind: next.kind }),
      sort: next.sort,
      dir: next.dir,
      page: String(next.page),
    });
    return `/admin/tags?${sp}`;
  };
  const deleted = typeof params.deleted === "string" ? params.deleted : null;
  return (
    <main className="container">
      <h1>Tags</h1>
      {deleted && (
        <p role="status" className="form-ok">
          Deleted the tag “{deleted}”.
        </p>
      )}
      <p className="admin-actions">
        <Link className="button" href="/admin/tags/new">
          New tag
        </Link>
        <Link className="button secondary" href="/admin/tags/duplicates">
          Duplicate candidates
        </Link>
      </p>
      <form method="get" action="/admin/tags" className="admin-toolbar" role="search">
        <div>
          <label htmlFor="tag-q">Search</label>
          <input
            id="tag-q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Name, slug or alias"
          />
        </div>
        <div>
          <label htmlFor="tag-kind">Kind</label>
          <select id="tag-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">All kinds</option>
            <KindOptions />
          </select>
        </div>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit" className="secondary">
          Filter
        </button>
      </form>
      <p className="muted">
        {total} tags{total > pageSize ? `, page ${query.page} of ${pages}` : ""}. Tick tags to merge
        them into another.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Select</span>
            </th>
            <SortHeader label="Name" sort="name" query={query} href={href} />
            <SortHeader label="Slug" sort="slug" query={query} href={href} />
            <SortHeader label="Kind" sort="kind" query={query} href={href} />
            <SortHeader
              label="Stories (published / not)"
              sort="uses"
              query={query}
              href={href}
              numeric
            />
            <SortHeader label="Last used" sort="lastUsed" query={query} href={href} />
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.id}>
              <td>
                <input
                  type="checkbox"
                  form="merge-form"
                  name="sourceIds"
                  value={t.id}
                  aria-label={`Select ${t.name}`}
                  style={{ width: "auto" }}
                />
              </td>
              <td>
                <Link href={`/admin/tags/${t.id}`}>{t.name}</Link>
                {t.aliases.length > 0 && <div className="muted">also: {t.aliases.join(", ")}</div>}
              </td>
              <td>{t.slug}</td>
              <td>{KIND_LABEL[t.kind]}</td>
              <td className="num">
                {t.published} / {t.unpublished}
              </td>
              <td>{when(t.lastUsed)}</td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={6}>No tags match.</td>
            </tr>
          )}
        </tbody>
      </table>
      <nav className="admin-pager" aria-label="Pages">
        {query.page > 1 && <Link href={href({ page: query.page - 1 })}>← Previous</Link>}
        {query.page < pages && <Link href={href({ page: query.page + 1 })}>Next →</Link>}
      </nav>
      <MergeForm formId="merge-form" />
    </main>
  );
}
