import type { JSONContent } from "@tiptap/core";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db/client";
import { deleteTag, mergeTags } from "../../lib/tags/merge";
import { createTag, updateTag } from "../../lib/tags/mutations";
import { findTagByRef, listTagsForAdmin } from "../../lib/tags/queries";
import { tagListQuerySchema } from "../../lib/tags/schema";
import { expectAdminOnly } from "../helpers/admin-only";
import { signInAs } from "../helpers/auth-mock";
import { inputError } from "../helpers/expect-errors";
import { createStory, createUser } from "../helpers/factories";
import { invalidated, invalidateTags } from "../helpers/invalidate-spy";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
});
beforeEach(() => {
  signInAs(admin);
  invalidateTags.mockClear();
});

const n = () => Math.random().toString(36).slice(2, 8);

function linkedDoc(tag: { id: string; slug: string }, words = "the harbour"): JSONContent {
  return {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Work on " },
          {
            type: "text",
            text: words,
            marks: [{ type: "tagLink", attrs: { tagId: tag.id, slug: tag.slug } }],
          },
          { type: "text", text: " resumed." },
        ],
      },
    ],
  };
}

describe("creating and editing tags", () => {
  it("creates a tag with a slug derived from the name, audited and invalidated", async () => {
    const tag = await createTag({
      name: `Zürich port ${n()}`,
      kind: "PLACE",
      aliases: "Zurich harbour, Zuerich\nZurich harbour",
    });
    expect(tag.slug).toMatch(/^zurich-port-[a-z0-9]+$/);
    const row = await db.tag.findUniqueOrThrow({ where: { id: tag.id } });
    expect(row.aliases).toEqual(["Zurich harbour", "Zuerich"]);
    expect(row.kind).toBe("PLACE");
    expect(
      await db.auditLog.count({
        where: { action: "tag.create", entityId: tag.id, actorId: admin.id },
      }),
    ).toBe(1);
    expect(invalidated()).toEqual(
      expect.arrayContaining(["tags", `tag:${tag.id}`, `tag-slug:${tag.slug}`]),
    );
  });

  it("refuses bad input with messages by the field and writes nothing", async () => {
    const existing = await createTag({ name: `Ferries ${n()}`, kind: "TOPIC" });
    const before = await db.tag.count();
    expect((await inputError(createTag({ name: "   ", kind: "TOPIC" }))).fieldErrors.name).toEqual([
      "Enter a name.",
    ]);
    expect(
      (await inputError(createTag({ name: "x".repeat(5000), kind: "TOPIC" }))).fieldErrors
        .name?.[0],
    ).toMatch(/80 characters/);
    expect(
      (await inputError(createTag({ name: "Spaces", slug: "has spaces", kind: "TOPIC" })))
        .fieldErrors.slug?.[0],
    ).toMatch(/no spaces or slashes/);
    expect(
      (await inputError(createTag({ name: "Slashes", slug: "a/b", kind: "TOPIC" }))).fieldErrors
        .slug,
    ).toBeDefined();
    expect(
      (await inputError(createTag({ name: existing.name.toUpperCase(), kind: "TOPIC" })))
        .fieldErrors.name?.[0],
    ).toMatch(/already exists/);
    expect(
      (await inputError(createTag({ name: `Other ${n()}`, slug: existing.slug, kind: "TOPIC" })))
        .fieldErrors.slug?.[0],
    ).toMatch(/is taken/);
    expect(
      (await inputError(createTag({ name: "Kind", kind: "WEATHER" as "TOPIC" }))).fieldErrors.kind,
    ).toBeDefined();
    expect(await db.tag.count()).toBe(before);
  });

  it("renames: the old slug redirects, the old name becomes an alias, the slug can come back", async () => {
    const tag = await createTag({ name: `Harbour strike ${n()}`, kind: "TOPIC" });
    const author = await createUser();
    const story = await createStory({ authors: [author], status: "PUBLISHED" });
    await db.storyTag.create({ data: { storyId: story.id, tagId: tag.id, position: 0 } });
    invalidateTags.mockClear();

    const renamed = await updateTag(tag.id, { name: `Dock strike ${tag.slug}`, kind: "TOPIC" });
    expect(renamed.slug).not.toBe(tag.slug);
    const row = await db.tag.findUniqueOrThrow({
      where: { id: tag.id },
      include: { slugRedirects: true },
    });
    expect(row.aliases).toContain(tag.name);
    expect(row.slugRedirects.map((r) => r.oldSlug)).toEqual([tag.slug]);
    expect(invalidated()).toEqual(
      expect.arrayContaining([
        "tags",
        `tag:${tag.id}`,
        `tag-slug:${tag.slug}`,
        `tag-slug:${renamed.slug}`,
        `story:${story.id}`,
        "stories",
      ]),
    );
    expect(await db.auditLog.count({ where: { action: "tag.rename", entityId: tag.id } })).toBe(1);

    // Back to the first slug: that address is the tag again, and the other one redirects.
    invalidateTags.mockClear();
    await updateTag(tag.id, { name: row.name, slug: tag.slug, kind: "TOPIC" });
    expect(invalidated()).toEqual(
      expect.arrayContaining([`tag-slug:${renamed.slug}`, `tag-slug:${tag.slug}`]),
    );
    const back = await db.tag.findUniqueOrThrow({
      where: { id: tag.id },
      include: { slugRedirects: true },
    });
    expect(back.slug).toBe(tag.slug);
    expect(back.slugRedirects.map((r) => r.oldSlug)).toEqual([renamed.slug]);
  });

  it("refuses a slug that is another tag's old address", async () => {
    const a = await createTag({ name: `Alpha ${n()}`, kind: "TOPIC" });
    await updateTag(a.id, { name: a.name, slug: `${a.slug}-new`, kind: "TOPIC" });
    const b = await createTag({ name: `Beta ${n()}`, kind: "TOPIC" });
    const error = await inputError(updateTag(b.id, { name: b.name, slug: a.slug, kind: "TOPIC" }));
    expect(error.fieldErrors.slug?.[0]).toMatch(/old address/);
    expect((await db.tag.findUniqueOrThrow({ where: { id: b.id } })).slug).toBe(b.slug);
  });
});

