import { nameAtStart, subjectOf } from "./names";

// The standard sentences a wire desk writes from its requests for comment, built from the recorded
// outcomes so that the text never claims more than the notebook shows. Pure: used by the editor's
// panel (offered for insertion) and by the publish gate's tests (what we offer must pass the gate).
//
// "did not immediately respond" while the request is recent (sent within the last day, or its
// deadline has not passed or passed within the last day); "did not respond" once it is old.

export interface SentenceRequest {
  organisation: string;
  channel: "EMAIL" | "PHONE" | "FAX" | "IN_PERSON" | "OTHER";
  outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE";
  responseText?: string;
  sentAt?: Date | string | null;
  deadline?: Date | string | null;
}

export interface CommentSentence {
  kind: "NO_RESPONSE" | "NO_RESPONSE_FAX" | "DECLINED" | "RESPONDED";
  organisations: string[];
  text: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether "immediately" fits: the request is recent. Without dates, as the wire writes it:
 * "did not immediately respond" to calls and emails, "did not respond to faxed requests".
 */
export function isRecent(
  r: Pick<SentenceRequest, "sentAt" | "deadline" | "channel">,
  now: Date,
): boolean {
  const at = r.deadline ?? r.sentAt;
  if (!at) return r.channel !== "FAX";
  return now.getTime() - new Date(at).getTime() < DAY_MS;
}

/** "A", "A and B", "A, B and C" with shared heads folded; the first name opens the sentence. */
export function joinOrganisations(names: readonly string[]): string {
  return subjectOf(names);
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, "");
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function noResponse(
  kind: "NO_RESPONSE" | "NO_RESPONSE_FAX",
  names: string[],
  immediately: boolean,
): CommentSentence {
  const object =
    kind === "NO_RESPONSE_FAX"
      ? "faxed requests for comment"
      : names.length === 1
        ? "a request for comment"
        : "requests for comment";
  return {
    kind,
    organisations: names,
    text: `${joinOrganisations(names)} did not ${immediately ? "immediately " : ""}respond to ${object}.`,
  };
}

export function buildCommentSentences(
  requests: readonly SentenceRequest[],
  now: Date = new Date(),
): CommentSentence[] {
  const sentences: CommentSentence[] = [];
  const silent = requests.filter((r) => r.outcome === "NO_RESPONSE");
  const names = (list: readonly SentenceRequest[]) => unique(list.map((r) => r.organisation));
  const emailed = silent.filter((r) => r.channel !== "FAX");
  const emailedNames = new Set(names(emailed).map((n) => bareKey(n)));
  // Asked by fax only: their own sentence, as the wire writes for ministries that take faxes.
  const faxed = silent.filter(
    (r) => r.channel === "FAX" && !emailedNames.has(bareKey(r.organisation)),
  );

  for (const [kind, list] of [
    ["NO_RESPONSE", emailed],
    ["NO_RESPONSE_FAX", faxed],
  ] as const) {
    const recent = names(list.filter((r) => isRecent(r, now)));
    const old = names(list.filter((r) => !isRecent(r, now))).filter(
      (n) => !recent.some((x) => bareKey(x) === bareKey(n)),
    );
    if (recent.length) sentences.push(noResponse(kind, recent, true));
    if (old.length) sentences.push(noResponse(kind, old, false));
    if (kind === "NO_RESPONSE") {
      const declined = names(requests.filter((r) => r.outcome === "DECLINED"));
      if (declined.length)
        sentences.push({
          kind: "DECLINED",
          organisations: declined,
          text: `${joinOrganisations(declined)} declined to comment.`,
        });
    }
  }
  for (const r of requests) {
    const quote = r.responseText?.trim();
    if (r.outcome !== "RESPONDED" || !quote) continue;
    const clean = quote.replace(/^[“"]+|[”"]+$/g, "");
    sentences.push({
      kind: "RESPONDED",
      organisations: [r.organisation],
      text: `${nameAtStart(r.organisation)} said in a statement: “${clean}”`,
    });
  }
  return sentences;
}

function bareKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, "");
}
