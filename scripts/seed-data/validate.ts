// Consistency checks for the demo seed data. `validateSeedData()` returns one line per problem;
// an empty list means the data is internally consistent and follows the newsroom's sourcing rules.
import { checkCommentClaims, claimsIn, namesOrganisation } from "../../lib/comment-requests/claims";
import type {
  SeedBlock,
  SeedCommentRequest,
  SeedSource,
  SeedStory,
  SeedTag,
  SeedUser,
} from "./types";
import { stories as allStories } from "./stories";
import { tags as allTags } from "./tags";
import { users as allUsers } from "./users";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MARKER = /\[\[(tag|src):([^|\]]*)\|([^\]]*)\]\]/g;
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
const EXTERNAL_HOST = /^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$/;
const ASKED = /(?:has|have) been (?:asked for comment|sent detailed questions)/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export const MIN_WORDS = 250;
export const MAX_WORDS = 900;
export const MIN_BLOCKS = 4;
export const MAX_BLOCKS = 12;

/** The visible text of one line of inline markup: markers and links reduced to their words. */
export function plainText(text: string): string {
  return text
    .replace(MARKER, (_m, _kind: string, _arg: string, words: string) => words)
    .replace(LINK, (_m, words: string) => words)
    .replace(/\*\*/g, "")
    .replace(/(?<![\p{L}\p{N}])_([^_]+)_(?![\p{L}\p{N}])/gu, "$1");
}

function blockTexts(block: SeedBlock): string[] {
  return block.type === "ul" ? block.items : [block.text];
}

export function storyTexts(story: SeedStory): string[] {
  return story.body.flatMap(blockTexts);
}

export function storyWordCount(story: SeedStory): number {
  return storyTexts(story)
    .map(plainText)
    .reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
}

function sentences(text: string): string[] {
  return plainText(text).split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])/u);
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function checkUsers(users: SeedUser[], problems: string[]): void {
  for (const d of duplicates(users.map((u) => u.key))) problems.push(`duplicate user key: ${d}`);
  for (const d of duplicates(users.map((u) => u.email)))
    problems.push(`duplicate user email: ${d}`);
  for (const d of duplicates(users.map((u) => u.slug))) problems.push(`duplicate user slug: ${d}`);
  for (const u of users) {
    if (!SLUG.test(u.slug)) problems.push(`user ${u.key}: bad slug "${u.slug}"`);
    if (!u.email.endsWith("@newsroom.test"))
      problems.push(`user ${u.key}: email not @newsroom.test`);
  }
  const demo: [string, SeedUser["role"]][] = [
    ["admin@newsroom.test", "ADMIN"],
    ["editor@newsroom.test", "EDITOR"],
    ["reporter@newsroom.test", "REPORTER"],
  ];
  for (const [email, role] of demo) {
    const u = users.find((x) => x.email === email);
    if (!u) problems.push(`missing demo account ${email}`);
    else if (u.role !== role || u.active === false)
      problems.push(`demo account ${email} must be an active ${role}`);
  }
}

function checkTags(tags: SeedTag[], problems: string[]): void {
  for (const d of duplicates(tags.map((t) => t.slug))) problems.push(`duplicate tag slug: ${d}`);
  for (const d of duplicates(tags.map((t) => t.name.toLowerCase())))
    problems.push(`duplicate tag name: ${d}`);
  for (const t of tags) {
    if (!SLUG.test(t.slug)) problems.push(`tag ${t.slug}: bad slug`);
    if (!t.description.trim()) problems.push(`tag ${t.slug}: empty description`);
  }
}

function checkPrivateContact(where: string, s: SeedSource, problems: string[]): void {
  for (const email of s.privateContact.match(/[\w.+-]+@[\w.-]+/g) ?? []) {
    if (!email.endsWith(".example.test") && !email.endsWith("@example.test"))
      problems.push(`${where}: contact email ${email} is not on example.test`);
  }
  for (const phone of s.privateContact.match(/\+?\d[\d -]{5,}\d/g) ?? []) {
    if (!phone.includes("555"))
      problems.push(`${where}: contact number ${phone} is not a 555 number`);
  }
}