describe("merging tags", () => {
  it("moves stories, rewrites inline links, redirects slugs and keeps names as aliases, in one go", async () => {
    const author = await createUser();
    const survivor = await createTag({ name: `Floods ${n()}`, kind: "TOPIC" });
    const plural = await createTag({
      name: `Flooding ${n()}`,
      kind: "TOPIC",
      aliases: ["high water"],
    });
    const other = await createTag({ name: `Storm ${n()}`, kind: "TOPIC" });
    const keep = await createTag({ name: `Weather ${n()}`, kind: "TOPIC" });
    // s1 has both merged tags and the survivor; s2 only a merged one, linked inline; s3 only links inline.
    const s1 = await createStory({ authors: [author], status: "PUBLISHED" });
    const s2 = await createStory({ authors: [author], body: linkedDoc(plural) });
    const s3 = await createStory({
      authors: [author],
      status: "PUBLISHED",
      body: linkedDoc(other, "the storm"),
    });
    await db.storyTag.createMany({
      data: [
        { storyId: s1.id, tagId: keep.id, position: 0 },
        { storyId: s1.id, tagId: plural.id, position: 1 },
        { storyId: s1.id, tagId: survivor.id, position: 2 },
        { storyId: s1.id, tagId: other.id, position: 3 },
        { storyId: s2.id, tagId: other.id, position: 0 },
        { storyId: s2.id, tagId: keep.id, position: 1 },
      ],
    });
    await updateTag(plural.id, {
      name: plural.name,
      slug: `${plural.slug}-x`,
      kind: "TOPIC",
      aliases: ["high water"],
    });
    invalidateTags.mockClear();

    const outcome = await mergeTags({ targetId: survivor.id, sourceIds: [plural.id, other.id] });
    expect(outcome.storyIds.sort()).toEqual([s1.id, s2.id, s3.id].sort());
    expect(outcome.bodiesRewritten).toBe(2);

    const tagsOf = async (storyId: string) =>
      (await db.storyTag.findMany({ where: { storyId }, orderBy: { position: "asc" } })).map(
        (r) => [r.tagId, r.position],
      );
    expect(await tagsOf(s1.id)).toEqual([
      [keep.id, 0],
      [survivor.id, 1],
    ]);
    expect(await tagsOf(s2.id)).toEqual([
      [survivor.id, 0],
      [keep.id, 1],
    ]);

    const body2 = await db.story.findUniqueOrThrow({
      where: { id: s2.id },
      select: { body: true, bodyHtml: true, version: true },
    });
    expect(JSON.stringify(body2.body)).toContain(`"tagId":"${survivor.id}"`);
    expect(JSON.stringify(body2.body)).not.toContain(plural.id);
    expect(body2.bodyHtml).toContain(`/tags/${survivor.slug}`);
    expect(body2.version).toBe(2);
    const s3row = await db.story.findUniqueOrThrow({
      where: { id: s3.id },
      select: { bodyHtml: true },
    });
    expect(s3row.bodyHtml).toContain(`/tags/${survivor.slug}`);
    expect(
      await db.revision.findMany({
        where: { storyId: s2.id },
        select: { version: true, note: true },
      }),
    ).toEqual([{ version: 2, note: "Tags merged" }]);
    // The revision records the whole story, tags and bylines included, so restoring it loses nothing.
    const merged = await db.revision.findFirstOrThrow({
      where: { storyId: s2.id, version: 2 },
      select: { snapshot: true },
    });
    expect(merged.snapshot).toMatchObject({
      tagIds: [survivor.id, keep.id],
      bylineIds: [author.id],
    });

    expect(await db.tag.count({ where: { id: { in: [plural.id, other.id] } } })).toBe(0);
    const redirects = await db.tagSlugRedirect.findMany({
      where: { tagId: survivor.id },
      select: { oldSlug: true },
    });
    expect(redirects.map((r) => r.oldSlug).sort()).toEqual(
      [plural.slug, `${plural.slug}-x`, other.slug].sort(),
    );
    const kept = await db.tag.findUniqueOrThrow({ where: { id: survivor.id } });
    expect(kept.aliases).toEqual(expect.arrayContaining([plural.name, "high water", other.name]));

    expect(invalidated()).toEqual(
      expect.arrayContaining([
        "tags",
        "stories",
        `tag:${survivor.id}`,
        `tag:${plural.id}`,
        `tag:${other.id}`,
        `tag-slug:${plural.slug}`,
        `tag-slug:${plural.slug}-x`,
        `tag-slug:${other.slug}`,
        `story:${s1.id}`,
        `story:${s2.id}`,
        `story:${s3.id}`,
      ]),
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "tag.merge", entityId: survivor.id },
    });
    expect(audit.actorId).toBe(admin.id);
  });

  it("refuses a merge into itself or into a tag being merged, and a tag that is gone", async () => {
    const a = await createTag({ name: `Gamma ${n()}`, kind: "TOPIC" });
    const b = await createTag({ name: `Delta ${n()}`, kind: "TOPIC" });
    expect(
      (await inputError(mergeTags({ targetId: a.id, sourceIds: [a.id] }))).fieldErrors
        .targetId?.[0],
    ).toMatch(/itself/);
    expect(
      (await inputError(mergeTags({ targetId: a.id, sourceIds: [b.id, a.id] }))).fieldErrors
        .targetId,
    ).toBeDefined();
    expect(
      (await inputError(mergeTags({ targetId: a.id, sourceIds: [] }))).fieldErrors.sourceIds,
    ).toBeDefined();
    await expect(mergeTags({ targetId: a.id, sourceIds: ["no-such-tag"] })).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.tag.count({ where: { id: { in: [a.id, b.id] } } })).toBe(2);
  });

  it("leaves nothing half-done when the merge fails part-way", async () => {
    const author = await createUser();
    const a = await createTag({ name: `Epsilon ${n()}`, kind: "TOPIC" });
    const b = await createTag({ name: `Zeta ${n()}`, kind: "TOPIC" });
    const story = await createStory({ authors: [author] });
    await db.storyTag.create({ data: { storyId: story.id, tagId: b.id, position: 0 } });
    // A revision already holding the version the merge would write makes the transaction fail late.
    await db.revision.create({ data: { storyId: story.id, version: 2, snapshot: {} } });
    await expect(mergeTags({ targetId: a.id, sourceIds: [b.id] })).rejects.toThrow();
    expect(await db.tag.count({ where: { id: b.id } })).toBe(1);
    expect((await db.storyTag.findFirstOrThrow({ where: { storyId: story.id } })).tagId).toBe(b.id);
    expect(await db.tagSlugRedirect.count({ where: { oldSlug: b.slug } })).toBe(0);
  });
});

