// The one escape for markup: HTML text and attributes, and XML (feeds, sitemaps). Characters XML 1.0
// forbids are dropped, so a stray control character in a headline cannot make a whole feed
// unparseable; HTML forbids them too.
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for element content and for double- or single-quoted attributes, in HTML or XML. */
export function escapeMarkup(value: string): string {
  return value.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
