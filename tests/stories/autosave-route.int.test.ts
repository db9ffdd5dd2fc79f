import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

import { POST } from "@/app/(admin)/admin/stories/[id]/autosave/route";
import { db } from "@/lib/db/client";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";

// The last-chance save on leaving the page: same checks as the autosave action, plus its own
// guard against cross-site posts (route handlers do not get the server actions' origin check).
async function post(storyId: string, body: unknown, headers: Record<string, string>) {
  const request = new Request(`http://newsroom.test/admin/stories/${storyId}/autosave`, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ id: storyId }) });
}

describe("POST /admin/stories/<id>/autosave", () => {
  it("refuses a cross-site or non-JSON post before touching the story", async () => {
    const author = await createUser();
    const story = await createStory({ authors: [author] });
    signInAs({ id: author.id, role: "REPORTER" });
    const input = { baseVersion: 1, headline: "Forged", body: paragraphDoc("forged text") };
    const attempts: Record<string, string>[] = [
      { host: "newsroom.test", origin: "https://evil.example", "content-type": "application/json" },
      { host: "newsroom.test", "content-type": "application/json" },
      { host: "newsroom.test", origin: "http://newsroom.test", "content-type": "text/plain" },
    ];
    for (const headers of attempts) {
      expect((await post(story.id, input, headers)).status).toBe(403);
    }
    const after = await db.story.findUniqueOrThrow({
      where: { id: story.id },
      select: { headline: true, version: true },
    });
    expect(after).toEqual({ headline: story.headline, version: 1 });
  });

  it("a same-origin post without a session is 401, and malformed JSON is 400", async () => {
    const author = await createUser();
    const story = await createStory({ authors: [author] });
    signInAs(null);
    const headers = {
      host: "newsroom.test",
      origin: "http://newsroom.test",
      "content-type": "application/json",
    };
    expect((await post(story.id, { baseVersion: 1 }, headers)).status).toBe(401);
    const malformed = new Request(`http://newsroom.test/admin/stories/${story.id}/autosave`, {
      method: "POST",
      headers,
      body: "{not json",
    });
    expect((await POST(malformed, { params: Promise.resolve({ id: story.id }) })).status).toBe(400);
  });
});