describe("deleting tags", () => {
  it("deletes an unused tag, refuses a used one, and moves stories when a target is named", async () => {
    const unused = await createTag({ name: `Unused ${n()}`, kind: "TOPIC" });
    await deleteTag({ tagId: unused.id });
    expect(await db.tag.count({ where: { id: unused.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "tag.delete", entityId: unused.id } })).toBe(
      1,
    );

    const author = await createUser();
    const used = await createTag({ name: `Used ${n()}`, kind: "TOPIC" });
    const linkedOnly = await createTag({ name: `Linked ${n()}`, kind: "TOPIC" });
    const to = await createTag({ name: `Target ${n()}`, kind: "TOPIC" });
    const story = await createStory({ authors: [author], body: linkedDoc(linkedOnly) });
    await db.storyTag.create({ data: { storyId: story.id, tagId: used.id, position: 0 } });

    expect((await inputError(deleteTag({ tagId: used.id }))).fieldErrors.moveToId?.[0]).toMatch(
      /1 story uses this tag/,
    );
    expect(
      (await inputError(deleteTag({ tagId: linkedOnly.id }))).fieldErrors.moveToId,
    ).toBeDefined();
    expect(await db.tag.count({ where: { id: { in: [used.id, linkedOnly.id] } } })).toBe(2);

    await deleteTag({ tagId: used.id, moveToId: to.id });
    expect((await db.storyTag.findFirstOrThrow({ where: { storyId: story.id } })).tagId).toBe(
      to.id,
    );
    expect((await db.tag.findUniqueOrThrow({ where: { id: to.id } })).aliases).not.toContain(
      used.name,
    );
    expect(await db.auditLog.count({ where: { action: "tag.delete", entityId: used.id } })).toBe(1);
    expect(
      (await inputError(deleteTag({ tagId: to.id, moveToId: to.id }))).fieldErrors.targetId,
    ).toBeDefined();
  });
});

