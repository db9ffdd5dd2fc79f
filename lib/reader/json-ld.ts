import { cropPath } from "@/lib/media/markup";
import { CROP_NAMES } from "@/lib/media/variants";
import type { Article } from "@/lib/stories/public-queries";
import { backstory } from "./reporting";
import { LOGO_PATH, LOGO_SIZE } from "./brand";
import { absoluteUrl, authorPath, siteName, siteUrl, storyPath } from "./site";

// schema.org NewsArticle for an article page, built from public fields only.
export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const url = absoluteUrl(storyPath(article.slug));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.summary || undefined,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    datePublished: (article.firstPublishedAt ?? article.publishedAt)?.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    dateline: article.dateline || undefined,
    // Google asks for 16:9, 4:3 and 1:1 images at least 1,200 px wide.
    image: article.leadImage
      ? CROP_NAMES.map((crop) => absoluteUrl(cropPath(article.leadImage!.cropKey, crop)))
      : undefined,
    wordCount: article.wordCount,
    author: article.bylines.map((b) => ({
      "@type": "Person",
      name: b.user.name,
      url: absoluteUrl(authorPath(b.user.slug)),
    })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: siteName(),
      url: siteUrl(),
      logo: {
        "@type": "ImageObject",
        url: absoluteUrl(LOGO_PATH),
        width: LOGO_SIZE,
        height: LOGO_SIZE,
      },
    },
    keywords: article.tags.map((t) => t.tag.name),
    isAccessibleForFree: true,
    correction: article.corrections.map((c) => ({
      "@type": "CorrectionComment",
      text: `${c.kind === "CORRECTION" ? "Correction" : "Update"}: ${c.text}`,
      datePublished: c.createdAt.toISOString(),
    })),
    backstory: backstory(article),
  };
}
