// The worst-case reader queries for the synthetic corpus (scripts/corpus.ts): its most common words
// alone, together, as a phrase, with a minus, long runs of them, and the hostile inputs a reader can
// type. The bench (bench/scale.ts) runs every one of them; each must answer within its bound or be
// refused with a kind page, never hold the database.
import { commonWords, VOCABULARY } from "./vocabulary";

export interface WorstCaseQuery {
  kind: string;
  q: string;
  page?: number;
}

const [w1, w2, w3, w4] = commonWords(4);
const common10 = commonWords(10);
const common200 = commonWords(200);
const rare = VOCABULARY.slice(-3);

export const WORST_CASE_QUERIES: readonly WorstCaseQuery[] = [
  { kind: "most common word", q: w1 },
  { kind: "two most common words", q: `${w1} ${w2}` },
  { kind: "phrase of the two most common words", q: `"${w2} ${w3}"` },
  { kind: "phrase of two common words, page 50", q: `"${w1} ${w2}"`, page: 50 },
  { kind: "common word minus common word", q: `${w1} -${w2}` },
  { kind: "minus only", q: `-${w1}` },
  { kind: "ten common words", q: common10.join(" ") },
  { kind: "phrase of ten common words", q: `"${common10.join(" ")}"` },
  { kind: "ten common words, or", q: common10.join(" or ") },
  { kind: "200 common words", q: common200.join(" ") },
  { kind: "quotes and minus signs", q: `"${w1}" -"${w2} ${w3}" "${w4} -${w1}" ""-""`.repeat(8) },
  { kind: "common word, page 50", q: w1, page: 50 },
  { kind: "common word, past the end", q: w4, page: 100_000 },
  { kind: "rare words", q: rare.join(" ") },
  { kind: "rare phrase", q: `"${rare[0]} ${rare[1]}"` },
  { kind: "stop words only", q: "the of and" },
];
