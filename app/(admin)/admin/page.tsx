import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { StoryStatus } from "@/lib/db/generated/enums";
import "@/components/editor/editor.css";
import { DESK_PAGE_SIZE, deskFilterOptions, listStoriesForDesk } from "@/lib/stories/queries";
import { STATUS_LABEL } from "@/lib/stories/status";

export const metadata: Metadata = { title: "Stories", robots: { index: false } };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function AdminStoriesPage({
  searchParams,
}: {
  searchParams: Promise<Search>;
}) {
  const user = await guardPage("stories.list");
  const params = await searchParams;
  const status = one(params.status);
  const tagKey = one(params.tag);
  const options = await deskFilterOptions(tagKey);
  const filters = {
    status: status && status in STATUS_LABEL ? (status as StoryStatus) : undefined,
    authorId: one(params.author),
    tagId: options.tag?.id,
    q: one(params.q)?.slice(0, 200),
    page: Number(one(params.page) ?? 1) || 1,
  };
  const unknownTag = Boolean(tagKey && !options.tag);
  const { stories, total, page, pageSize } = unknownTag
    ? { stories: [], total: 0, page: 1, pageSize: DESK_PAGE_SIZE }
    : await listStoriesForDesk(filters);
  const pageLink = (p: number) =>
    `/admin?${new URLSearchParams(Object.entries({ ...params, page: String(p) }).flatMap(([k, v]) => (typeof v === "string" && v ? [[k, v]] : [])))}`;
  return (
    <main className="container">
      <div className="title-row">
        <h1>Stories</h1>
        {can(user, "stories.create") && (
          <Link className="button" href="/admin/stories/new">
            New story
          </Link>
        )}
      </div>
      <form method="get" className="filters" role="search" aria-label="Filter stories">
        <label>
          Headline
          <input type="search" name="q" defaultValue={filters.q} placeholder="Search headlines" />
        </label>
        <label>
          Status
          <select name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any status</option>
            {Object.values(StoryStatus).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Author
          <select name="author" defaultValue={filters.authorId ?? ""}>
            <option value="">Anyone</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag
          <input
            type="search"
            name="tag"
            defaultValue={options.tag?.name ?? tagKey}
            placeholder="Any tag (its name)"
          />
        </label>
        <button type="submit">Filter</button> <Link href="/admin">Clear</Link>
      </form>
      <p className="muted">
        {unknownTag
          ? `No tag is called “${tagKey}”.`
          : `${total} stor${total === 1 ? "y" : "ies"}, most recently changed first.`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Status</th>
            <th scope="col">Byline</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((s) => (
            <tr key={s.id}>
              <td>
                <Link href={`/admin/stories/${s.id}`}>{s.headline}</Link>
                {s.status === "PUBLISHED" && (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/news/${s.slug}`} className="muted">
                      on site
                    </Link>
                  </>
                )}
              </td>
              <td>
                <span className="badge">{STATUS_LABEL[s.status]}</span>
                {s.status === "SCHEDULED" && s.scheduledAt && (
                  <span className="muted">
                    {" "}
                    {s.scheduledAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                  </span>
                )}
              </td>
              <td>{s.bylines.map((b) => b.user.name).join(", ")}</td>
              <td>
                <time dateTime={s.updatedAt.toISOString()}>
                  {s.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > pageSize && (
        <nav aria-label="Pages" className="pager">
          {page > 1 && <Link href={pageLink(page - 1)}>← Newer</Link>}{" "}
          <span className="muted">
            Page {page} of {Math.ceil(total / pageSize)}
          </span>{" "}
          {page * pageSize < total && <Link href={pageLink(page + 1)}>Older →</Link>}
        </nav>
      )}
    </main>
  );
}
