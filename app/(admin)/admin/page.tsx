import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { StoryStatus } from "@/lib/db/generated/enums";
import "@/components/editor/editor.css";
import { deskFilterOptions, listStoriesForDesk } from "@/lib/stories/queries";
import { STATUS_LABEL } from "@/lib/stories/status";
import { ColumnHeads } from "@/components/admin/page-parts";

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
  const filters = {
    status: status && status in STATUS_LABEL ? (status as StoryStatus) : undefined,
    authorId: one(params.author),
    q: one(params.q)?.slice(0, 200),
    before: one(params.before),
    after: one(params.after),
  };
  const empty = {
    stories: [],
    total: 0,
    totalCapped: false,
    newer: null,
    older: null,
    badCursor: false,
  };
  // The list needs the typed tag's id first; without a tag, the options and the list load together.
  const options = tagKey ? await deskFilterOptions(tagKey) : undefined;
  const unknownTag = Boolean(tagKey && !options?.tag);
  const [{ authors, tag }, list] = await Promise.all([
    options ?? deskFilterOptions(),
    unknownTag ? empty : listStoriesForDesk({ ...filters, tagId: options?.tag?.id }),
  ]);
  const { stories, total } = list;
  // The filters stay in the address; the place in the list is the one cursor of the link.
  const placeLink = (key: "before" | "after", cursor: string) =>
    `/admin?${new URLSearchParams([
      ...Object.entries(params).flatMap(([k, v]) =>
        typeof v === "string" && v && !["before", "after", "page"].includes(k) ? [[k, v]] : [],
      ),
      [key, cursor],
    ])}`;
  const counted = list.totalCapped
    ? `${total.toLocaleString("en")}+ stories`
    : `${total.toLocaleString("en")} stor${total === 1 ? "y" : "ies"}`;
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
            {authors.map((a) => (
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
            defaultValue={tag?.name ?? tagKey}
            placeholder="Any tag (its name)"
          />
        </label>
        <button type="submit">Filter</button> <Link href="/admin">Clear</Link>
      </form>
      {list.badCursor && (
        <p role="alert">
          That page link is not one this list made (it may have been cut short); here are the most
          recently changed stories.
        </p>
      )}
      <p className="muted">
        {unknownTag ? `No tag is called “${tagKey}”.` : `${counted}, most recently changed first.`}
      </p>
      <table>
        <ColumnHeads columns={["Headline", "Status", "Byline", "Last change"]} />
        <tbody>
          {stories.map((s) => (
            <tr key={s.id}>
              <td>
                <a href={`/admin/stories/${s.id}`}>{s.headline}</a>
                {s.status === "PUBLISHED" && (
                  <>
                    {" "}
                    ·{" "}
                    <a href={`/news/${s.slug}`} className="muted">
                      on site
                    </a>
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
      {(list.newer || list.older) && (
        <nav aria-label="Pages" className="pager">
          {list.newer && <Link href={placeLink("after", list.newer)}>← Newer</Link>}{" "}
          {list.older && <Link href={placeLink("before", list.older)}>Older →</Link>}
        </nav>
      )}
    </main>
  );
}
