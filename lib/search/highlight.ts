import { escapeMarkup } from "@/lib/shared/escape";

// ts_headline marks matches with two control characters we choose (they cannot be in a stored body:
// derived text never contains them, and escaping strips them anyway). We escape the text between
// them and turn only those marks into <mark>, so an excerpt can never carry markup from the story text.
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";

export function highlightToHtml(headline: string): string {
  let open = false;
  let out = "";
  // Split on the marks first: escaping drops control characters, the marks among them.
  for (const part of headline.split(/([\u0001\u0002])/)) {
    if (part === HIGHLIGHT_START) {
      if (!open) out += "<mark>";
      open = true;
    } else if (part === HIGHLIGHT_STOP) {
      if (open) out += "</mark>";
      open = false;
    } else {
      out += escapeMarkup(part);
    }
  }
  return open ? `${out}</mark>` : out;
}
