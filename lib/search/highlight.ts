import { escapeHtml } from "@/lib/reader/html";

// ts_headline marks matches with two control characters we choose (they cannot be in a stored body:
// derived text never contains them, and we strip them anyway). We escape everything, then turn
// only those marks into <mark>, so an excerpt can never carry markup from the story text.
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";

export function highlightToHtml(headline: string): string {
  const escaped = escapeHtml(headline);
  let open = false;
  let out = "";
  for (const ch of escaped) {
    if (ch === HIGHLIGHT_START && !open) {
      out += "<mark>";
      open = true;
    } else if (ch === HIGHLIGHT_STOP && open) {
      out += "</mark>";
      open = false;
    } else if (ch !== HIGHLIGHT_START && ch !== HIGHLIGHT_STOP) {
      out += ch;
    }
  }
  return open ? `${out}</mark>` : out;
}
