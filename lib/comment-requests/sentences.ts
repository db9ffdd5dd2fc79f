// The standard sentences a wire desk writes from its requests for comment, built from the recorded
// outcomes so that the text never claims more than the notebook shows. Pure: used by the editor's
// panel (offered for insertion) and by the publish gate's tests (what we offer must pass the gate).

export interface SentenceRequest {
  organisation: string;
  channel: "EMAIL" | "PHONE" | "FAX" | "IN_PERSON" | "OTHER";
  outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE";
  responseText?: string;
}

export interface CommentSentence {
  kind: "NO_RESPONSE" | "NO_RESPONSE_FAX" | "DECLINED" | "RESPONDED";
  organisations: string[];
  text: string;
}

/** "the State Department" inside a sentence, "The State Department" at its start. */
function atStart(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
function inside(name: string): string {
  return /^The\s/.test(name) ? `the${name.slice(3)}` : name;
}

/** "A", "A and B", "A, B and C" — the first name opens the sentence. */
export function joinOrganisations(names: readonly string[]): string {
  const [first, ...rest] = names.map((n) => n.trim());
  const parts = [atStart(first ?? ""), ...rest.map(inside)];
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildCommentSentences(requests: readonly SentenceRequest[]): CommentSentence[] {
  const sentences: CommentSentence[] = [];
  const noResponse = unique(
    requests
      .filter((r) => r.outcome === "NO_RESPONSE" && r.channel !== "FAX")
      .map((r) => r.organisation),
  );
  const faxed = unique(
    requests
      .filter((r) => r.outcome === "NO_RESPONSE" && r.channel === "FAX")
      .map((r) => r.organisation),
  ).filter((name) => !noResponse.some((n) => n.toLowerCase() === name.toLowerCase()));
  const declined = unique(
    requests.filter((r) => r.outcome === "DECLINED").map((r) => r.organisation),
  );

  if (noResponse.length) {
    const object = noResponse.length === 1 ? "a request for comment" : "requests for comment";
    sentences.push({
      kind: "NO_RESPONSE",
      organisations: noResponse,
      text: `${joinOrganisations(noResponse)} did not immediately respond to ${object}.`,
    });
  }
  if (declined.length) {
    sentences.push({
      kind: "DECLINED",
      organisations: declined,
      text: `${joinOrganisations(declined)} declined to comment.`,
    });
  }
  if (faxed.length) {
    sentences.push({
      kind: "NO_RESPONSE_FAX",
      organisations: faxed,
      text: `${joinOrganisations(faxed)} did not respond to faxed requests for comment.`,
    });
  }
  for (const r of requests) {
    const quote = r.responseText?.trim();
    if (r.outcome !== "RESPONDED" || !quote) continue;
    const clean = quote.replace(/^[“"]+|[”"]+$/g, "");
    sentences.push({
      kind: "RESPONDED",
      organisations: [r.organisation],
      text: `${atStart(r.organisation.trim())} said in a statement: “${clean}”`,
    });
  }
  return sentences;
}
