import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/guard";
import { listStoriesForDesk } from "@/lib/stories/queries";

export const metadata: Metadata = { title: "Stories", robots: { index: false } };

const STATUS_LABEL = { DRAFT: "Draft", IN_REVIEW: "In review", SCHEDULED: "Scheduled", PUBLISHED: "Published", UNPUBLISHED: "Unpublished" } as const;

export default async function AdminStoriesPage() {
  await guardPage("stories.list");
  const { stories, total } = await listStoriesForDesk();
  return (
    <main className="container">
      <h1>Stories</h1>
      <p className="muted">{total} stories, most recently changed first.</p>
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
              <td>{s.status === "PUBLISHED" ? <Link href={`/news/${s.slug}`}>{s.headline}</Link> : s.headline}</td>
              <td><span className="badge">{STATUS_LABEL[s.status]}</span></td>
              <td>{s.bylines.map((b) => b.user.name).join(", ")}</td>
              <td><time dateTime={s.updatedAt.toISOString()}>{s.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