describe("the tag table", () => {
  it("pages, sorts by use, filters by kind and searches names, slugs and aliases", async () => {
    const author = await createUser();
    const prefix = `tbl${n()}`;
    const busy = await createTag({ name: `${prefix} busy`, kind: "PERSON" });
    const quiet = await createTag({ name: `${prefix} quiet`, kind: "PERSON", aliases: ["hushed"] });
    await createTag({ name: `${prefix} place`, kind: "PLACE" });
    const pub = await createStory({ authors: [author], status: "PUBLISHED" });
    const draft = await createStory({ authors: [author] });
    await db.storyTag.createMany({
      data: [
        { storyId: pub.id, tagId: busy.id, position: 0 },
        { storyId: draft.id, tagId: busy.id, position: 0 },
      ],
    });

    const q = (params: Record<string, string>) =>
      listTagsForAdmin(tagListQuerySchema.parse(params));
    const byUse = await q({ q: prefix, kind: "PERSON", sort: "uses", dir: "desc" });
    expect(byUse.total).toBe(2);
    expect(byUse.rows.map((r) => [r.name, r.published, r.unpublished])).toEqual([
      [busy.name, 1, 1],
      [quiet.name, 0, 0],
    ]);
    expect(byUse.rows[0].lastUsed).toBeInstanceOf(Date);
    expect((await q({ q: "hushed" })).rows.map((r) => r.id)).toEqual([quiet.id]);
    expect((await q({ q: "100%_" })).rows).toEqual([]);
    expect(await findTagByRef(busy.slug)).toMatchObject({ id: busy.id });
    expect(await findTagByRef(busy.name.toUpperCase())).toMatchObject({ id: busy.id });
  });
});

describe("every admin tag action, for every role", () => {
  const cases = [
    ["create", () => createTag({ name: `Walk ${n()}`, kind: "TOPIC" })],
    [
      "update",
      async () =>
        updateTag((await db.tag.findFirstOrThrow()).id, { name: `Walk ${n()}`, kind: "TOPIC" }),
    ],
    ["merge", async () => mergeTags({ targetId: "a", sourceIds: ["b"] })],
    ["delete", async () => deleteTag({ tagId: "a" })],
    ["list", () => listTagsForAdmin(tagListQuerySchema.parse({}))],
    ["find", () => findTagByRef("anything")],
  ] as const;

  for (const [name, run] of cases) {
    it(`${name}: refused to reporters, editors, a deactivated admin, a stale session and nobody`, async () => {
      await expectAdminOnly(admin, run);
      await run().catch((e: unknown) => expect(e).not.toHaveProperty("name", "ForbiddenError"));
    });
  }
});
