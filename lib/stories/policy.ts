import type { JSONContent } from "@tiptap/core";
import { collectMarks, documentToPlainText } from "@/lib/editor/document";
import { imageChecks, type GateImage } from "@/lib/media/gate";

// The publish gate: ONE pure function, run live in the editor (the checklist) and again on the
// server by the publish mutation, which refuses while anything blocking remains.

export interface GateSource {
  id: string;
  anonymous: boolean;
  publicDescription: string;
  headcount: number;
  anonymityReason: string;
  approvedAt: Date | string | null;
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
  tagCount: number;
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

const CLAIMS = [
  {
    kind: "fax",
    outcome: "NO_RESPONSE",
    fax: true,
    pattern:
      /\b(?:did not|didn['’]t|has not|have not|had not) (?:immediately )?(?:respond|reply) to (?:a )?faxed requests? for comment/i,
  },
  {
    kind: "no-response",
    outcome: "NO_RESPONSE",
    fax: false,
    pattern:
      /\b(?:did not|didn['’]t|has not|have not|had not) (?:immediately )?(?:respond|reply)\b/i,
  },
  {
    kind: "declined",
    outcome: "DECLINED",
    fax: false,
    pattern: /\b(?:declined|refused) to comment\b/i,
  },
] as const;

const OUTCOME_WORDS: Record<GateCommentRequest["outcome"], string> = {
  PENDING: "still pending",
  RESPONDED: "responded",
  DECLINED: "declined",
  NO_RESPONSE: "no response",
};

const normalise = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()} `;
const withoutArticle = (s: string) => normalise(s).replace(/^ the /, " ");

const PLURAL =
  /\b(two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|several|many|multiple|some|\d+|people|officials|sources|executives|diplomats|aides|members|employees|residents|staffers|lawyers|analysts|investors|others|colleagues|officers)\b/i;
const SINGULAR = /^(a|an|one)\b/i;

function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?”"])\s+(?=[A-Z“"])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Claims in the text about requests for comment, each checked against what was recorded. */
export function checkCommentClaims(
  text: string,
  requests: readonly GateCommentRequest[],
): GateCheck[] {
  const checks: GateCheck[] = [];
  sentencesOf(text).forEach((sentence, index) => {
    const claim = CLAIMS.find((c) => c.pattern.test(sentence));
    if (!claim) return;
    const match = claim.pattern.exec(sentence);
    const subject = sentence.slice(0, match?.index ?? 0);
    const named = requests.filter(
      (r) => r.organisation.trim() && normalise(subject).includes(withoutArticle(r.organisation)),
    );
    const quoted = `“${sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence}”`;
    const id = `claim:${index}`;
    if (named.length === 0) {
      checks.push({
        id,
        level: "blocking",
        ok: false,
        message: `${quoted} — no request for comment to ${subject.trim() || "anyone"} is recorded.`,
      });
      return;
    }
    const byOrg = new Map<string, GateCommentRequest[]>();
    for (const r of named)
      byOrg.set(withoutArticle(r.organisation), [
        ...(byOrg.get(withoutArticle(r.organisation)) ?? []),
        r,
      ]);
    const wrong = [...byOrg.values()].filter(
      (list) =>
        !list.some((r) => r.outcome === claim.outcome && (!claim.fax || r.channel === "FAX")),
    );
    if (wrong.length === 0) {
      checks.push({
        id,
        level: "blocking",
        ok: true,
        message: `${quoted} matches the recorded requests.`,
      });
      return;
    }
    const details = wrong.map((list) => {
      const r = list[0];
      return claim.fax && list.some((x) => x.outcome === "NO_RESPONSE")
        ? `${r.organisation} was not sent a fax`
        : `${r.organisation} is recorded as ${OUTCOME_WORDS[r.outcome]}`;
    });
    checks.push({
      id,
      level: "blocking",
      ok: false,
      message: `${quoted} — ${details.join("; ")}.`,
    });
  });
  return checks;
}

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
    { id: "tags", level: "blocking", ok: input.tagCount > 0, message: "At least one tag" },
  ];
  for (const s of input.sources.filter((x) => x.anonymous)) {
    const name = `“${s.publicDescription || "unnamed source"}”`;
    checks.push({
      id: `source-reason:${s.id}`,
      level: "blocking",
      ok: s.anonymityReason.trim().length > 0,
      message: `Anonymous source ${name} has a reason for anonymity`,
    });
    checks.push({
      id: `source-approval:${s.id}`,
      level: "blocking",
      ok: !!s.approvedAt,
      message: `Anonymous source ${name} is approved by an editor`,
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
  checks.push(...imageChecks(input.body, input.leadImage));
  const blocking = checks.filter((c) => c.level === "blocking" && !c.ok);
  const warnings = checks.filter((c) => c.level === "warning" && !c.ok);
  return { checks, blocking, warnings, canPublish: blocking.length === 0 };
}
