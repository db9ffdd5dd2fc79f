// One batch of synthetic stories, built in JavaScript (a 24,000-word array subscripted in SQL walks
// the array on every draw) and sent to PostgreSQL as column arrays through unnest().
import { VOCABULARY, zipfRank } from "./vocabulary";

export const TAG_COUNT = 5_200;
export const AUTHOR_COUNT = 60;
export const YEARS = 20;
const TAGS_PER_STORY = [1, 2, 2, 3, 3, 3, 4, 4, 5, 6];

export interface StoryBatch {
  ids: string[];
  headlines: string[];
  summaries: string[];
  bodies: string[];
  texts: string[];
  htmls: string[];
  words: number[];
  times: string[];
  /** StoryTag rows, flattened */
  tagStory: string[];
  tagIds: string[];
  tagPos: number[];
  /** Byline rows */
  authorIds: string[];
}

const word = (random: () => number) => VOCABULARY[zipfRank(random, VOCABULARY.length)];
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function phrase(random: () => number, n: number): string[] {
  return Array.from({ length: n }, () => word(random));
}

/** Sentences of 8-22 words, capitalised with a full stop, grouped into 3-6 paragraphs. */
function paragraphs(random: () => number, total: number): string[] {
  const sentences: string[] = [];
  let left = total;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(random() * 15));
    const w = phrase(random, n);
    w[0] = cap(w[0]);
    sentences.push(`${w.join(" ")}.`);
    left -= n;
  }
  const count = Math.min(sentences.length, 3 + Math.floor(random() * 4));
  const out: string[] = [];
  const per = Math.ceil(sentences.length / count);
  for (let i = 0; i < sentences.length; i += per) out.push(sentences.slice(i, i + per).join(" "));
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function buildBatch(
  random: () => number,
  run: string,
  from: number,
  to: number,
  tagIds: readonly string[],
  authorIds: readonly string[],
  now = Date.now(),
): StoryBatch {
  const b: StoryBatch = {
    ids: [],
    headlines: [],
    summaries: [],
    bodies: [],
    texts: [],
    htmls: [],
    words: [],
    times: [],
    tagStory: [],
    tagIds: [],
    tagPos: [],
    authorIds: [],
  };
  const span = YEARS * 365.25 * 86_400_000;
  for (let g = from; g <= to; g++) {
    const id = `corpus-${run}-${g}`;
    const total = 180 + Math.floor(random() * 121);
    const paras = paragraphs(random, total);
    const text = paras.join("\n\n");
    b.ids.push(id);
    b.headlines.push(
      phrase(random, 6 + Math.floor(random() * 5))
        .map(cap)
        .join(" "),
    );
    b.summaries.push(`${cap(phrase(random, 18 + Math.floor(random() * 7)).join(" "))}.`);
    b.bodies.push(
      JSON.stringify({
        type: "doc",
        content: paras.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })),
      }),
    );
    b.texts.push(text);
    b.htmls.push(paras.map((p) => `<p>${escapeHtml(p)}</p>`).join(""));
    b.words.push(total);
    // More stories in recent years, as archives grow: u^1.3 leans towards now.
    b.times.push(new Date(now - Math.pow(random(), 1.3) * span).toISOString());
    const want = TAGS_PER_STORY[Math.floor(random() * TAGS_PER_STORY.length)];
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < want && tries < 40; tries++)
      chosen.add(zipfRank(random, tagIds.length));
    let pos = 0;
    for (const t of chosen) {
      b.tagStory.push(id);
      b.tagIds.push(tagIds[t]);
      b.tagPos.push(pos++);
    }
    b.authorIds.push(authorIds[zipfRank(random, authorIds.length)]);
  }
  return b;
}

/** Names for tags and bylines, made of the vocabulary's rarer words so they read as proper names. */
export function properName(index: number, parts: number): string {
  const out: string[] = [];
  let k = index;
  for (let p = 0; p < parts; p++) {
    out.push(cap(VOCABULARY[2_000 + ((k * 2_654_435_761 + p * 97) % 20_000)]));
    k = Math.floor(k / 7) + 13 * (p + 1);
  }
  return out.join(" ");
}
