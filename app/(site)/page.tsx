import Link from "next/link";
import { getLatestPublishedStories } from "@/lib/stories/public-queries";

export const dynamic = "force-dynamic";

export default async function FrontPage() {
  const stories = await getLatestPublishedStories();
  return (
    <main className="container">
      <h1>Latest news</h1>
      <ol>
        {stories.map((s) => (
          <li key={s.slug}>
            <h2><Link href={`/news/${s.slug}`}>{s.headline}</Link></h2>
            <p>{s.summary}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
