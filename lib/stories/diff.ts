// A readable diff for revisions and conflicts: paragraphs are matched first (longest common
// subsequence), then the words inside a changed paragraph, so a one-word edit shows as one word.

export interface DiffPart {
  type: "same" | "added" | "removed";
  text: string;
}

function lcs<T>(a: readonly T[], b: readonly T[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] =
        a[i] === b[j]
          ? table[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return pairs;
}

function push(parts: DiffPart[], type: DiffPart["type"], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

/** Word-level diff of two short texts (one paragraph each). */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  const parts: DiffPart[] = [];
  // Paragraphs past ~2,000 tokens each are shown whole rather than paying a quadratic table.
  if (a.length * b.length > 4_000_000) {
    push(parts, "removed", before);
    push(parts, "added", after);
    return parts;
  }
  let i = 0;
  let j = 0;
  for (const [pi, pj] of lcs(a, b)) {
    push(parts, "removed", a.slice(i, pi).join(""));
    push(parts, "added", b.slice(j, pj).join(""));
    push(parts, "same", a[pi]);
    i = pi + 1;
    j = pj + 1;
  }
  push(parts, "removed", a.slice(i).join(""));
  push(parts, "added", b.slice(j).join(""));
  return mergeLoneSpaces(parts);
}

/** "first desk" -> "second desk" reads better as one change than as two split by a shared space. */
function mergeLoneSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const between =
      p.type === "same" &&
      /^\s+$/.test(p.text) &&
      k > 0 &&
      k < parts.length - 1 &&
      parts[k - 1].type !== "same" &&
      parts[k + 1].type !== "same";
    if (!between) {
      out.push({ ...p });
      continue;
    }
    // Fold the space into the pending removed/added run, then keep collecting.
    const removed = out.findLast((x) => x.type === "removed");
    const added = out.findLast((x) => x.type === "added");
    if (removed) removed.text += p.text;
    if (added) added.text += p.text;
    if (!removed && !added) out.push({ ...p });
  }
  // Regroup consecutive runs: all removed text, then all added text, between two same parts.
  const grouped: DiffPart[] = [];
  let run: DiffPart[] = [];
  const flush = () => {
    const r = run
      .filter((x) => x.type === "removed")
      .map((x) => x.text)
      .join("");
    const a = run
      .filter((x) => x.type === "added")
      .map((x) => x.text)
      .join("");
    if (r) grouped.push({ type: "removed", text: r });
    if (a) grouped.push({ type: "added", text: a });
    run = [];
  };
  for (const p of out) {
    if (p.type === "same") {
      flush();
      grouped.push(p);
    } else run.push(p);
  }
  flush();
  return grouped;
}

/** Diff of two plain texts whose paragraphs are separated by blank lines. */
export function diffText(before: string, after: string): DiffPart[][] {
  const a = before.split(/\n{2,}/);
  const b = after.split(/\n{2,}/);
  const out: DiffPart[][] = [];
  let i = 0;
  let j = 0;
  const flush = (toI: number, toJ: number) => {
    const removed = a.slice(i, toI);
    const added = b.slice(j, toJ);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) out.push(diffWords(removed[k], added[k]));
    for (const p of removed.slice(paired)) out.push([{ type: "removed", text: p }]);
    for (const p of added.slice(paired)) out.push([{ type: "added", text: p }]);
  };
  for (const [pi, pj] of lcs(a, b)) {
    flush(pi, pj);
    out.push([{ type: "same", text: a[pi] }]);
    i = pi + 1;
    j = pj + 1;
  }
  flush(a.length, b.length);
  return out.filter((p) => p.some((part) => part.text.length > 0));
}
