// Duplicate candidates in the vocabulary: names that are the same once case, accents, punctuation
// and a simple English plural are folded away ("Floods", "flood", "Flood!" -> "flood").

/** The folded key two duplicate names share. */
export function foldTagName(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.map(singular).join(" ");
}

// Only the last letters are folded, and only on words long enough that the rule is safe-ish:
// "bus" and "gas" stay, "buses" -> "bus", "taxes" -> "tax", "cities" -> "city", "floods" -> "flood".
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export interface NamedTag {
  id: string;
  name: string;
}

/** Groups of two or more tags with the same folded name, in one pass (O(n)); largest groups first. */
export function findDuplicateGroups<T extends NamedTag>(tags: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const tag of tags) {
    const key = foldTagName(tag.name);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(tag);
    else groups.set(key, [tag]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .sort((a, b) => b.length - a.length || a[0].name.localeCompare(b[0].name));
}
