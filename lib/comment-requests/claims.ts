import { bareName, plural } from "./names";

// The text's claims about requests for comment ("X did not respond", "X declined to comment"),
// each checked against what was recorded. Pure: part of the publish gate (lib/stories/policy.ts).
// It accepts every sentence sentences.ts can write and the usual ways a writer says the same:
// collective forms ("Spokespeople for X and Y"), "a spokesperson for X", folded heads ("China's
// Foreign and Commerce ministries"), "neither X nor Y responded", "could not be reached", "did not
// return calls", "declined comment", "would not comment".

export interface ClaimRequest {
  organisation: string;
  channel: "EMAIL" | "PHONE" | "FAX" | "IN_PERSON" | "OTHER";
  outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE";
}

export interface ClaimCheck {
  id: string;
  level: "blocking";
  ok: boolean;
  message: string;
}

type Outcome = "NO_RESPONSE" | "NOT_YET" | "DECLINED";

/** What each kind of claim is true of: "has not yet responded" is true of a pending request too. */
const ACCEPTS: Record<Outcome, readonly ClaimRequest["outcome"][]> = {
  NO_RESPONSE: ["NO_RESPONSE"],
  NOT_YET: ["NO_RESPONSE", "PENDING"],
  DECLINED: ["DECLINED"],
};

const NEG = String.raw`(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t)`;
const SOON = String.raw`(?:immediately\s+)?`;
const OBJECTS = String.raw`(?:requests?|calls?|phone calls?|messages?|emails?|e-mails?|questions?|inquiries|enquiries|faxes)`;

