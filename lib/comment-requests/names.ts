// How wire copy writes the names of the organisations a story asked for comment. Pure, shared by
// the sentence generator (sentences.ts), the claim matcher (claims.ts) and the reader's box.
//
// - "the White House" inside a sentence, "The White House" at its start, whether or not the name
//   was recorded with "The" (names whose last word is an institution's common noun take "the").
// - Shared heads folded: "China's Foreign Ministry" + "China's Commerce Ministry" ->
//   "China's Foreign and Commerce ministries".
// - Serial lists without the final comma, as Reuters and AP write them: "A, B and C".

/** Last words that make a name take "the": "the State Department", "the Pentagon". */
const INSTITUTION_HEADS = new Set(
  [
    "administration",
    "agency",
    "army",
    "assembly",
    "authority",
    "bank",
    "board",
    "bureau",
    "cabinet",
    "commission",
    "committee",
    "council",
    "court",
    "department",
    "embassy",
    "federation",
    "foundation",
    "government",
    "guard",
    "house",
    "inspectorate",
    "institute",
    "kremlin",
    "ministry",
    "nations",
    "navy",
    "office",
    "organisation",
    "organization",
    "parliament",
    "pentagon",
    "police",
    "presidency",
    "regulator",
    "reserve",
    "secretariat",
    "senate",
    "service",
    "treasury",
    "tribunal",
    "union",
    "vatican",
  ].flatMap((w) => [w, plural(w)]),
);

/** Heads that fold into a plural ("ministries", "departments"): offices of one government. */
const FOLDABLE_HEADS = new Set([
  "agency",
  "authority",
  "bureau",
  "commission",
  "committee",
  "council",
  "department",
  "embassy",
  "ministry",
  "office",
  "service",
]);

export function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

const words = (name: string) => name.trim().split(/\s+/).filter(Boolean);
const isPossessive = (word: string) => /['’]s$|s['’]$/i.test(word);

/** The name without a leading article, as recorded or typed: "The White House" -> "White House". */
export function bareName(name: string): string {
  return name.trim().replace(/^the\s+/i, "");
}

/** Whether the name is written with "the": recorded so, or an institution named by its common noun. */
export function takesArticle(name: string): boolean {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed)) return true;
  const w = words(trimmed);
  if (w.length === 0 || isPossessive(w[0])) return false;
  // "Bank of England", "Ministry of Defence", "University of Oxford".
  if (w.length >= 3 && w.some((x, i) => i > 0 && x.toLowerCase() === "of")) {
    return INSTITUTION_HEADS.has(w[0].toLowerCase()) || /^university$/i.test(w[0]);
  }
  return INSTITUTION_HEADS.has(w[w.length - 1].toLowerCase());
}

/** "the State Department" (inside a sentence). */
export function nameInside(name: string): string {
  const bare = bareName(name);
  return takesArticle(name) ? `the ${bare}` : bare;
}

/** "The State Department" (at the start of a sentence). */
export function nameAtStart(name: string): string {
  const inside = nameInside(name);
  return inside.charAt(0).toUpperCase() + inside.slice(1);
}

interface Parts {
  possessor: string;
  modifier: string;
  head: string;
  article: boolean;
}

function partsOf(name: string): Parts | null {
  const w = words(bareName(name));
  if (w.length < 2) return null;
  const head = w[w.length - 1];
  if (!FOLDABLE_HEADS.has(head.toLowerCase())) return null;
  const possessor = isPossessive(w[0]) ? w[0] : "";
  const modifier = w.slice(possessor ? 1 : 0, -1).join(" ");
  if (!modifier) return null;
  return { possessor, modifier, head, article: takesArticle(name) };
}

/** "A", "A and B", "A, B and C". */
export function serialList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The names as noun phrases for inside a sentence, with shared heads folded: names with the same
 * possessor (or none) and the same office noun become one phrase, in the order the first appeared.
 */
export function foldNames(names: readonly string[]): string[] {
  const phrases: { key: string | null; names: string[]; parts: Parts[] }[] = [];
  for (const name of names) {
    const parts = partsOf(name);
    const key = parts
      ? `${parts.possessor.toLowerCase().replace(/’/g, "'")}|${parts.head.toLowerCase()}|${parts.article}`
      : null;
    const group = key ? phrases.find((p) => p.key === key) : undefined;
    if (group && parts) {
      group.names.push(name);
      group.parts.push(parts);
    } else phrases.push({ key, names: [name], parts: parts ? [parts] : [] });
  }
  return phrases.map((p) => {
    if (p.names.length === 1) return nameInside(p.names[0]);
    const first = p.parts[0];
    const folded = [
      first.article ? "the" : "",
      first.possessor,
      serialList(p.parts.map((x) => x.modifier)),
      plural(first.head.toLowerCase()),
    ];
    return folded.filter(Boolean).join(" ");
  });
}

/** The subject of a wire sentence: folded names in a serial list, capitalised to open it. */
export function subjectOf(names: readonly string[]): string {
  const list = serialList(foldNames(names));
  return list.charAt(0).toUpperCase() + list.slice(1);
}
