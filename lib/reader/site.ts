// Where the site lives (absolute URLs for canonical links, feeds, sitemaps, JSON-LD) and its name.
// SITE_URL, e.g. https://news.example.org; default http://localhost:<PORT>.

export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  const base = configured || `http://localhost:${process.env.PORT ?? 3000}`;
  return base.replace(/\/+$/, "");
}

export function siteName(): string {
  return process.env.SITE_NAME?.trim() || "Newsroom";
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export const storyPath = (slug: string) => `/news/${slug}`;
export const tagPath = (slug: string) => `/tags/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
