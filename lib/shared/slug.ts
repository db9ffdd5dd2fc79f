import slugifyWords from "@sindresorhus/slugify";

// URL slugs: lower-case ASCII words joined by hyphens. Foreign names are transliterated
// (@sindresorhus/slugify: "Straße" -> "strasse", "Łódź" -> "lodz", "Москва" -> "moskva") rather than
// dropped; the options are pinned so that a slug never changes under a published story.

// English-language style folds umlauts to the bare vowel ("Zurich", not "Zuerich").
const FOLDS: [string, string][] = [
  ["ä", "a"],
  ["ö", "o"],
  ["ü", "u"],
  ["Ä", "A"],
  ["Ö", "O"],
  ["Ü", "U"],
  ["'", ""],
  ["’", ""],
  ["&", " and "],
];

// Ukrainian names follow Ukraine's national romanisation (2010), which differs from Russian:
// "Київ" -> "kyiv", "Харків" -> "kharkiv". Used for words with a letter only Ukrainian has.
const UKRAINIAN_ONLY = /[ієїґІЄЇҐ]/;
const UKRAINIAN: Record<string, string> = {
  г: "h",
  ґ: "g",
  е: "e",
  є: "ie",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ю: "iu",
  я: "ia",
  ь: "",
  "'": "",
  "’": "",
};
const UKRAINIAN_INITIAL: Record<string, string> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };

function romaniseUkrainian(word: string): string {
  if (!UKRAINIAN_ONLY.test(word)) return word;
  return [...word.toLowerCase()]
    .map((c, i) => (i === 0 && UKRAINIAN_INITIAL[c]) || UKRAINIAN[c] || c)
    .join("");
}

export function slugify(text: string, maxLength = 80): string {
  const words = text.split(/(\s+)/).map(romaniseUkrainian).join("");
  const slug = slugifyWords(words, { decamelize: false, customReplacements: FOLDS });
  return slug.slice(0, maxLength).replace(/-+$/g, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
