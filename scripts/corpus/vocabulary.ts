// The corpus generator's language: a fixed, ordered vocabulary whose rank is its frequency, drawn
// Zipf-like (the k-th word about 1/k as often as the first), as words are in real text. A few
// English stop words lead (PostgreSQL's English configuration drops them, as it does in real
// stories), then common newsroom words, then ~24,000 invented ones: most words of an archive are
// rare. Deterministic, so the worst-case query set (./worst-case.ts) knows which words are common.

/** Stop words first: real text is about 40% of them; to_tsvector('english') drops them. */
const STOP = (
  "the of and to a in that is for on was with as at by it from be an have are has were this " +
  "not but which or after its their had been"
).split(" ");

/** Common newsroom words, the most frequent content words in the corpus, in rank order. */
const COMMON = (
  "council harbour budget vote housing rent port ferry tender contract inquiry commission report plan city " +
  "district street tower school hospital clinic nurse teacher union strike wage talks deal minister mayor " +
  "deputy office planning land sale price permit court judge hearing witness document audit fund grant " +
  "energy wind turbine grid cable power station coal solar storage tariff bill household winter storm " +
  "flood river bridge road rail bus tram ticket fare route delay repair works crane dock cargo " +
  "ship crew fishing quota catch market trader shop bakery cafe tourist season festival museum library " +
  "park garden tree water supply pipe leak sewer waste recycling bin collection police officer fire " +
  "rescue coast guard weather forecast rain snow election campaign candidate party coalition " +
  "opposition motion debate result poll survey resident tenant landlord owner developer builder " +
  "architect design heritage listing protest petition meeting agenda minutes spokesperson statement " +
  "response comment decision appeal review cost estimate overrun saving cut increase decrease " +
  "figure data record year month week morning evening night north south east west old new central"
).split(" ");

const ONSETS =
  "b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh sk sl st t th tr v w z".split(" ");
const VOWELS = "a e i o u ai ea ee ia io oa ou".split(" ");
const CODAS = ["", "n", "r", "l", "s", "t", "m", "nd", "ck", "x"];

/** Invented words: 2-3 syllables from the tables above, in a scrambled but fixed order. */
function inventedWords(count: number, taken: Set<string>): string[] {
  const syllables: string[] = [];
  for (const o of ONSETS) for (const v of VOWELS) for (const c of CODAS) syllables.push(o + v + c);
  const out: string[] = [];
  const n = syllables.length;
  // A multiplicative walk over pairs (and then triples) visits them in a scrambled order.
  for (let i = 0; out.length < count && i < n * n * 4; i++) {
    const k = (i * 7919 + 104_729) % (n * n);
    const base = syllables[Math.floor(k / n)] + syllables[k % n];
    const word = i < n * n ? base : base + syllables[(i * 31) % n];
    if (word.length > 12 || taken.has(word)) continue;
    taken.add(word);
    out.push(word);
  }
  return out;
}

export const VOCABULARY_SIZE = 24_000;

function buildVocabulary(): string[] {
  const taken = new Set([...STOP, ...COMMON]);
  return [...STOP, ...COMMON, ...inventedWords(VOCABULARY_SIZE - taken.size, taken)];
}

export const VOCABULARY: readonly string[] = buildVocabulary();

/** How many leading entries are stop words. */
export const STOP_WORD_COUNT = STOP.length;

/** The n most common content words (not stop words), most common first. */
export function commonWords(n: number): string[] {
  return VOCABULARY.slice(STOP_WORD_COUNT, STOP_WORD_COUNT + n);
}

/** A small fast seeded PRNG (mulberry32), so a corpus can be regenerated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A Zipf-like rank in [0, n): P(k) ~ 1/(k+1). Inverse of the continuous CDF ln(x)/ln(n+1), so one
 * random number per draw and no tables.
 */
export function zipfRank(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.pow(n + 1, random())) - 1);
}
