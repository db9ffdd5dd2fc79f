// Links in stories may point only to the web or to an email address, or to a page of this site.
// Checked in the editor's Link popover, again when a story is saved (the document schema, for the
// autosave action and route alike), and once more when it is rendered.
//
// The address is read the way a browser reads it (the WHATWG URL parser), and the decision is made
// on the result: browsers drop tabs and newlines anywhere, treat "\" as "/", and so follow
// "/\evil.example" or "/<tab>/evil.example" to another site, however the text looks.

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
// Any origin of our own would do: relative links are resolved against it and must stay on it.
const OUR_ORIGIN = "https://newsroom.invalid";

export function isSafeLinkUrl(raw: string): boolean {
  const value = raw.trim();
  if (!value || value.length > 2048) return false;
  if (URL.canParse(value)) return ALLOWED_PROTOCOLS.has(new URL(value).protocol);
  // Not an absolute address: only a path on this site ("/news/…"), never "//host" in disguise.
  if (!value.startsWith("/") && !value.startsWith("\\")) return false;
  let resolved: URL;
  try {
    resolved = new URL(value, `${OUR_ORIGIN}/`);
  } catch {
    return false;
  }
  if (resolved.origin !== OUR_ORIGIN) return false;
  // A path that decodes to "//host" or "\host" is what open redirects are made of: a server that
  // decodes the path and redirects (a trailing-slash rule, say) hands the browser another site.
  let decoded: string;
  try {
    decoded = decodeURIComponent(resolved.pathname);
  } catch {
    return false;
  }
  return !decoded.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(decoded);
}
