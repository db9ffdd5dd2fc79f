import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "@/lib/shared/slug";

describe("slugify", () => {
  // Places and names a newsroom writes every day; each used to lose letters or whole words.
  it.each([
    ["Tromsø", "tromso"],
    ["Straße", "strasse"],
    ["Łódź", "lodz"],
    ["Київ talks", "kyiv-talks"],
    ["Харків under fire", "kharkiv-under-fire"],
    ["Москва", "moskva"],
    ["Αθήνα", "athina"],
    ["São Paulo", "sao-paulo"],
    ["Kraków", "krakow"],
    ["Đà Nẵng", "da-nang"],
    ["İstanbul", "istanbul"],
    ["Reykjavík", "reykjavik"],
    ["Zürich port", "zurich-port"],
    ["Côte d'Ivoire", "cote-divoire"],
    ["Port's budget", "ports-budget"],
    ["AT&T deal", "at-and-t-deal"],
    ["iPhone sales", "iphone-sales"],
    ["  --Harbour   budget--  ", "harbour-budget"],
  ])("%s -> %s", (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("gives nothing for text it cannot transliterate, so callers fall back", () => {
    expect(slugify("!!!")).toBe("");
  });

  it("cuts at a word boundary without a trailing hyphen", () => {
    const slug = slugify("harbour ".repeat(30), 20);
    expect(slug.length).toBeLessThanOrEqual(20);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});