function checkSource(story: SeedStory, s: SeedSource, i: number, problems: string[]): void {
  const where = `story ${story.key} source ${i}`;
  if (!Number.isInteger(s.headcount) || s.headcount < 1)
    problems.push(`${where}: headcount must be a positive integer`);
  if (!s.publicDescription.trim()) problems.push(`${where}: empty publicDescription`);
  checkPrivateContact(where, s, problems);
  if (!s.anonymous) {
    if (s.headcount !== 1) problems.push(`${where}: a named source has headcount 1`);
    return;
  }
  const first = s.publicDescription.trim().toLowerCase().split(/\s+/)[0];
  const stated = NUMBER_WORDS[first];
  if (stated !== undefined && stated !== s.headcount)
    problems.push(`${where}: "${s.publicDescription}" does not match headcount ${s.headcount}`);
  if (!s.basisOfKnowledge.trim())
    problems.push(`${where}: anonymous source without basisOfKnowledge`);
  if (
    story.status === "PUBLISHED" ||
    story.status === "SCHEDULED" ||
    story.status === "UNPUBLISHED"
  ) {
    if (!s.anonymityReason.trim())
      problems.push(`${where}: ${story.status} anonymous source without anonymityReason`);
    if (!s.approved) problems.push(`${where}: ${story.status} anonymous source not approved`);
  }
}

function requestName(r: SeedCommentRequest): string {
  return (r.mentionedAs ?? r.organisation).toLowerCase();
}

function checkCommentRequests(story: SeedStory, problems: string[]): void {
  const where = `story ${story.key}`;
  story.commentRequests.forEach((r, i) => {
    const at = `${where} comment request ${i} (${r.organisation})`;
    if (r.sentHoursBeforePublish < 0) problems.push(`${at}: sent after publication`);
    if (r.deadlineHoursAfterSent !== undefined && r.deadlineHoursAfterSent <= 0)
      problems.push(`${at}: deadline must be after sending`);
    if (r.outcome === "RESPONDED" && !r.responseText?.trim())
      problems.push(`${at}: RESPONDED without responseText`);
    if (r.outcome !== "RESPONDED" && r.responseText !== undefined)
      problems.push(`${at}: responseText on a ${r.outcome} request`);
    // The seed records a response an hour after sending; it must not postdate publication.
    if ((r.outcome === "RESPONDED" || r.outcome === "DECLINED") && r.sentHoursBeforePublish < 1)
      problems.push(`${at}: answered requests must be sent at least an hour before publication`);
    if (r.outcome === "PENDING" && story.status === "PUBLISHED") {
      const deadlineAfterPublish =
        r.deadlineHoursAfterSent === undefined
          ? undefined
          : r.deadlineHoursAfterSent - r.sentHoursBeforePublish;
      if (deadlineAfterPublish === undefined || deadlineAfterPublish <= story.hoursAgo)
        problems.push(`${at}: PENDING on a published story needs a deadline still in the future`);
    }
  });

  // What the text says about comment must match what was recorded: the publish gate's own matcher.
  const lines = storyTexts(story).flatMap(sentences);
  for (const check of checkCommentClaims(lines.join("\n"), story.commentRequests))
    if (!check.ok) problems.push(`${where}: ${check.message}`);
  const mentions = (r: SeedCommentRequest, line: string) =>
    line.toLowerCase().includes(requestName(r));
  for (const line of lines) {
    if (
      ASKED.test(line) &&
      !story.commentRequests.some((r) => r.outcome === "PENDING" && mentions(r, line))
    )
      problems.push(`${where}: "${line}" has no matching PENDING request`);
  }
  // And what was recorded as no response or declined is said in the text.
  const reported = (r: SeedCommentRequest) =>
    lines.some((line) =>
      claimsIn(line).some(
        (c) =>
          (c.outcome === "DECLINED") === (r.outcome === "DECLINED") &&
          namesOrganisation(c.subject, r.organisation),
      ),
    );
  for (const r of story.commentRequests) {
    if (r.outcome === "NO_RESPONSE" && !reported(r))
      problems.push(`${where}: NO_RESPONSE from ${r.organisation} is not reported in the text`);
    if (r.outcome === "DECLINED" && !reported(r))
      problems.push(`${where}: DECLINED by ${r.organisation} is not reported in the text`);
  }
}

function checkMarkup(story: SeedStory, text: string, problems: string[]): void {
  const where = `story ${story.key}`;
  const tagSlugs = new Set(allTags.map((t) => t.slug));
  for (const m of text.matchAll(MARKER)) {
    const [, kind, arg, words] = m;
    if (!words.trim()) problems.push(`${where}: empty marker text in ${m[0]}`);
    if (kind === "tag") {
      if (!tagSlugs.has(arg)) problems.push(`${where}: inline tag marker for unknown tag "${arg}"`);
      else if (!story.tags.includes(arg))
        problems.push(`${where}: inline tag "${arg}" is not among the story's tags`);
    } else {
      const n = Number(arg);
      if (!/^\d+$/.test(arg) || n >= story.sources.length)
        problems.push(`${where}: [[src:${arg}]] out of range (${story.sources.length} sources)`);
    }
  }
  const rest = text.replace(MARKER, "");
  if (rest.includes("[[") || rest.includes("]]"))
    problems.push(`${where}: malformed marker in "${text.slice(0, 60)}…"`);
  for (const m of rest.matchAll(LINK)) {
    if (!/^(?:https:\/\/|mailto:)/.test(m[2]))
      problems.push(`${where}: link "${m[2]}" is not https or mailto`);
  }
  if ((rest.match(/\*\*/g)?.length ?? 0) % 2 !== 0)
    problems.push(`${where}: unbalanced ** in "${text.slice(0, 60)}…"`);
}

