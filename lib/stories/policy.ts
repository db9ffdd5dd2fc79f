import type { JSONContent } from "@tiptap/core";
import { checkCommentClaims } from "@/lib/comment-requests/claims";
import { collectMarks, documentToPlainText } from "@/lib/editor/document";
import { imageChecks, type GateImage } from "@/lib/media/gate";

export { checkCommentClaims };

// The publish gate: ONE pure function, run live in the editor (the checklist) and again on the
// server by the publish mutation, which refuses while anything blocking remains.

export interface GateSource {
  id: string;
  anonymous: boolean;
  publicDescription: string;
  headcount: number;
  anonymityReason: string;
  approvedAt: Date | string | null;
  /** Who approved it; an approver on the byline does not count (a second pair of eyes). */
  approvedById: string | null;
}

export interface GateCommentRequest {
  organisation: string;
  channel: "EMAIL" | "PHONE" | "FAX" | "IN_PERSON" | "OTHER";
  outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE";
  deadline: Date | string | null;
}

export interface GateInput {
  headline: string;
  body: JSONContent;
  /** The story's tags (the tag list, not inline links). */
  tagIds: readonly string[];
  /** Who is on the byline now. */
  bylineIds: readonly string[];
  sources: readonly GateSource[];
  commentRequests: readonly GateCommentRequest[];
  /** The lead image's alt text and credit; null for none; undefined when not known. */
  leadImage?: GateImage | null;
}

export interface GateCheck {
  /** Stable key, e.g. "headline", "source-reason:<id>", "claim:<n>". */
  id: string;
  level: "blocking" | "warning";
  ok: boolean;
  message: string;
}

export interface GateResult {
  checks: GateCheck[];
  blocking: GateCheck[];
  warnings: GateCheck[];
  canPublish: boolean;
}

const PLURAL =
  /\b(two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|several|many|multiple|some|\d+|people|officials|sources|executives|diplomats|aides|members|employees|residents|staffers|lawyers|analysts|investors|others|colleagues|officers)\b/i;
const SINGULAR = /^(a|an|one)\b/i;

export function evaluatePublishGate(input: GateInput, now: Date): GateResult {
  const text = documentToPlainText(input.body);
  const checks: GateCheck[] = [
    {
      id: "headline",
      level: "blocking",
      ok: input.headline.trim().length > 0,
      message: "A headline",
    },
    { id: "body", level: "blocking", ok: text.trim().length > 0, message: "Body text" },
    { id: "tags", level: "blocking", ok: input.tagIds.length > 0, message: "At least one tag" },
  ];
  for (const s of input.sources.filter((x) => x.anonymous)) {
    const name = `“${s.publicDescription || "unnamed source"}”`;
    checks.push({
      id: `source-reason:${s.id}`,
      level: "blocking",
      ok: s.anonymityReason.trim().length > 0,
      message: `Anonymous source ${name} has a reason for anonymity`,
    });
    const selfApproved = !!s.approvedById && input.bylineIds.includes(s.approvedById);
    checks.push({
      id: `source-approval:${s.id}`,
      level: "blocking",
      ok: !!s.approvedAt && !selfApproved,
      message: selfApproved
        ? `Anonymous source ${name} is approved by an editor who is not on the byline (its approver is on the byline now, so the approval does not count)`
        : `Anonymous source ${name} is approved by an editor`,
    });
  }
  checks.push(...checkCommentClaims(text, input.commentRequests));

  for (const r of input.commentRequests.filter((x) => x.outcome === "PENDING")) {
    const deadline = r.deadline ? new Date(r.deadline) : null;
    const open = !deadline || deadline.getTime() > now.getTime();
    checks.push({
      id: `request-pending:${r.organisation}`,
      level: "warning",
      ok: false,
      message: open
        ? `The request to ${r.organisation} is still pending${deadline ? ` (deadline ${deadline.toISOString().slice(0, 16).replace("T", " ")} UTC)` : ""}`
        : `The deadline for ${r.organisation} has passed; record its outcome`,
    });
  }
  const cited = new Set(collectMarks(input.body, "sourceRef").map((m) => m.id));
  for (const s of input.sources) {
    const name = `“${s.publicDescription || "unnamed source"}”`;
    if (!cited.has(s.id))
      checks.push({
        id: `source-unused:${s.id}`,
        level: "warning",
        ok: false,
        message: `Source ${name} supports no passage in the text`,
      });
    if (s.headcount === 1 && PLURAL.test(s.publicDescription)) {
      checks.push({
        id: `source-plural:${s.id}`,
        level: "warning",
        ok: false,
        message: `Source ${name} reads as plural but its headcount is 1`,
      });
    } else if (s.headcount > 1 && SINGULAR.test(s.publicDescription.trim())) {
      checks.push({
        id: `source-plural:${s.id}`,
        level: "warning",
        ok: false,
        message: `Source ${name} reads as one person but its headcount is ${s.headcount}`,
      });
    }
  }
  const tagged = new Set(input.tagIds);
  const untagged = new Map<string, string>();
  for (const link of collectMarks(input.body, "tagLink"))
    if (!tagged.has(link.id) && !untagged.has(link.id)) untagged.set(link.id, link.text);
  for (const [tagId, words] of untagged)
    checks.push({
      id: `tag-link-untagged:${tagId}`,
      level: "warning",
      ok: false,
      message: `The text links “${words}” to a tag the story is not tagged with; readers of that tag's page will not find this story`,
    });
  checks.push(...imageChecks(input.body, input.leadImage));
  const blocking = checks.filter((c) => c.level === "blocking" && !c.ok);
  const warnings = checks.filter((c) => c.level === "warning" && !c.ok);
  return { checks, blocking, warnings, canPublish: blocking.length === 0 };
}
