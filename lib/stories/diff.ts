import { diffArrays, diffWords as jsdiffWords } from "diff";

// A readable diff for revisions and conflicts, done by jsdiff (Myers' O(ND) algorithm, so a long
// paragraph with one changed word costs little): paragraphs are matched first, then the words inside
// a changed paragraph, so a one-word edit shows as one word.

export interface DiffPart {
  type: "same" | "added" | "removed";
  text: string;
}

function push(parts: DiffPart[], type: DiffPart["type"], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

/** Word-level diff of two texts (one paragraph each); punctuation counts as its own word. */
export function diffWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of jsdiffWords(before, after))
    push(parts, change.added ? "added" : change.removed ? "removed" : "same", change.value);
  return parts;
}

/** Diff of two plain texts whose paragraphs are separated by blank lines. */
export function diffText(before: string, after: string): DiffPart[][] {
  const out: DiffPart[][] = [];
  let removed: string[] = [];
  const emit = (added: string[]) => {
    // A removed run followed by an added one is the same paragraphs edited: pair them up.
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) out.push(diffWords(removed[k], added[k]));
    for (const p of removed.slice(paired)) out.push([{ type: "removed", text: p }]);
    for (const p of added.slice(paired)) out.push([{ type: "added", text: p }]);
    removed = [];
  };
  for (const change of diffArrays(before.split(/\n{2,}/), after.split(/\n{2,}/))) {
    if (change.removed) {
      emit([]);
      removed = change.value;
    } else if (change.added) emit(change.value);
    else {
      emit([]);
      for (const p of change.value) out.push([{ type: "same", text: p }]);
    }
  }
  emit([]);
  return out.filter((p) => p.some((part) => part.text.length > 0));
}