function checkStory(story: SeedStory, byKey: Map<string, SeedStory>, problems: string[]): void {
  const where = `story ${story.key}`;
  const userKeys = new Set(allUsers.map((u) => u.key));
  const tagSlugs = new Set(allTags.map((t) => t.slug));

  if (!SLUG.test(story.slug)) problems.push(`${where}: bad slug "${story.slug}"`);
  for (const field of ["headline", "summary", "dateline"] as const)
    if (!story[field].trim()) problems.push(`${where}: empty ${field}`);
  if (story.status === "SCHEDULED" ? story.hoursAgo >= 0 : story.hoursAgo < 0)
    problems.push(`${where}: hoursAgo ${story.hoursAgo} does not fit status ${story.status}`);

  if (story.authors.length === 0) problems.push(`${where}: no authors`);
  for (const a of story.authors)
    if (!userKeys.has(a)) problems.push(`${where}: unknown author key "${a}"`);
  for (const d of duplicates(story.authors)) problems.push(`${where}: duplicate author ${d}`);
  for (const t of story.tags)
    if (!tagSlugs.has(t)) problems.push(`${where}: unknown tag slug "${t}"`);
  for (const d of duplicates(story.tags)) problems.push(`${where}: duplicate tag ${d}`);

  if (story.body.length < MIN_BLOCKS || story.body.length > MAX_BLOCKS)
    problems.push(`${where}: ${story.body.length} blocks (want ${MIN_BLOCKS}–${MAX_BLOCKS})`);
  const words = storyWordCount(story);
  if (words < MIN_WORDS || words > MAX_WORDS)
    problems.push(`${where}: ${words} words (want ${MIN_WORDS}–${MAX_WORDS})`);
  for (const block of story.body) {
    if (block.type === "ul" && block.items.length === 0) problems.push(`${where}: empty list`);
    for (const text of blockTexts(block)) {
      if (!text.trim()) problems.push(`${where}: empty ${block.type} block`);
      checkMarkup(story, text, problems);
    }
  }

  story.sources.forEach((s, i) => checkSource(story, s, i, problems));
  checkCommentRequests(story, problems);

  story.related.forEach((r, i) => {
    const at = `${where} related ${i}`;
    if (r.kind === "internal") {
      const target = byKey.get(r.storyKey);
      if (!target) problems.push(`${at}: unknown storyKey "${r.storyKey}"`);
      else if (target.key === story.key) problems.push(`${at}: links to itself`);
      else if (target.status !== "PUBLISHED")
        problems.push(`${at}: links to ${target.key}, which is ${target.status}`);
    } else {
      let host = "";
      try {
        const url = new URL(r.url);
        host = url.protocol === "https:" ? url.hostname : "";
      } catch {
        host = "";
      }
      if (!EXTERNAL_HOST.test(host))
        problems.push(`${at}: external url ${r.url} must be https on example.com/.org/.net`);
      if (r.hoursAgo < 0) problems.push(`${at}: external article from the future`);
      if (!r.outlet.trim() || !r.headline.trim())
        problems.push(`${at}: external link without outlet or headline`);
    }
  });
  for (const d of duplicates(
    story.related.map((r) => (r.kind === "internal" ? `story:${r.storyKey}` : r.url)),
  ))
    problems.push(`${where}: duplicate related item ${d}`);

  for (const c of story.corrections ?? []) {
    if (story.status !== "PUBLISHED")
      problems.push(`${where}: ${c.kind} on a ${story.status} story`);
    if (c.hoursAfterPublish <= 0 || c.hoursAfterPublish > story.hoursAgo)
      problems.push(
        `${where}: ${c.kind} at +${c.hoursAfterPublish}h is outside the story's life (${story.hoursAgo}h)`,
      );
  }
}

export function validateSeedData(): string[] {
  const problems: string[] = [];
  checkUsers(allUsers, problems);
  checkTags(allTags, problems);
  for (const d of duplicates(allStories.map((s) => s.key)))
    problems.push(`duplicate story key: ${d}`);
  for (const d of duplicates(allStories.map((s) => s.slug)))
    problems.push(`duplicate story slug: ${d}`);
  const byKey = new Map(allStories.map((s) => [s.key, s]));
  for (const story of allStories) checkStory(story, byKey, problems);
  return problems;
}
