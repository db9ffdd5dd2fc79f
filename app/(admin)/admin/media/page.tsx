import "@/components/admin/admin.css";
import "@/components/editor/editor.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "@/components/admin/page-parts";
import { guardPage } from "@/lib/auth/guard";
import { listMedia, MEDIA_PAGE_SIZE } from "@/lib/media/queries";
import { mediaSearchSchema } from "@/lib/media/schema";
import { thumbFile } from "@/lib/media/variants";
import { LibraryUpload } from "./library-upload";

export const metadata: Metadata = { title: "Media library", robots: { index: false } };

const day = (d: Date) => d.toISOString().slice(0, 10);

// The media library: upload, then browse and search by caption, credit and date.
export default async function MediaPage({ searchParams }: { searchParams: SearchParams }) {
  await guardPage("admin.access", "/admin/media");
  const params = await searchParams;
  const parsed = mediaSearchSchema.safeParse(params);
  const query = parsed.success ? parsed.data : mediaSearchSchema.parse({});
  const { items, total, page, q, from, to } = await listMedia(query);
  const pages = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const href = (n: number) =>
    `/admin/media?${new URLSearchParams({ ...(q && { q }), ...(from && { from }), ...(to && { to }), page: String(n) })}`;
  return (
    <main className="container">
      <h1>Media library</h1>
      <details className="admin-panel">
        <summary>Upload a picture</summary>
        <LibraryUpload />
      </details>
      <form method="get" action="/admin/media" className="admin-toolbar" role="search">
        <div>
          <label htmlFor="media-q">Caption, credit or description</label>
          <input id="media-q" name="q" type="search" defaultValue={q} />
        </div>
        <div>
          <label htmlFor="media-from">Uploaded from</label>
          <input id="media-from" name="from" type="date" defaultValue={from} />
        </div>
        <div>
          <label htmlFor="media-to">to</label>
          <input id="media-to" name="to" type="date" defaultValue={to} />
        </div>
        <button type="submit">Search</button>
      </form>
      {!parsed.success && (
        <p className="field-error" role="alert">
          {parsed.error.issues[0]?.message}
        </p>
      )}
      <p className="muted">
        {total} picture{total === 1 ? "" : "s"}
      </p>
      <ul className="image-grid library">
        {items.map((m) => (
          <li key={m.id}>
            <Link href={`/admin/media/${m.id}`} className="image-card">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own processed thumbnail */}
              <img
                src={`/media/${thumbFile(m.cropKey, 320, "jpg")}`}
                alt=""
                width={160}
                height={120}
              />
              <span className="image-alt">{m.alt}</span>
              <span className="muted">
                {m.credit} · {day(m.createdAt)} · {m.uploadedBy?.name ?? "former staff"}
              </span>
              <span className="muted">
                {m._count.leadOf + m._count.usages
                  ? `Used in ${m._count.leadOf + m._count.usages} stor${m._count.leadOf + m._count.usages === 1 ? "y" : "ies"}`
                  : "Not used yet"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav className="admin-pager" aria-label="Pages">
          {page > 1 && <Link href={href(page - 1)}>Newer</Link>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={href(page + 1)}>Older</Link>}
        </nav>
      )}
    </main>
  );
}
