import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

import { ForbiddenError, InputError } from "@/lib/shared/errors";
import { db } from "@/lib/db/client";
import { addRelated, updateExternalRelated } from "@/lib/related/mutations";
import { createTagInline, listTagRequests, requestTag } from "@/lib/tags/picker";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, reporterWithDraft } from "../helpers/factories";

describe("a reporter asks the desk for a missing tag", () => {
  it("the request waits on the story until an editor creates the tag", async () => {
    const reporter = await createUser({ role: "REPORTER", name: "Rita Reporter" });
    const editor = await createUser({ role: "EDITOR" });
    const story = await createStory({ authors: [reporter] });
    signInAs(reporter);
    await expect(createTagInline({ name: "Dredging" })).rejects.toBeInstanceOf(ForbiddenError);
    await requestTag({ storyId: story.id, name: "Dredging" });
    await requestTag({ storyId: story.id, name: "dredging" }); // asked twice: one request
    await requestTag({ storyId: story.id, name: "Silt" });

    signInAs(editor);
    expect(await listTagRequests(story.id)).toEqual([
      expect.objectContaining({ name: "Dredging", askedBy: "Rita Reporter" }),
      expect.objectContaining({ name: "Silt" }),
    ]);
    const tag = await createTagInline({ name: "Dredging" });
    expect(tag).toMatchObject({ name: "Dredging", slug: "dredging" });
    expect(await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({
      kind: "TOPIC",
    });
    expect((await listTagRequests(story.id)).map((r) => r.name)).toEqual(["Silt"]);
  });

  it("refuses a name whose address another tag still redirects from, and keeps the redirect", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const port = await db.tag.create({ data: { name: "Port works", slug: "port-works" } });
    await db.tagSlugRedirect.create({ data: { oldSlug: "harbour-works", tagId: port.id } });
    signInAs(editor);
    const refused = createTagInline({ name: "Harbour Works" });
    await expect(refused).rejects.toBeInstanceOf(InputError);
    await expect(refused).rejects.toMatchObject({
      fieldErrors: { name: [expect.stringContaining("old address of the tag “Port works”")] },
    });
    expect(await db.tag.count({ where: { slug: "harbour-works" } })).toBe(0);
    await expect(createTagInline({ name: "port WORKS" })).rejects.toThrow(/already exists/);
  });

  it("only on a story the writer may edit", async () => {
    const author = await createUser({ role: "REPORTER" });
    const other = await createUser({ role: "REPORTER" });
    const story = await createStory({ authors: [author] });
    signInAs(other);
    await expect(requestTag({ storyId: story.id, name: "Spite" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(listTagRequests(story.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("an external related article edited after it was added", () => {
  it("changes every detail, and refuses to turn one of our stories into an external one", async () => {
    const { reporter, story } = await reporterWithDraft();
    const ours = await createStory({ authors: [reporter], status: "PUBLISHED" });
    signInAs(reporter);
    const external = await addRelated(story.id, {
      kind: "external",
      url: "https://example.org/a",
      outlet: "Example",
      headline: "First headline",
      excerpt: "",
    });
    const when = new Date("2026-12-01T13:56:00Z");
    await updateExternalRelated(external.id, {
      url: "https://example.org/b",
      outlet: "Example Post",
      headline: "Second headline",
      excerpt: "Now with an excerpt.",
      publishedAt: when,
    });
    expect(await db.relatedLink.findUniqueOrThrow({ where: { id: external.id } })).toMatchObject({
      url: "https://example.org/b",
      outlet: "Example Post",
      headline: "Second headline",
      excerpt: "Now with an excerpt.",
      publishedAt: when,
    });
    await expect(
      updateExternalRelated(external.id, { url: "/\\evil.example", outlet: "x", headline: "x" }),
    ).rejects.toThrow();
    const internal = await addRelated(story.id, { kind: "internal", targetStoryId: ours.id });
    await expect(
      updateExternalRelated(internal.id, {
        url: "https://example.org/c",
        outlet: "x",
        headline: "x",
      }),
    ).rejects.toThrow(/our own stories/);

    const stranger = await createUser({ role: "REPORTER" });
    signInAs(stranger);
    await expect(
      updateExternalRelated(external.id, {
        url: "https://example.org/d",
        outlet: "x",
        headline: "x",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
