import { nameAtStart, nameInside } from "@/lib/comment-requests/names";
import type { Article } from "@/lib/stories/public-queries";

// Plain-language text about how a story was reported, shared by the "How we reported this" box and
// the JSON-LD `backstory`, so both say the same thing. Public fields only.

type Sources = Article["sources"];
type Requests = Article["commentRequests"];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** People, not records: one record for "two people briefed on the talks" is two people. */
const people = (sources: Sources) => sources.reduce((n, s) => n + Math.max(1, s.headcount), 0);

export function sourcingSummary(sources: Sources): string {
  if (sources.length === 0) return "This story does not rely on sources we recorded.";
  const anonymous = people(sources.filter((s) => s.anonymous));
  const named = people(sources.filter((s) => !s.anonymous));
  return `This story draws on ${plural(named + anonymous, "source", "sources")}: ${named} named and ${anonymous} anonymous.`;
}

/** "(2 people)" after a source that stands for several, so the count above can be checked. */
export function headcountText(source: Pick<Sources[number], "headcount">): string {
  return source.headcount > 1 ? `(${source.headcount} people)` : "";
}

/** "the White House" inside the box's sentences, "The White House" opening one. */
export { nameAtStart, nameInside };

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
    const who = s.headcount > 1 ? `Anonymous sources (${s.headcount} people)` : "Anonymous source";
    parts.push(
      `${who}: ${s.publicDescription}${s.basisOfKnowledge ? ` (${s.basisOfKnowledge})` : ""}.${s.anonymityReason ? ` Why anonymous: ${s.anonymityReason.replace(/\.$/, "")}.` : ""}`,
    );
  }
  for (const r of article.commentRequests)
    parts.push(
      `We asked ${nameInside(r.organisation)} for comment. ${nameAtStart(r.organisation)} ${outcomeText(r)}.`,
    );
  return parts.join(" ");
}
