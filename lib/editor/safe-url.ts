// Links in stories may point only to the web or to an email address. Checked in the editor, again
// when a story is saved, and once more when it is rendered.
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export function isSafeLinkUrl(raw: string): boolean {
  const value = raw.trim();
  if (!value || value.length > 2048) return false;
  // Relative links to our own pages are fine; protocol-relative ones ("//evil.test") are not.
  if (value.startsWith("/") && !value.startsWith("//")) return true;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