/** Each pattern finds a claim; `subject` (if captured) is where the named organisations are. */
const PATTERNS: { outcome: Outcome; pattern: RegExp }[] = [
  {
    outcome: "NO_RESPONSE",
    pattern: new RegExp(
      String.raw`\b(?<subject>neither\b.+?\bnor\b.+?)\s+${SOON}(?:responded|replied)\b`,
      "gi",
    ),
  },
  {
    outcome: "NOT_YET",
    pattern: new RegExp(
      String.raw`\b(?:has not|hasn['’]t|have not|haven['’]t)\s+yet\s+(?:responded|replied)\b`,
      "gi",
    ),
  },
  {
    outcome: "NO_RESPONSE",
    pattern: new RegExp(String.raw`\b${NEG}\s+${SOON}(?:respond(?:ed)?|repl(?:y|ied))\b`, "gi"),
  },
  {
    outcome: "NO_RESPONSE",
    pattern: new RegExp(
      String.raw`\b${NEG}\s+${SOON}(?:return(?:ed)?|answer(?:ed)?)\s+(?:[\p{L}-]+\s+){0,3}?${OBJECTS}\b`,
      "giu",
    ),
  },
  {
    outcome: "NO_RESPONSE",
    pattern: new RegExp(String.raw`\b(?:could not|couldn['’]t)\s+${SOON}be\s+reached\b`, "gi"),
  },
  {
    outcome: "NO_RESPONSE",
    pattern: new RegExp(
      String.raw`\b(?:was|were)\s+not\s+${SOON}available\s+(?:for|to)\s+comment`,
      "gi",
    ),
  },
  {
    outcome: "DECLINED",
    pattern:
      /\b(?:declined|refused|would not|wouldn['’]t|did not want)\s+to\s+(?:comment|discuss|elaborate|say)\b/gi,
  },
  { outcome: "DECLINED", pattern: /\b(?:declined|refused)\s+comment\b/gi },
  { outcome: "DECLINED", pattern: /\b(?:would not|wouldn['’]t|did not)\s+comment\b/gi },
];

const OUTCOME_WORDS: Record<ClaimRequest["outcome"], string> = {
  PENDING: "still pending",
  RESPONDED: "responded",
  DECLINED: "declined",
  NO_RESPONSE: "no response",
};

/** Words that start another noun phrase: a name's words may not be matched across them. */
const BREAKS = new Set([
  "the",
  "a",
  "an",
  "or",
  "nor",
  "neither",
  "with",
  "from",
  "at",
  "by",
  "of",
]);

export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?”"])\s+(?=[A-Z“"])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words as written (commas kept as their own token, for lists). */
function rawTokens(s: string): string[] {
  return s
    .replace(/[’`]/g, "'")
    .replace(/,/g, " , ")
    .replace(/[^\p{L}\p{N}'&,-]+/gu, " ")
    .split(" ")
    .map((t) => t.replace(/^'+/, ""))
    .filter(Boolean);
}

function tokens(s: string): string[] {
  return rawTokens(s).map((t) => t.toLowerCase());
}

/**
 * Whether the subject names the organisation: its words in order, either side by side, or (for a
 * folded head, "Foreign and Commerce ministries") with other modifiers between and the head in the
 * plural. Never across the start of another noun phrase ("the", "of", ...).
 */
export function namesOrganisation(subject: string, organisation: string): boolean {
  return spanOf(tokens(subject), organisation) !== null;
}

/** Where in the subject's words the organisation is named: [first, last] word, or null. */
function spanOf(sub: readonly string[], organisation: string): [number, number] | null {
  const org = tokens(bareName(organisation)).filter((t) => t !== ",");
  if (org.length === 0) return null;
  const head = org[org.length - 1];
  for (let start = 0; start < sub.length; start++) {
    if (sub[start] !== org[0] && !(org.length === 1 && sub[start] === plural(head))) continue;
    let at = start;
    let gapped = false;
    let ok = true;
    for (let k = 1; k < org.length && ok; k++) {
      const last = k === org.length - 1;
      let next = at + 1;
      // Modifiers of a folded list may stand between a name's words ("foreign and commerce").
      while (next < sub.length && next - at <= 6) {
        const word = sub[next];
        if (word === org[k] || (last && word === plural(head))) break;
        if (BREAKS.has(word)) {
          next = sub.length;
          break;
        }
        next++;
      }
      if (next >= sub.length || next - at > 6) ok = false;
      else {
        if (next > at + 1) gapped = true;
        at = next;
      }
    }
    if (!ok) continue;
    // Words skipped: only a folded, plural head explains them.
    if (gapped && sub[at] !== plural(head)) continue;
    return [start, at];
  }
  return null;
}

const COORDINATORS = new Set(["and", "nor", "&"]);
const LEADING = new Set([
  "on",
  "in",
  "at",
  "after",
  "before",
  "during",
  "since",
  "when",
  "asked",
  "by",
  "late",
  "earlier",
]);
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * Members of a list in the subject ("the White House and the Pentagon") that name someone (a
 * capitalised word) and are not one of the recorded organisations: the claim covers them too, so
 * their requests must be recorded. Only lists joined by "and"/"nor" are split: "a spokesperson for
 * the White House, Jane Doe," is one member with an apposition, not two.
 */
export function unrecordedMembers(subject: string, organisations: readonly string[]): string[] {
  const raw = rawTokens(subject);
  const sub = raw.map((t) => t.toLowerCase());
  if (!sub.some((t) => COORDINATORS.has(t))) return [];
  const covered = new Set<number>();
  for (const organisation of organisations) {
    const span = spanOf(sub, organisation);
    if (span) for (let i = span[0]; i <= span[1]; i++) covered.add(i);
  }
  const members: number[][] = [[]];
  sub.forEach((t, i) => {
    if (COORDINATORS.has(t) || t === ",") members.push([]);
    else members[members.length - 1].push(i);
  });
  return members
    .filter(
      (m) =>
        m.length > 0 &&
        !m.some((i) => covered.has(i)) &&
        // Not a time or place phrase ahead of the subject ("On Tuesday, ...").
        !LEADING.has(sub[m[0]]) &&
        // A proper name: a capital past the subject's first word ("Spokespeople for ..."), not a date.
        m.some((i) => i > 0 && /^\p{Lu}/u.test(raw[i]) && !CALENDAR.test(sub[i])),
    )
    .map((m) => m.map((i) => raw[i]).join(" "));
}

interface Claim {
  outcome: Outcome;
  fax: boolean;
  subject: string;
}

// The checklist runs over the whole story after every pause in typing (in the editor) and on every
// publish; a sentence's claims depend on its text alone, so they are kept for the sentences seen
// last, and a 10,000-word story costs only the sentences that changed.
const CLAIM_CACHE_SIZE = 5_000;
const claimCache = new Map<string, readonly Claim[]>();

/** Every claim in one sentence, each with the words that name who it is about. */
export function claimsIn(sentence: string): readonly Claim[] {
  const cached = claimCache.get(sentence);
  if (cached) {
    claimCache.delete(sentence); // most recently used last
    claimCache.set(sentence, cached);
    return cached;
  }
  const claims = findClaims(sentence);
  claimCache.set(sentence, claims);
  if (claimCache.size > CLAIM_CACHE_SIZE) claimCache.delete(claimCache.keys().next().value!);
  return claims;
}

function findClaims(sentence: string): Claim[] {
  const found: { outcome: Outcome; start: number; end: number; subject?: string }[] = [];
  for (const { outcome, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ outcome, start, end, subject: m.groups?.subject });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f, i) => {
    const from = i === 0 ? 0 : found[i - 1].end;
    // What follows the claim, up to the next one: "... to faxed requests for comment".
    const rest = sentence.slice(f.end, found[i + 1]?.start ?? sentence.length);
    const subject = (f.subject ?? sentence.slice(from, f.start))
      .replace(/^[\s,;]*(?:and|but|while|whereas)?\s*/i, "")
      .trim();
    return {
      outcome: f.outcome,
      fax: f.outcome !== "DECLINED" && /\bfax(?:ed|es)?\b/i.test(rest),
      subject,
    };
  });
}

const key = (name: string) => tokens(bareName(name)).join(" ");
const quote = (s: string) => `“${s.length > 90 ? `${s.slice(0, 87)}…` : s}”`;

/** Claims in the text about requests for comment, each checked against what was recorded. */
export function checkCommentClaims(text: string, requests: readonly ClaimRequest[]): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  let n = 0;
  sentencesOf(text).forEach((sentence) => {
    for (const claim of claimsIn(sentence)) {
      const id = `claim:${n++}`;
      const named = requests.filter(
        (r) => r.organisation.trim() && namesOrganisation(claim.subject, r.organisation),
      );
      const unrecorded = named.length
        ? unrecordedMembers(
            claim.subject,
            named.map((r) => r.organisation),
          )
        : [];
      if (unrecorded.length) {
        checks.push({
          id,
          level: "blocking",
          ok: false,
          message: `${quote(sentence)} — no request for comment to ${unrecorded.join(" or ")} is recorded.`,
        });
        continue;
      }
      if (named.length === 0) {
        checks.push({
          id,
          level: "blocking",
          ok: false,
          message: `${quote(sentence)} — no request for comment to ${claim.subject || "anyone"} is recorded.`,
        });
        continue;
      }
      const byOrg = new Map<string, ClaimRequest[]>();
      for (const r of named)
        byOrg.set(key(r.organisation), [...(byOrg.get(key(r.organisation)) ?? []), r]);
      const wrong = [...byOrg.values()].filter(
        (list) =>
          !list.some(
            (r) =>
              ACCEPTS[claim.outcome].includes(r.outcome) && (!claim.fax || r.channel === "FAX"),
          ),
      );
      if (wrong.length === 0) {
        checks.push({
          id,
          level: "blocking",
          ok: true,
          message: `${quote(sentence)} matches the recorded requests.`,
        });
        continue;
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
        message: `${quote(sentence)} — ${details.join("; ")}.`,
      });
    }
  });
  return checks;
}
