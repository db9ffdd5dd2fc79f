import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

import { db } from "@/lib/db/client";
import { searchTagsForPicker } from "@/lib/tags/picker";
import { signInAs } from "../helpers/auth-mock";
import { createUser } from "../helpers/factories";

// The editor's tag picker over a vocabulary of 10,000 tags: PostgreSQL narrows, prefix matches lead.
describe("tag picker at 10,000 tags", () => {
  it("finds any tag, folds accents, ranks prefixes first, and treats % and _ as text", async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Topic ${String(i).padStart(5, "0")}`);
    await db.tag.createMany({
      data: names.map((name) => ({ name, slug: name.toLowerCase().replace(" ", "-") })),
    });
    await db.tag.createMany({
      data: [
        { name: "Zürich port", slug: "zurich-port" },
        { name: "Yield_curve 100%", slug: "yield-curve-100" },
        { name: "Fare rises", slug: "fare-rises", aliases: ["rare fares"] },
        { name: "Rare earths", slug: "rare-earths" },
      ],
    });
    signInAs(await createUser({ role: "REPORTER" }));

    // Alphabetically past the 5,000th tag: still found.
    expect((await searchTagsForPicker("topic 09999")).map((t) => t.name)).toEqual(["Topic 09999"]);
    expect((await searchTagsForPicker("zur")).map((t) => t.name)).toEqual(["Zürich port"]);
    expect((await searchTagsForPicker("ZÜRICH")).map((t) => t.name)).toEqual(["Zürich port"]);
    expect((await searchTagsForPicker("rare")).map((t) => t.name)).toEqual([
      "Rare earths",
      "Fare rises",
    ]);
    expect((await searchTagsForPicker("100%")).map((t) => t.name)).toEqual(["Yield_curve 100%"]);
    expect(await searchTagsForPicker("%")).toHaveLength(1);
    expect(await searchTagsForPicker("_")).toHaveLength(1);
    expect(await searchTagsForPicker("   ")).toEqual([]);
    expect(await searchTagsForPicker("topic")).toHaveLength(10);
  });
});
