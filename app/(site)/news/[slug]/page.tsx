import { notFound } from "next/navigation";
import { getPublishedStoryBySlug } from "@/lib/stories/public-queries";

export const dynamic = "force-dynamic";

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const story = await getPublishedStoryBySlug(slug);
  if (!story || !story.publishedAt) notFound();
  return (
    <main className="container">
      <article>
        <h1>{story.headline}</h1>
        <p>{story.summary}</p>
        <p>
          By {story.bylines.map((b) => b.user.name).join(" and ")} ·{" "}
          <time dateTime={story.publishedAt.toISOString()}>{story.publishedAt.toUTCString()}</time>
        </p>
        {/* bodyHtml is rendered on save from validated JSON by lib/editor/render.ts, not user HTML */}
        <div dangerouslySetInnerHTML={{ __html: story.bodyHtml }} />
      </article>
    </main>
  );
}
