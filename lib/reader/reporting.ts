import type { Article } from "@/lib/stories/public-queries";

// Plain-language text about how a story was reported, shared by the "How we reported this" box and
// the JSON-LD `backstory`, so both say the same thing. Public fields only.

type Sources = Article["sources"];
type Requests = Article["commentRequests"];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function sourcingSummary(sources: Sources): string {
  if (sources.length === 0) return "This story does not rely on sources we recorded.";
  const anonymous = sources.filter((s) => s.anonymous).length;
  const named = sources.length - anonymous;
  return `This story draws on ${plural(sources.length, "source", "sources")}: ${named} named and ${anonymous} anonymous.`;
}

const CHANNELS: Record<Requests[number]["channel"], string> = {
  EMAIL: "by email",
  PHONE: "by phone",
  FAX: "by fax",
  IN_PERSON: "in person",
  OTHER: "",
};

export function channelText(channel: Requests[number]["channel"]): string {
  return CHANNELS[channel];
}

export function outcomeText(request: Requests[number]): string {
  switch (request.outcome) {
    case "RESPONDED":
      return "responded";
    case "DECLINED":
      return "declined to comment";
    case "NO_RESPONSE":
      return "did not respond";
    case "PENDING":
      return "has not yet responded";
  }
}

export function backstory(article: Pick<Article, "sources" | "commentRequests">): string {
  const parts = [sourcingSummary(article.sources)];
  for (const s of article.sources.filter((s) => s.anonymous)) {
    parts.push(
      `Anonymous source: ${s.publicDescription}${s.basisOfKnowledge ? ` (${s.basisOfKnowledge})` : ""}.${s.anonymityReason ? ` Why anonymous: ${s.anonymityReason.replace(/\.$/, "")}.` : ""}`,
    );
  }
  for (const r of article.commentRequests)
    parts.push(`We asked ${r.organisation} for comment; it ${outcomeText(r)}.`);
  return parts.join(" ");
}
