import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

import { POST } from "@/app/(admin)/admin/stories/[id]/autosave/route";
import { db } from "@/lib/db/client";
import { saveStory } from "@/lib/stories/mutations";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser } from "../helpers/factories";

// The link rule on the way in: an address that a browser would follow to another site is refused
// by the save, through the autosave action and through the last-chance route alike.
const linked = (href: string) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [{ type: "text", text: "the Ministry", marks: [{ type: "link", attrs: { href } }] }],
    },
  ],
});

async function setup() {
  const author = await createUser();
  const story = await createStory({ authors: [author] });
  signInAs({ id: author.id, role: "REPORTER" });
  const form = {
    baseVersion: 1,
    headline: story.headline,
    summary: "",
    dateline: "",
    slug: story.slug,
    bylineIds: [author.id],
    tagIds: [],
  };
  return { story, form };
}

describe("links to another site disguised as paths", () => {
  it("are refused by the save and by the autosave route, and the story is unchanged", async () => {
    const { story, form } = await setup();
    for (const href of ["/\\evil.example/x", "/\t/evil.example/x", "/%5Cevil.example/x"]) {
      await expect(
        saveStory({ ...form, storyId: story.id, body: linked(href) }),
        JSON.stringify(href),
      ).rejects.toThrow();
      const response = await POST(
        new Request(`http://newsroom.test/admin/stories/${story.id}/autosave`, {
          method: "POST",
          headers: {
            host: "newsroom.test",
            origin: "http://newsroom.test",
            "content-type": "application/json",
          },
          body: JSON.stringify({ ...form, body: linked(href) }),
        }),
        { params: Promise.resolve({ id: story.id }) },
      );
      expect(response.status, JSON.stringify(href)).toBe(422);
      expect(JSON.stringify(await response.json())).toMatch(/http, https or mailto/);
    }
    const after = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.version).toBe(1);
    // A path on this site is still a link.
    expect(await saveStory({ ...form, storyId: story.id, body: linked("/news/x") })).toMatchObject({
      saved: true,
      version: 2,
    });
  });
});
